#include "teams/ResponsibleTeam.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace sotay {

QString ResponsibleTeam::householdSql(const QString &h)
{
    // Both subqueries are index lookups: assignment_household, and assignment_group whose
    // entries are ordered by (group_id, id), so "ORDER BY id DESC LIMIT 1" reads one entry.
    return QStringLiteral("coalesce((SELECT ra.team_id FROM assignment ra"
                          " WHERE ra.household_id = %1.id), %2)")
        .arg(h, groupSql(h + QStringLiteral(".group_id")));
}

QString ResponsibleTeam::groupSql(const QString &groupId)
{
    return QStringLiteral("(SELECT rg.team_id FROM assignment rg WHERE rg.group_id = %1"
                          " ORDER BY rg.id DESC LIMIT 1)")
        .arg(groupId);
}

QString ResponsibleTeam::groupTeamsSelect()
{
    return QStringLiteral("SELECT ga.group_id, ga.team_id FROM assignment ga"
                          " WHERE ga.group_id IS NOT NULL AND ga.id = (SELECT max(gb.id)"
                          " FROM assignment gb WHERE gb.group_id = ga.group_id)");
}

qint64 ResponsibleTeam::forHousehold(Database &db, qint64 householdId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + householdSql() +
              QStringLiteral(" FROM household h WHERE h.id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ResponsibleTeam::forGroup(Database &db, qint64 groupId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + groupSql(QStringLiteral("?")));
    q.addBindValue(groupId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace sotay
