#pragma once

#include "commands/DbCommand.h"
#include "storage/AuditedEdits.h"

#include <QCoreApplication>

namespace sotay {

// One outcome from a returned checklist: the household's visit of that day (created if
// needed) gets the resident's outcome, replacing one entered before in the same visit.
class RecordOutcomeCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordOutcomeCommand)
public:
    using Entry = AuditedEdits::OutcomeEntry;
    RecordOutcomeCommand(CommandContext context, Entry entry, const QString &residentName);

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    Entry m_entry;
    AuditedEdits::RecordedOutcome m_done;
};

} // namespace sotay
