#pragma once

#include "Result.h"
#include "storage/GroupRecords.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace sotay {

class Database;

// Reorganising residential groups: create, split (households to a new or existing group)
// and merge (GroupMerger). Each change runs in one Transaction (a savepoint inside the caller's
// transaction, if any) with its audit entry, and returns a record from which undo restores
// exactly what was there. Errors come back as values with messages for the user.
//
// Two rules hold through every change:
// - Visits, residents and their histories stay with their households.
// - A reorganisation never changes which team visits a household: when the household's new
//   group has a different team (or none), the household keeps its old team through an
//   assignment of its own. The leader reassigns on the Teams page when that is wanted.
//
// Past reports: group membership is not historised (a household has one group, today's).
// A weekly report printed again for a past Thursday after a merge or split shows the same
// ward totals (they come from the dated status history, which never moves), but its rows
// per group follow today's groups — as the upper level, which reorganises with the ward,
// reads them. The report that went up that Thursday is the file that was sent. To keep a
// merged group's past rows consistent, a merge adds the removed group's target history into
// the remaining group's (see GroupMerger), so percentages of past weeks add up too.
class GroupStore
{
    Q_DECLARE_TR_FUNCTIONS(GroupStore)
public:
    explicit GroupStore(Database &db)
        : m_db(db)
    {
    }

    QVector<GroupRow> groups() const; // natural order of names, with household counts
    std::optional<GroupRow> group(qint64 id) const;
    QVector<GroupHouseholdRow> households(qint64 groupId) const; // natural order of addresses
    // Empty when `name` may be given to a group (other than exceptGroupId), else why not.
    // Names differing only in case clash ("tổ dân phố 3" and "Tổ dân phố 3").
    QString checkName(const QString &name, qint64 exceptGroupId = 0) const;

    Result<GroupRow> createGroup(const QString &name, const QDate &createdOn = {});
    Status removeEmptyGroup(qint64 groupId); // undo of createGroup
    // Gives the group a new name (checkName, the group itself excepted) with audit entry
    // group.rename; undoRename puts the old name back (group.rename.undo).
    Status renameGroup(qint64 groupId, const QString &newName);
    Status undoRename(qint64 groupId, const QString &oldName);

    Result<GroupSplitRecord> splitToNew(qint64 fromId, const QVector<qint64> &householdIds,
                                        const QString &newName);
    Result<GroupSplitRecord> splitInto(qint64 fromId, const QVector<qint64> &householdIds,
                                       qint64 intoId);
    Status undoSplit(const GroupSplitRecord &record);

    Result<GroupMergeRecord> merge(qint64 fromId, qint64 intoId); // from is removed
    Status undoMerge(const GroupMergeRecord &record);

    // Pieces GroupMerger shares; each assumes the caller's transaction.
    qint64 groupTeam(qint64 groupId) const; // 0 when none
    Result<qint64> insertAssignment(qint64 teamId, qint64 groupId, qint64 householdId);
    // Gives each of the households that has no team of its own the team `teamId`.
    Status keepTeam(const QVector<qint64> &householdIds, qint64 teamId, QVector<qint64> &created);
    Status deleteAssignments(const QVector<qint64> &ids);
    Status moveHouseholds(const QVector<qint64> &ids, qint64 fromId, qint64 toId);
    Status insertGroup(const GroupRow &g);
    Status audit(const QString &action, qint64 groupId, const QString &oldValue,
                 const QString &newValue, const QString &detail);

private:
    Status rename(qint64 groupId, const QString &newName, const QString &action);
    Result<GroupSplitRecord> split(qint64 fromId, const QVector<qint64> &householdIds,
                                   qint64 intoId, const QString &newName);

    Database &m_db;
};

} // namespace sotay
