#include "query/OutcomeListQuery.h"

#include "query/ResidentQuery.h"
#include "rules/BirthDate.h"
#include "rules/StatusRules.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace sotay {

QVector<OutcomeListQuery::Row> OutcomeListQuery::rows(qint64 groupId, const QDate &asOf) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT * FROM (SELECT r.id, h.id, h.address, r.full_name, r.birth_date, ") +
        ResidentQuery::nextStepSql() +
        QStringLiteral(" AS next_step, r.phone, h.walk_key, r.sort_key "
                       "FROM resident r JOIN household h ON h.id = r.household_id "
                       "WHERE h.group_id = ?) WHERE next_step IN (2, 3, 4, 5) "
                       "ORDER BY walk_key, 2, sort_key, 1"));
    q.addBindValue(StatusRules::cutoff14(asOf).toString(Qt::ISODate));
    q.addBindValue(groupId);
    QVector<Row> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Row r;
        r.residentId = q.value(0).toLongLong();
        r.householdId = q.value(1).toLongLong();
        r.address = q.value(2).toString();
        r.fullName = q.value(3).toString();
        r.birthYear = BirthDate::fromStorage(q.value(4).toString()).year();
        r.next = NextStep(q.value(5).toInt());
        r.phone = q.value(6).toString();
        out << r;
    }
    return out;
}

QHash<qint64, VisitOutcome> OutcomeListQuery::entered(qint64 groupId, const QDate &date,
                                                      qint64 teamId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT vo.resident_id, vo.outcome FROM visit_outcome vo "
        "JOIN visit v ON v.id = vo.visit_id JOIN household h ON h.id = v.household_id "
        "WHERE h.group_id = ? AND v.date = ? AND ifnull(v.team_id, 0) = ? ORDER BY vo.id"));
    q.addBindValue(groupId);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(teamId);
    QHash<qint64, VisitOutcome> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), VisitOutcome(q.value(1).toInt()));
    return out;
}

} // namespace sotay
