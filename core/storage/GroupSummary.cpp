#include "storage/GroupSummary.h"

#include "rules/StatusRules.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace sotay {

namespace {

// SQLite's progress handler: a non-zero answer interrupts the running statement.
int cancelled(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
}

// Installs the handler on the connection for the life of the scope.
class CancelScope
{
public:
    CancelScope(Database &db, const std::atomic_bool *cancel)
        : m_handle(cancel ? db.handle() : nullptr)
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 4000, &cancelled,
                                     const_cast<std::atomic_bool *>(cancel));
    }
    ~CancelScope()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    CancelScope(const CancelScope &) = delete;
    CancelScope &operator=(const CancelScope &) = delete;

private:
    sqlite3 *m_handle;
};

} // namespace

QVector<GroupSummary> GroupSummary::load(Database &db, const QDate &today,
                                         const std::atomic_bool *cancel)
{
    const CancelScope scope(db, cancel);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // One sequential pass over the resident table (NOT INDEXED: walking it through the
    // household index reads every page at random, ~3× slower), per household, then per group.
    q.prepare(QStringLiteral(
        "SELECT g.id, g.name, (SELECT count(*) FROM household h WHERE h.group_id = g.id), "
        " coalesce(s.residents, 0), coalesce(s.eligible, 0), coalesce(s.activated, 0) "
        "FROM res_group g LEFT JOIN ("
        " SELECT h.group_id AS gid, sum(x.c) AS residents, sum(x.e) AS eligible, "
        "  sum(x.a) AS activated "
        " FROM (SELECT household_id, count(*) AS c, "
        "   sum(birth_eff <= :cutoff AND exclusion = 0) AS e, "
        "   sum(birth_eff <= :cutoff AND exclusion = 0 AND (l1_status = 3 OR l2_status = 3)) AS a "
        "  FROM resident NOT INDEXED GROUP BY household_id) x "
        " JOIN household h ON h.id = x.household_id GROUP BY h.group_id) s ON s.gid = g.id "
        "ORDER BY g.sort_key, g.id"));
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
    if (cancel && cancel->load())
        out.clear();
    return out;
}

} // namespace sotay
