#pragma once

#include <QString>

namespace sotay {

class Database;

// THE rule for which work team is responsible for a household (and so for its residents).
// Every query that credits residents to a team — the weekly figures, the dashboard, the
// door-to-door checklist, the residents list and its filter, the residents export's
// "Tổ công tác" column — takes its SQL from here, so that they always agree:
//   1. the household's own assignment, if it has one (at most one: a unique index);
//   2. else its residential group's assignment; when a group has several (older files,
//      imports), the most recent one wins: the highest assignment id, i.e. the row
//      written last (assignments carry no date, so the id is the order of writing);
//   3. else no team (NULL in SQL, 0 in C++).
// Assignments are not dated: every report, also one printed again for a past week, credits
// residents to the teams responsible NOW. Only the status figures are "as of" a day.
class ResponsibleTeam
{
public:
    // A scalar SQL expression giving the team id (or NULL) of the household row `h`,
    // read from the columns `<h>.id` and `<h>.group_id`. No bound values.
    static QString householdSql(const QString &h = QStringLiteral("h"));
    // Rule 2 alone as a scalar SQL expression: the team id (or NULL) of the residential
    // group whose id is the SQL expression `groupId` (a column, or `?`).
    static QString groupSql(const QString &groupId);
    // A SELECT with one row per residential group that has a team: (group_id, team_id),
    // the group's responsible team by rule 2. For use as a CTE in set-based queries:
    //   WITH gteam AS (<groupTeamsSelect()>) … LEFT JOIN gteam …
    static QString groupTeamsSelect();

    // The rule in C++, for one household or one group; 0 when no team is responsible.
    static qint64 forHousehold(Database &db, qint64 householdId);
    static qint64 forGroup(Database &db, qint64 groupId);
};

} // namespace sotay
