#include "commands/MergeGroupCommand.h"

#include "storage/GroupStore.h"

namespace sotay {

MergeGroupCommand::MergeGroupCommand(CommandContext context, const GroupRow &from,
                                     const GroupRow &into)
    : DbCommand(std::move(context), tr("Merge %1 into %2").arg(from.name, into.name))
    , m_fromId(from.id)
    , m_intoId(into.id)
{
}

Status MergeGroupCommand::apply(Database &db)
{
    auto r = GroupStore(db).merge(m_fromId, m_intoId);
    if (!r)
        return Status::failure(r.error());
    m_record = r.take();
    return Status::success();
}

Status MergeGroupCommand::revert(Database &db)
{
    return GroupStore(db).undoMerge(m_record);
}

} // namespace sotay
