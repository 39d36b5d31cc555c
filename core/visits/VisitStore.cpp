#include "visits/VisitStore.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<qint64> VisitStore::ensureVisit(qint64 householdId, const QDate &date, qint64 teamId,
                                       bool *created)
{
    if (!date.isValid())
        return Result<qint64>::failure(tr("The visit has no date."));
    if (date > Clock::today())
        return Result<qint64>::failure(tr("A visit cannot be dated after today."));
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id FROM visit WHERE household_id = ? AND date = ? "
                                "AND ifnull(team_id, 0) = ? ORDER BY id LIMIT 1"));
    find.addBindValue(householdId);
    find.addBindValue(date.toString(Qt::ISODate));
    find.addBindValue(teamId);
    if (find.exec() && find.next()) {
        if (created)
            *created = false;
        return find.value(0).toLongLong();
    }
    QSqlQuery ins(m_db.connection());
    ins.prepare(
        QStringLiteral("INSERT INTO visit(date, team_id, household_id, recorded_by, recorded_at) "
                       "VALUES (?,?,?,?,?)"));
    ins.addBindValue(date.toString(Qt::ISODate));
    ins.addBindValue(idOrNull(teamId));
    ins.addBindValue(householdId);
    ins.addBindValue(m_db.operatorName().isEmpty() ? m_db.osUser() : m_db.operatorName());
    ins.addBindValue(Clock::now().toString(Qt::ISODate));
    if (!ins.exec())
        return Result<qint64>::failure(ins.lastError().text());
    if (created)
        *created = true;
    return ins.lastInsertId().toLongLong();
}

Status VisitStore::deleteVisit(qint64 visitId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM visit WHERE id = ?"));
    q.addBindValue(visitId);
    return q.exec() ? Status::success() : Status::failure(q.lastError().text());
}

Result<qint64> VisitStore::addOutcome(const Outcome &o)
{
    if (o.outcome == VisitOutcome::ComeBack && !o.comeBackAt.isValid())
        return Result<qint64>::failure(tr("\"Come back on\" needs a date and time."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO visit_outcome(visit_id, resident_id, outcome, come_back_at, note) "
        "VALUES (?,?,?,?,?)"));
    q.addBindValue(o.visitId);
    q.addBindValue(o.residentId);
    q.addBindValue(int(o.outcome));
    q.addBindValue(o.outcome == VisitOutcome::ComeBack
                       ? QVariant(o.comeBackAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")))
                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(o.note.isNull() ? QStringLiteral("") : o.note);
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status VisitStore::deleteOutcome(qint64 outcomeId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM visit_outcome WHERE id = ?"));
    q.addBindValue(outcomeId);
    return q.exec() ? Status::success() : Status::failure(q.lastError().text());
}

std::optional<VisitStore::Outcome> VisitStore::outcomeOf(qint64 visitId, qint64 residentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, outcome, come_back_at, note FROM visit_outcome "
                             "WHERE visit_id = ? AND resident_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(visitId);
    q.addBindValue(residentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Outcome o;
    o.id = q.value(0).toLongLong();
    o.visitId = visitId;
    o.residentId = residentId;
    o.outcome = VisitOutcome(q.value(1).toInt());
    o.comeBackAt = QDateTime::fromString(q.value(2).toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
    o.note = q.value(3).toString();
    return o;
}

int VisitStore::outcomeCount(qint64 visitId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM visit_outcome WHERE visit_id = ?"));
    q.addBindValue(visitId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace sotay
