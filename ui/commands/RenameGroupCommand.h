#pragma once

#include "commands/DbCommand.h"

#include <QCoreApplication>

namespace sotay {

// A residential group's new name (GroupStore::renameGroup); undo puts the old name back.
class RenameGroupCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameGroupCommand)
public:
    RenameGroupCommand(CommandContext context, qint64 groupId, const QString &oldName,
                       const QString &newName);

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    qint64 m_groupId = 0;
    QString m_oldName;
    QString m_newName;
};

} // namespace sotay
