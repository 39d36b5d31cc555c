#include "storage/GroupSummary.h"

#include "rules/StatusRules.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace sotay {

QVector<GroupSummary> GroupSummary::load(Database &db, const QDate &today)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT g.id, g.name, "
        " (SELECT count(*) FROM household h WHERE h.group_id = g.id), "
        " count(r.id), "
        " coalesce(sum(r.birth_eff <= :cutoff AND r.exclusion = 0), 0), "
        " coalesce(sum(r.birth_eff <= :cutoff AND r.exclusion = 0 AND (r.l1_status = 3 OR r.l2_status = 3)), 0) "
        "FROM res_group g LEFT JOIN household h ON h.group_id = g.id "
        "LEFT JOIN resident r ON r.household_id = h.id "
        "GROUP BY g.id ORDER BY g.sort_key"));
    q.bindValue(QStringLiteral(":cutoff"), StatusRules::cutoff14(today).toString(Qt::ISODate));
    QVector<GroupSummary> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        GroupSummary g;
        g.groupId = q.value(0).toLongLong();
        g.name = q.value(1).toString();
        g.households = q.value(2).toLongLong();
        g.residents = q.value(3).toLongLong();
        g.eligible = q.value(4).toLongLong();
        g.activated = q.value(5).toLongLong();
        out << g;
    }
    return out;
}

} // namespace sotay
