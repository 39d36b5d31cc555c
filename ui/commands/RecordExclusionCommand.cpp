#include "commands/RecordExclusionCommand.h"

#include "model/Vocabulary.h"
#include "storage/AuditLog.h"
#include "storage/ResidentStore.h"

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
        ResidentStore(db).recordExclusion(m_residentId, m_reason, m_date, QStringLiteral("manual"));
    if (!id)
        return Status::from(id);
    const qint64 eventId = id.value();
    const Status s = AuditLog(db).record(
        QStringLiteral("exclusion.record"), QStringLiteral("resident"), m_residentId,
        Vocabulary::exclusionKey(m_previous),
        Vocabulary::exclusionKey(m_reason) + QLatin1Char(' ') + m_date.toString(Qt::ISODate));
    if (s)
        m_eventId = eventId;
    return s;
}

Status RecordExclusionCommand::revert(Database &db)
{
    if (Status s = ResidentStore(db).deleteExclusionEvent(m_eventId); !s)
        return s;
    return AuditLog(db).record(QStringLiteral("exclusion.undo"), QStringLiteral("resident"),
                               m_residentId, Vocabulary::exclusionKey(m_reason),
                               Vocabulary::exclusionKey(m_previous));
}

} // namespace sotay
