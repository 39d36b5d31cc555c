#include "commands/EditResidentCommand.h"

#include "storage/AuditedEdits.h"

namespace sotay {

EditResidentCommand::EditResidentCommand(CommandContext context, Resident before, Resident after)
    : DbCommand(std::move(context), tr("Edit %1").arg(after.fullName))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

std::pair<QString, QString> EditResidentCommand::describeChange(const Resident &from,
                                                                const Resident &to)
{
    const AuditChange c = AuditedEdits::residentChange(from, to);
    return {c.oldValue(), c.newValue()};
}

Status EditResidentCommand::apply(Database &db)
{
    return AuditedEdits(db).updateResident(m_after, applyStep());
}

Status EditResidentCommand::revert(Database &db)
{
    return AuditedEdits(db).updateResident(m_before, AuditStep::Undo);
}

} // namespace sotay
