#include "commands/RenameGroupCommand.h"

#include "rules/Text.h"
#include "storage/GroupStore.h"

namespace sotay {

RenameGroupCommand::RenameGroupCommand(CommandContext context, qint64 groupId,
                                       const QString &oldName, const QString &newName)
    : DbCommand(std::move(context), tr("Rename %1 to %2").arg(oldName, Text::clean(newName)))
    , m_groupId(groupId)
    , m_oldName(oldName)
    , m_newName(newName)
{
}

Status RenameGroupCommand::apply(Database &db)
{
    return GroupStore(db).renameGroup(m_groupId, m_newName);
}

Status RenameGroupCommand::revert(Database &db)
{
    return GroupStore(db).undoRename(m_groupId, m_oldName);
}

} // namespace sotay
