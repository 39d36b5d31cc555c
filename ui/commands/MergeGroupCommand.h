#pragma once

#include "commands/DbCommand.h"
#include "storage/GroupRecords.h"

#include <QCoreApplication>

namespace sotay {

// Merges one residential group into another (GroupStore::merge); undo restores the removed
// group with its id, name, households, teams and targets exactly.
class MergeGroupCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeGroupCommand)
public:
    MergeGroupCommand(CommandContext context, const GroupRow &from, const GroupRow &into);

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    qint64 m_fromId = 0;
    qint64 m_intoId = 0;
    GroupMergeRecord m_record;
};

} // namespace sotay
