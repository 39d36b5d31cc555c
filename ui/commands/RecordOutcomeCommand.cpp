#include "commands/RecordOutcomeCommand.h"

#include "model/Vocabulary.h"
#include "storage/AuditedEdits.h"

namespace sotay {

RecordOutcomeCommand::RecordOutcomeCommand(CommandContext context, Entry entry,
                                           const QString &residentName)
    : DbCommand(std::move(context),
                tr("Visit of %1: %2").arg(residentName, Vocabulary::outcome(entry.outcome)))
    , m_entry(std::move(entry))
{
}

Status RecordOutcomeCommand::apply(Database &db)
{
    auto done = AuditedEdits(db).recordOutcome(m_entry, applyStep());
    if (!done)
        return Status::from(done);
    m_done = done.take();
    return Status::success();
}

Status RecordOutcomeCommand::revert(Database &db)
{
    return AuditedEdits(db).undoOutcome(m_entry, m_done);
}

} // namespace sotay
