#pragma once

#include <QDate>
#include <QString>

class QSqlQuery;

namespace sotay {

// The one place that says, in SQL, what each resident's state was at the end of a day
// (reports.md "Who counts" and the status rule of ResidentStore.h), for every resident at
// once. It yields the common table expressions, ending in `state` with one row per
// resident the ward knew of on that day (known_since <= day):
//   id, household_id, group_id, team_id  (team: ResponsibleTeam's rule)
//   aged14    1 when birth_eff <= StatusRules::cutoff14(day)
//   excluded  1 when the latest exclusion event dated <= day (by date, then id) has a reason
//   l1, l2    status per level: the highest among events dated <= day that are not older
//             (by date, then id) than the latest correction dated <= day
//   first_act the earliest activation date (either level) among those events, or NULL
// Callers write `WITH <sql()> SELECT … FROM state …` and call bind().
//
// Source::CacheWhereUnchanged replays from the history only residents with a status or
// exclusion event dated after the day; the others take ResidentStore's cached current state,
// which is their state on that day (same rule, no later event). The `state` rows are the
// same (the tests compare both), but the inner CTEs (`live`, `st`, `ex`) then hold only the
// replayed residents: a caller reading them needs Source::History (the default).
class ResidentStateQuery {
public:
    enum class Source { CacheWhereUnchanged, History };
    // groupId 0: the whole ward; otherwise only that group's residents (faster for one group).
    explicit ResidentStateQuery(const QDate &day, qint64 groupId = 0,
                                Source source = Source::History)
        : m_day(day)
        , m_groupId(groupId)
        , m_source(source) {}
    QString sql() const;
    void bind(QSqlQuery &q) const; // binds :asof, :cutoff and :group

private:
    QDate m_day;
    qint64 m_groupId;
    Source m_source;
};

} // namespace sotay
