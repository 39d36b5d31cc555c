#include "commands/RecordStatusCommand.h"

#include "model/Vocabulary.h"
#include "storage/AuditLog.h"

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
    auto id = ResidentStore(db).recordStatus(m_event);
    if (!id)
        return Status::from(id);
    const qint64 eventId = id.value();
    const Status s = AuditLog(db).record(
        QStringLiteral("status.record"), QStringLiteral("resident"), m_event.residentId,
        QStringLiteral("l%1=%2").arg(m_event.level).arg(Vocabulary::statusKey(m_previous)),
        QStringLiteral("l%1=%2 %3")
            .arg(m_event.level)
            .arg(Vocabulary::statusKey(m_event.status), m_event.date.toString(Qt::ISODate)),
        m_event.correction ? QStringLiteral("correction") : QString());
    if (s)
        m_eventId = eventId;
    return s;
}

Status RecordStatusCommand::revert(Database &db)
{
    if (Status s = ResidentStore(db).deleteStatusEvent(m_eventId); !s)
        return s;
    return AuditLog(db).record(
        QStringLiteral("status.undo"), QStringLiteral("resident"), m_event.residentId,
        QStringLiteral("l%1=%2").arg(m_event.level).arg(Vocabulary::statusKey(m_event.status)),
        QStringLiteral("l%1=%2").arg(m_event.level).arg(Vocabulary::statusKey(m_previous)));
}

} // namespace sotay
