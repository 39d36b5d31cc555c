#pragma once

#include "Result.h"
#include "storage/GroupRecords.h"

#include <QCoreApplication>

namespace sotay {

class Database;
class GroupStore;

// Merges residential group A into B ("Tổ dân phố 3" and "Tổ dân phố 4" become "Tổ dân phố 3"):
// - every household of A moves to B (visits and histories stay with the households);
// - A's team: becomes B's team when B has none; is dropped when it is B's team already;
//   otherwise A's households keep it through assignments of their own;
// - targets: B's target history becomes the sum of both, day by day, so the target in force
//   on any day (today and every past Thursday) is A's plus B's — figures of past weeks,
//   which follow today's membership, stay consistent with their targets;
// - A is removed.
// undo() restores A with its id, name and order, moves exactly the same households back,
// and puts back both target histories and every assignment row with their ids.
class GroupMerger
{
    Q_DECLARE_TR_FUNCTIONS(GroupMerger)
public:
    GroupMerger(Database &db, GroupStore &groups)
        : m_db(db)
        , m_groups(groups)
    {
    }

    Result<GroupMergeRecord> merge(qint64 fromId, qint64 intoId);
    Status undo(const GroupMergeRecord &record);

private:
    QVector<Target> targets(qint64 groupId) const; // oldest first
    QVector<TeamAssignment> groupAssignments(qint64 groupId) const;
    QVector<qint64> householdIds(qint64 groupId) const;
    Status deleteTargets(qint64 groupId);
    Status insertTarget(const Target &t);
    Status insertAssignment(const TeamAssignment &a);

    Database &m_db;
    GroupStore &m_groups;
};

} // namespace sotay
