#pragma once

#include "commands/DbCommand.h"
#include "storage/ResidentStore.h"

#include <QCoreApplication>

namespace sotay {

// Records a level's account status on a day, credited to a team; undo removes the event.
class RecordStatusCommand : public DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordStatusCommand)
public:
    RecordStatusCommand(CommandContext context, ResidentStore::StatusEvent event,
                        AccountStatus previous, const QString &residentName);
    qint64 eventId() const { return m_eventId; }

protected:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

private:
    ResidentStore::StatusEvent m_event;
    AccountStatus m_previous;
    qint64 m_eventId = 0;
};

} // namespace sotay
