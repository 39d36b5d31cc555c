#include "commands/RecordStatusCommand.h"

#include "model/Vocabulary.h"
#include "storage/AuditedEdits.h"

namespace sotay {

RecordStatusCommand::RecordStatusCommand(CommandContext context, ResidentStore::StatusEvent event,
                                         AccountStatus previous, const QString &residentName)
    : DbCommand(std::move(context), tr("Level %1 of %2: %3")
                                        .arg(event.level)
                                        .arg(residentName, Vocabulary::status(event.status)))
    , m_event(std::move(event))
    , m_previous(previous)
{
}

Status RecordStatusCommand::apply(Database &db)
{
    auto id = AuditedEdits(db).recordStatus(m_event, m_previous, applyStep());
    if (!id)
        return Status::from(id);
    m_eventId = id.value();
    return Status::success();
}

Status RecordStatusCommand::revert(Database &db)
{
    return AuditedEdits(db).undoStatus(m_eventId, m_event, m_previous);
}

} // namespace sotay
