#pragma once

#include "Result.h"

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

// A small undoable change: apply() and revert() each run inside one Transaction (with their
// AuditLog entry). A change that fails is rolled back, reported, and made obsolete so the
// undo stack drops it.
class DbCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    DbCommand(CommandContext context, const QString &text);
    virtual Status apply(Database &db) = 0;
    virtual Status revert(Database &db) = 0;

private:
    void run(bool forward);
    CommandContext m_context;
};

} // namespace sotay
