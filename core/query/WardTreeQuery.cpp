#include "query/WardTreeQuery.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace sotay {

QVector<GroupSummary> WardTreeQuery::groups(const QDate &today) const
{
    return GroupSummary::load(m_db, today);
}

QVector<WardTreeQuery::HouseholdRow> WardTreeQuery::households(qint64 groupId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.id, h.code, h.address, h.head_name, "
                             " (SELECT count(*) FROM resident r WHERE r.household_id = h.id) "
                             "FROM household h WHERE h.group_id = ? ORDER BY h.walk_key, h.id"));
    q.addBindValue(groupId);
    QVector<HouseholdRow> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        HouseholdRow h;
        h.id = q.value(0).toLongLong();
        h.code = q.value(1).toString();
        h.address = q.value(2).toString();
        h.headName = q.value(3).toString();
        h.residents = q.value(4).toLongLong();
        out << h;
    }
    return out;
}

QVector<WardTreeQuery::TeamRow> WardTreeQuery::teams() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QVector<TeamRow> out;
    if (!q.exec(QStringLiteral("SELECT id, name FROM team ORDER BY name, id")))
        return out;
    while (q.next())
        out << TeamRow{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

QVector<WardTreeQuery::TeamRow> WardTreeQuery::groupNames() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QVector<TeamRow> out;
    if (!q.exec(QStringLiteral("SELECT id, name FROM res_group ORDER BY sort_key, id")))
        return out;
    while (q.next())
        out << TeamRow{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

} // namespace sotay
