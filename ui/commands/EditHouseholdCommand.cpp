#include "commands/EditHouseholdCommand.h"

#include "storage/AuditedEdits.h"

namespace sotay {

EditHouseholdCommand::EditHouseholdCommand(CommandContext context, Household before,
                                           Household after)
    : DbCommand(std::move(context), tr("Edit household %1").arg(after.code))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status EditHouseholdCommand::apply(Database &db)
{
    return AuditedEdits(db).updateHousehold(m_after, applyStep());
}

Status EditHouseholdCommand::revert(Database &db)
{
    return AuditedEdits(db).updateHousehold(m_before, AuditStep::Undo);
}

} // namespace sotay
