#pragma once

#include "commands/DbCommand.h"
#include "storage/GroupRecords.h"

#include <QCoreApplication>

namespace sotay {

// Moves chosen households of a residential group to a new group (by name) or to an existing
// one (GroupStore::splitToNew / splitInto); undo moves the same households back and removes
// the group the split created.
class SplitGroupCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(SplitGroupCommand)
public:
    struct Change
    {
        qint64 fromId = 0;
        QString fromName;
        QVector<qint64> households;
        qint64 intoId = 0; // an existing group, or
        QString newName;   // the name of a new one
        QString intoName;  // for the undo text
    };
    SplitGroupCommand(CommandContext context, Change change);

    // The group that received the households after the last redo (0 before).
    qint64 receivingGroup() const { return m_record.to.id; }

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    Change m_change;
    GroupSplitRecord m_record;
};

} // namespace sotay
