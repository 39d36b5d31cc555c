#include "commands/SplitGroupCommand.h"

#include "storage/GroupStore.h"

namespace sotay {

SplitGroupCommand::SplitGroupCommand(CommandContext context, Change change)
    : DbCommand(std::move(context),
                tr("Move %n household(s) of %1 to %2", "", int(change.households.size()))
                    .arg(change.fromName, change.intoId ? change.intoName : change.newName))
    , m_change(std::move(change))
{
}

Status SplitGroupCommand::apply(Database &db)
{
    GroupStore groups(db);
    auto r = m_change.intoId
                 ? groups.splitInto(m_change.fromId, m_change.households, m_change.intoId)
                 : groups.splitToNew(m_change.fromId, m_change.households, m_change.newName);
    if (!r)
        return Status::failure(r.error());
    m_record = r.take();
    return Status::success();
}

Status SplitGroupCommand::revert(Database &db)
{
    return GroupStore(db).undoSplit(m_record);
}

} // namespace sotay
