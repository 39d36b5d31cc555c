#pragma once

#include "commands/DbCommand.h"
#include "visits/VisitStore.h"

#include <QCoreApplication>
#include <optional>

namespace sotay {

// One outcome from a returned checklist: the household's visit of that day (created if
// needed) gets the resident's outcome, replacing one entered before in the same visit.
class RecordOutcomeCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordOutcomeCommand)
public:
    struct Entry
    {
        qint64 householdId = 0;
        qint64 residentId = 0;
        QDate date;
        qint64 teamId = 0;
        VisitOutcome outcome = VisitOutcome::Done;
        QDateTime comeBackAt;
    };
    RecordOutcomeCommand(CommandContext context, Entry entry, const QString &residentName);

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    Entry m_entry;
    qint64 m_visitId = 0;
    bool m_createdVisit = false;
    qint64 m_outcomeId = 0;
    std::optional<VisitStore::Outcome> m_replaced;
};

} // namespace sotay
