#include "commands/RecordExclusionCommand.h"

#include "model/Vocabulary.h"
#include "storage/AuditedEdits.h"

namespace sotay {

RecordExclusionCommand::RecordExclusionCommand(CommandContext context, qint64 residentId,
                                               ExclusionReason previous, ExclusionReason reason,
                                               const QDate &date, const QString &residentName)
    : DbCommand(std::move(context),
                reason == ExclusionReason::None
                    ? tr("Lift the exclusion of %1").arg(residentName)
                    : tr("Exclude %1: %2").arg(residentName, Vocabulary::exclusion(reason)))
    , m_residentId(residentId)
    , m_previous(previous)
    , m_reason(reason)
    , m_date(date)
{
}

Status RecordExclusionCommand::apply(Database &db)
{
    auto id =
        AuditedEdits(db).recordExclusion(m_residentId, m_previous, m_reason, m_date, applyStep());
    if (!id)
        return Status::from(id);
    m_eventId = id.value();
    return Status::success();
}

Status RecordExclusionCommand::revert(Database &db)
{
    return AuditedEdits(db).undoExclusion(m_eventId, m_residentId, m_reason, m_previous);
}

} // namespace sotay
