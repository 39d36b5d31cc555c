#pragma once

#include "commands/DbCommand.h"
#include "model/Enums.h"

#include <QCoreApplication>
#include <QDate>

namespace sotay {

// Marks (or, with reason None, lifts) an exclusion from a day; undo removes the event.
class RecordExclusionCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordExclusionCommand)
public:
    RecordExclusionCommand(CommandContext context, qint64 residentId, ExclusionReason previous,
                           ExclusionReason reason, const QDate &date, const QString &residentName);

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    qint64 m_residentId;
    ExclusionReason m_previous;
    ExclusionReason m_reason;
    QDate m_date;
    qint64 m_eventId = 0;
};

} // namespace sotay
