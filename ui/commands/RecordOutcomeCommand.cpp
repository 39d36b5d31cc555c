#include "commands/RecordOutcomeCommand.h"

#include "model/Vocabulary.h"
#include "storage/AuditLog.h"

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
    VisitStore visits(db);
    bool created = false;
    auto visit = visits.ensureVisit(m_entry.householdId, m_entry.date, m_entry.teamId, &created);
    if (!visit)
        return Status::from(visit);
    std::optional<VisitStore::Outcome> replaced =
        visits.outcomeOf(visit.value(), m_entry.residentId);
    if (replaced) {
        if (Status s = visits.deleteOutcome(replaced->id); !s)
            return s;
    }
    VisitStore::Outcome o;
    o.visitId = visit.value();
    o.residentId = m_entry.residentId;
    o.outcome = m_entry.outcome;
    o.comeBackAt = m_entry.comeBackAt;
    auto id = visits.addOutcome(o);
    if (!id)
        return Status::from(id);
    const Status s = AuditLog(db).record(
        QStringLiteral("visit.outcome"), QStringLiteral("resident"), m_entry.residentId,
        replaced ? QString::number(int(replaced->outcome)) : QString(),
        QString::number(int(m_entry.outcome)), m_entry.date.toString(Qt::ISODate));
    if (!s)
        return s;
    m_visitId = visit.value();
    m_createdVisit = created;
    m_outcomeId = id.value();
    m_replaced = replaced;
    return s;
}

Status RecordOutcomeCommand::revert(Database &db)
{
    VisitStore visits(db);
    if (Status s = visits.deleteOutcome(m_outcomeId); !s)
        return s;
    if (m_replaced) {
        auto again = visits.addOutcome(*m_replaced);
        if (!again)
            return Status::from(again);
        m_replaced->id = again.value();
    }
    if (m_createdVisit && visits.outcomeCount(m_visitId) == 0) {
        if (Status s = visits.deleteVisit(m_visitId); !s)
            return s;
    }
    return AuditLog(db).record(QStringLiteral("visit.outcome.undo"), QStringLiteral("resident"),
                               m_entry.residentId, QString::number(int(m_entry.outcome)),
                               m_replaced ? QString::number(int(m_replaced->outcome)) : QString());
}

} // namespace sotay
