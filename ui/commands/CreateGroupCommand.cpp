#include "commands/CreateGroupCommand.h"

#include "rules/Text.h"
#include "storage/GroupStore.h"

namespace sotay {

CreateGroupCommand::CreateGroupCommand(CommandContext context, const QString &name)
    : DbCommand(std::move(context), tr("New residential group %1").arg(Text::clean(name)))
    , m_name(name)
{
}

Status CreateGroupCommand::apply(Database &db)
{
    auto r = GroupStore(db).createGroup(m_name);
    if (!r)
        return Status::failure(r.error());
    m_id = r.value().id;
    return Status::success();
}

Status CreateGroupCommand::revert(Database &db)
{
    return GroupStore(db).removeEmptyGroup(m_id);
}

} // namespace sotay
