#pragma once

#include "Result.h"
#include "teams/Team.h"

#include <QCoreApplication>
#include <QVector>

namespace sotay {

class Database;

// What the teams are responsible for. A residential group has at most one team; a household
// may have its own team, which overrides its group's. Every change is written to the audit
// log; callers own the transaction.
class AssignmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentStore)
public:
    explicit AssignmentStore(Database &db)
        : m_db(db)
    {
    }

    // teamId 0 removes the assignment. The previous team is returned for undo.
    Result<qint64> assignGroup(qint64 groupId, qint64 teamId);
    Result<qint64> assignHousehold(qint64 householdId, qint64 teamId);
    qint64 groupTeam(qint64 groupId) const;            // 0 when none
    qint64 householdOwnTeam(qint64 householdId) const; // 0 when none
    // Who is responsible (ResponsibleTeam's rule): the household's own team, else its
    // group's team; 0 when none.
    qint64 teamForHousehold(qint64 householdId) const;
    qint64 teamForGroup(qint64 groupId) const { return groupTeam(groupId); }
    QVector<TeamAssignment> assignments(qint64 teamId) const;

    // What the team screen lists.
    struct GroupRow
    {
        qint64 id = 0;
        QString name;
        qint64 teamId = 0;
        qint64 households = 0;
    };
    QVector<GroupRow> groups() const;
    struct HouseholdRow
    {
        qint64 id = 0;
        QString code;
        QString address;
        QString headName;
        qint64 ownTeamId = 0;
    };
    QVector<HouseholdRow> households(qint64 groupId) const; // in walking order

private:
    Result<qint64> assign(const char *column, qint64 scopeId, qint64 teamId);

    Database &m_db;
};

} // namespace sotay
