#include "reports/ResidentStateQuery.h"

#include "rules/StatusRules.h"
#include "teams/ResponsibleTeam.h"

#include <QSqlQuery>

namespace sotay {

QString ResidentStateQuery::sql() const {
    // Corrections are rare, so the latest one per resident and level is a small table; an
    // event is "live" when it is not older than it. Order keys compare (date, id) as text.
    const bool one = m_groupId != 0;
    // A resident with no event dated after the day has the same state on that day as with
    // all its events: the cached columns (ResidentStore keeps them by the same rule; l1_date
    // and l2_date are the first live event reaching the status). Only the others ("replay")
    // are computed from the history.
    const bool cached = m_source == Source::CacheWhereUnchanged;
    const QString replayed =
        cached ? QStringLiteral("resident_id IN (SELECT id FROM scope WHERE replay)")
        : one  ? QStringLiteral("resident_id IN (SELECT id FROM scope)")
               : QString();
    const QString inScope = replayed.isEmpty() ? QString() : QStringLiteral(" AND ") + replayed;
    QString sql;
    if (cached)
        sql +=
            QStringLiteral("late AS ("
                           " SELECT resident_id AS id FROM status_event WHERE date > :asof"
                           " UNION SELECT resident_id FROM exclusion_event WHERE date > :asof),");
    sql += QStringLiteral(
        "scope AS ("
        " SELECT r.id, r.household_id, h.group_id, r.birth_eff <= :cutoff AS aged14,");
    sql += cached ? QStringLiteral(" r.id IN (SELECT id FROM late) AS replay,")
                  : QStringLiteral(" 1 AS replay,");
    sql += QStringLiteral(
        " r.l1_status, r.l2_status, r.exclusion,"
        " CASE WHEN r.l1_status = 3 AND r.l2_status = 3 THEN min(r.l1_date, r.l2_date)"
        "  WHEN r.l1_status = 3 THEN r.l1_date WHEN r.l2_status = 3 THEN r.l2_date"
        " END AS c_first"
        " FROM resident r JOIN household h ON h.id = r.household_id"
        " WHERE r.known_since <= :asof");
    if (one)
        sql += QStringLiteral(" AND h.group_id = :group");
    sql += QStringLiteral("), corr AS ("
                          " SELECT resident_id, level, max(date || '#' || printf('%015d', id)) AS k"
                          " FROM status_event WHERE is_correction = 1 AND date <= :asof");
    sql += inScope;
    sql += QStringLiteral(" GROUP BY resident_id, level),"
                          "live AS ("
                          " SELECT e.resident_id, e.level, e.status, e.date FROM status_event e"
                          " LEFT JOIN corr c ON c.resident_id = e.resident_id AND c.level = e.level"
                          " WHERE e.date <= :asof"
                          "  AND (c.k IS NULL OR e.date || '#' || printf('%015d', e.id) >= c.k)");
    if (!replayed.isEmpty())
        sql += QStringLiteral(" AND e.") + replayed;
    sql +=
        QStringLiteral("), st AS ("
                       " SELECT resident_id,"
                       "  max(CASE WHEN level = 1 THEN status ELSE 0 END) AS l1,"
                       "  max(CASE WHEN level = 2 THEN status ELSE 0 END) AS l2,"
                       "  min(CASE WHEN status = 3 THEN date END) AS first_act"
                       " FROM live GROUP BY resident_id),"
                       // SQLite returns the bare column `reason` from the row holding the max().
                       "ex AS ("
                       " SELECT resident_id, reason, max(date || '#' || printf('%015d', id)) AS k"
                       " FROM exclusion_event WHERE date <= :asof");
    sql += inScope;
    // The responsible team: ResponsibleTeam's rule, set-based (the household's own
    // assignment joined below, else the group's from `gteam`).
    sql += QStringLiteral(" GROUP BY resident_id),gteam AS (") +
           ResponsibleTeam::groupTeamsSelect() +
           QStringLiteral("),"
                          "state AS ("
                          " SELECT s.id, s.household_id, s.group_id,"
                          "  coalesce(ah.team_id, gt.team_id) AS team_id, s.aged14,"
                          "  CASE WHEN s.replay THEN coalesce(ex.reason, 0) <> 0"
                          "   ELSE s.exclusion <> 0 END AS excluded,"
                          "  CASE WHEN s.replay THEN coalesce(st.l1, 0) ELSE s.l1_status END AS l1,"
                          "  CASE WHEN s.replay THEN coalesce(st.l2, 0) ELSE s.l2_status END AS l2,"
                          "  CASE WHEN s.replay THEN st.first_act ELSE s.c_first END AS first_act"
                          " FROM scope s"
                          " LEFT JOIN st ON st.resident_id = s.id"
                          " LEFT JOIN ex ON ex.resident_id = s.id"
                          " LEFT JOIN assignment ah ON ah.household_id = s.household_id"
                          " LEFT JOIN gteam gt ON gt.group_id = s.group_id) ");
    return sql;
}

void ResidentStateQuery::bind(QSqlQuery &q) const {
    q.bindValue(QStringLiteral(":asof"), m_day.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":cutoff"), StatusRules::cutoff14(m_day).toString(Qt::ISODate));
    if (m_groupId)
        q.bindValue(QStringLiteral(":group"), m_groupId);
}

} // namespace sotay
