#include "teams/AssignmentStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "teams/ResponsibleTeam.h"
#include "teams/TeamStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {
QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}
} // namespace

Result<qint64> AssignmentStore::assign(const char *column, qint64 scopeId, qint64 teamId)
{
    const QString col = QString::fromLatin1(column);
    const bool isGroup = col == QLatin1String("group_id");
    QSqlQuery exists(m_db.connection());
    exists.prepare(isGroup ? QStringLiteral("SELECT 1 FROM res_group WHERE id = ?")
                           : QStringLiteral("SELECT 1 FROM household WHERE id = ?"));
    exists.addBindValue(scopeId);
    if (!exists.exec() || !exists.next())
        return Result<qint64>::failure(isGroup ? tr("The residential group no longer exists.")
                                               : tr("The household no longer exists."));
    if (teamId && !TeamStore(m_db).team(teamId))
        return Result<qint64>::failure(tr("The team no longer exists."));
    const qint64 previous = isGroup ? groupTeam(scopeId) : householdOwnTeam(scopeId);
    if (previous == teamId)
        return previous;
    // Column names are fixed strings of this file, never input.
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM assignment WHERE %1 = ?").arg(col));
    del.addBindValue(scopeId);
    if (!del.exec())
        return Result<qint64>::failure(tr("Cannot change the assignment: %1").arg(sqlError(del)));
    if (teamId) {
        QSqlQuery ins(m_db.connection());
        ins.prepare(QStringLiteral("INSERT INTO assignment(team_id, %1) VALUES (?, ?)").arg(col));
        ins.addBindValue(teamId);
        ins.addBindValue(scopeId);
        if (!ins.exec())
            return Result<qint64>::failure(
                tr("Cannot change the assignment: %1").arg(sqlError(ins)));
    }
    const Status s = AuditLog(m_db).record(
        isGroup ? QStringLiteral("team.assign.group") : QStringLiteral("team.assign.household"),
        isGroup ? QStringLiteral("res_group") : QStringLiteral("household"), scopeId,
        previous ? QString::number(previous) : QString(),
        teamId ? QString::number(teamId) : QString());
    if (!s)
        return Result<qint64>::failure(s.error());
    return previous;
}

Result<qint64> AssignmentStore::assignGroup(qint64 groupId, qint64 teamId)
{
    return assign("group_id", groupId, teamId);
}

Result<qint64> AssignmentStore::assignHousehold(qint64 householdId, qint64 teamId)
{
    return assign("household_id", householdId, teamId);
}

qint64 AssignmentStore::groupTeam(qint64 groupId) const
{
    return ResponsibleTeam::forGroup(m_db, groupId);
}

qint64 AssignmentStore::householdOwnTeam(qint64 householdId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT team_id FROM assignment WHERE household_id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 AssignmentStore::teamForHousehold(qint64 householdId) const
{
    return ResponsibleTeam::forHousehold(m_db, householdId);
}

QVector<TeamAssignment> AssignmentStore::assignments(qint64 teamId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, team_id, group_id, household_id FROM assignment "
                             "WHERE team_id = ? ORDER BY id"));
    q.addBindValue(teamId);
    QVector<TeamAssignment> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong()});
    return out;
}

QVector<AssignmentStore::GroupRow> AssignmentStore::groups() const
{
    QSqlQuery q(m_db.connection());
    QVector<GroupRow> out;
    if (!q.exec(QStringLiteral(
                    "SELECT g.id, g.name, gt.team_id, (SELECT count(*) FROM household h WHERE "
                    "h.group_id = g.id) FROM res_group g LEFT JOIN (") +
                ResponsibleTeam::groupTeamsSelect() +
                QStringLiteral(") gt ON gt.group_id = g.id ORDER BY g.sort_key")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toLongLong()});
    return out;
}

QVector<AssignmentStore::HouseholdRow> AssignmentStore::households(qint64 groupId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT h.id, h.code, h.address, h.head_name, a.team_id FROM household h "
                       "LEFT JOIN assignment a ON a.household_id = h.id WHERE h.group_id = ? ORDER "
                       "BY h.walk_key, h.id"));
    q.addBindValue(groupId);
    QVector<HouseholdRow> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong()});
    return out;
}

} // namespace sotay
