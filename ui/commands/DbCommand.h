#pragma once

#include "Result.h"
#include "storage/AuditChange.h"

#include <QUndoCommand>

#include <functional>

namespace sotay {

class Database;

// What every undoable change needs from the window: the open ward, a way to refresh the
// views after the change, and a way to tell the user it failed.
struct CommandContext
{
    Database *db = nullptr;
    std::function<void()> changed;
    std::function<void(const QString &)> failed;
};

// A small undoable change: apply() and revert() each run inside one Transaction, and each
// writes its audit entry through core's AuditedEdits (the first apply() as the change itself,
// later ones as a redo, revert() as an undo). A change that fails is rolled back, reported, and
// made obsolete so the undo stack drops it.
class DbCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    DbCommand(CommandContext context, const QString &text);
    virtual Status apply(Database &db) = 0;
    virtual Status revert(Database &db) = 0;
    // For apply(): Do the first time, Redo after an undo.
    AuditStep applyStep() const { return m_applied ? AuditStep::Redo : AuditStep::Do; }

private:
    void run(bool forward);
    CommandContext m_context;
    bool m_applied = false;
};

} // namespace sotay
