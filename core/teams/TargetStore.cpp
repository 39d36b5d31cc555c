#include "teams/TargetStore.h"

#include "Clock.h"
#include "rules/DateText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
const QString kTargetColumns =
    QStringLiteral("id, campaign_id, group_id, team_id, target, deadline, effective_from, source");
Target targetOf(const QSqlQuery &q)
{
    Target t;
    t.id = q.value(0).toLongLong();
    t.campaignId = q.value(1).toLongLong();
    t.groupId = q.value(2).toLongLong();
    t.teamId = q.value(3).toLongLong();
    t.target = q.value(4).toInt();
    t.deadline = dateOf(q.value(5));
    t.effectiveFrom = dateOf(q.value(6));
    t.source = q.value(7).toString();
    return t;
}
QString describe(const Target &t)
{
    return QStringLiteral("%1 → %2").arg(t.target).arg(t.deadline.toString(Qt::ISODate));
}
} // namespace

Status TargetStore::audit(const QString &action, const QString &entity, qint64 id,
                          const QString &oldValue, const QString &newValue) const
{
    return AuditLog(m_db).record(action, entity, id, oldValue, newValue);
}

QString TargetStore::check(const Target &t)
{
    if ((t.groupId == 0) == (t.teamId == 0))
        return tr("A target belongs to one residential group or to one team.");
    if (t.target < 0)
        return tr("The target cannot be negative.");
    const QDate from = t.effectiveFrom.isValid() ? t.effectiveFrom : Clock::today();
    if (t.deadline.isValid() && t.deadline < from)
        return tr("The deadline %1 is before the day the target is set (%2).")
            .arg(DateText::format(t.deadline), DateText::format(from));
    return {};
}

Result<qint64> TargetStore::setTarget(const Target &given)
{
    Target t = given;
    if (!t.effectiveFrom.isValid())
        t.effectiveFrom = Clock::today();
    if (const QString problem = check(t); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    QSqlQuery exists(m_db.connection());
    exists.prepare(t.groupId ? QStringLiteral("SELECT 1 FROM res_group WHERE id = ?")
                             : QStringLiteral("SELECT 1 FROM team WHERE id = ?"));
    exists.addBindValue(t.groupId ? t.groupId : t.teamId);
    if (!exists.exec() || !exists.next())
        return Result<qint64>::failure(t.groupId ? tr("The residential group no longer exists.")
                                                 : tr("The team no longer exists."));
    const auto sameDay = targetSetOn(t.groupId, t.teamId, t.effectiveFrom);
    QSqlQuery q(m_db.connection());
    if (sameDay) {
        q.prepare(QStringLiteral("UPDATE target SET campaign_id = ?, target = ?, deadline = ?, "
                                 "source = ? WHERE id = ?"));
        q.addBindValue(idOrNull(t.campaignId));
        q.addBindValue(t.target);
        q.addBindValue(dateOrNull(t.deadline));
        q.addBindValue(t.source.isEmpty() ? QStringLiteral("manual") : t.source);
        q.addBindValue(sameDay->id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO target(id, campaign_id, group_id, team_id, target, "
                                 "deadline, effective_from, source) VALUES (?,?,?,?,?,?,?,?)"));
        q.addBindValue(idOrNull(t.id)); // undo puts a row back with its id
        q.addBindValue(idOrNull(t.campaignId));
        q.addBindValue(idOrNull(t.groupId));
        q.addBindValue(idOrNull(t.teamId));
        q.addBindValue(t.target);
        q.addBindValue(dateOrNull(t.deadline));
        q.addBindValue(t.effectiveFrom.toString(Qt::ISODate));
        q.addBindValue(t.source.isEmpty() ? QStringLiteral("manual") : t.source);
    }
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot save the target: %1").arg(q.lastError().text()));
    const qint64 id = sameDay ? sameDay->id : q.lastInsertId().toLongLong();
    const Status s = audit(QStringLiteral("target.set"),
                           t.groupId ? QStringLiteral("res_group") : QStringLiteral("team"),
                           t.groupId ? t.groupId : t.teamId,
                           sameDay ? describe(*sameDay) : QString(), describe(t));
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status TargetStore::removeTarget(qint64 targetId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM target WHERE id = ?"));
    q.addBindValue(targetId);
    if (!q.exec())
        return Status::failure(tr("Cannot remove the target: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The target no longer exists."));
    return audit(QStringLiteral("target.remove"), QStringLiteral("target"), targetId);
}

std::optional<Target> TargetStore::targetSetOn(qint64 groupId, qint64 teamId,
                                               const QDate &day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM target WHERE ifnull(group_id, 0) = ? AND "
                       "ifnull(team_id, 0) = ? AND effective_from = ? ORDER BY id DESC LIMIT 1")
            .arg(kTargetColumns));
    q.addBindValue(groupId);
    q.addBindValue(teamId);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return targetOf(q);
}

std::optional<Target> TargetStore::groupTargetOn(qint64 groupId, const QDate &day) const
{
    const auto all = targetsOn("group_id", day);
    const auto it = all.constFind(groupId);
    return it == all.constEnd() ? std::nullopt : std::optional<Target>(*it);
}

std::optional<Target> TargetStore::teamTargetOn(qint64 teamId, const QDate &day) const
{
    const auto all = targetsOn("team_id", day);
    const auto it = all.constFind(teamId);
    return it == all.constEnd() ? std::nullopt : std::optional<Target>(*it);
}

QHash<qint64, Target> TargetStore::groupTargetsOn(const QDate &day) const
{
    return targetsOn("group_id", day);
}

QHash<qint64, Target> TargetStore::teamTargetsOn(const QDate &day) const
{
    return targetsOn("team_id", day);
}

QHash<qint64, Target> TargetStore::targetsOn(const char *column, const QDate &day) const
{
    // Rows ordered so that the last one seen per scope is the one in force: the latest
    // effective_from on or before the day, and of those the latest saved.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM target WHERE %2 IS NOT NULL AND effective_from <= ? "
                             "ORDER BY effective_from, id")
                  .arg(kTargetColumns, QString::fromLatin1(column)));
    q.addBindValue(day.toString(Qt::ISODate));
    QHash<qint64, Target> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        const Target t = targetOf(q);
        out.insert(t.groupId ? t.groupId : t.teamId, t);
    }
    return out;
}

QVector<Target> TargetStore::history(qint64 groupId, qint64 teamId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM target WHERE ifnull(group_id, 0) = ? AND "
                             "ifnull(team_id, 0) = ? ORDER BY effective_from, id")
                  .arg(kTargetColumns));
    q.addBindValue(groupId);
    q.addBindValue(teamId);
    QVector<Target> out;
    if (q.exec()) {
        while (q.next())
            out.append(targetOf(q));
    }
    return out;
}

} // namespace sotay
