#pragma once

#include "Result.h"

#include <QUndoCommand>

#include <functional>

namespace sotay {

class Database;

// One small undoable change of the teams screen (a team, a member, an assignment, a target,
// a campaign or a phase). apply and revert each run inside one Transaction through the core
// stores (TeamStore, TargetStore), which write the audit log. A change that fails is rolled
// back, reported through `failed`, and made obsolete so the undo stack drops it.
class TeamsCommand : public QUndoCommand
{
public:
    using Step = std::function<Status(Database &)>;
    struct Context
    {
        Database *db = nullptr;
        std::function<void()> changed;
        std::function<void(const QString &)> failed;
    };

    TeamsCommand(Context context, const QString &text, Step apply, Step revert);
    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    Context m_context;
    Step m_apply;
    Step m_revert;
};

} // namespace sotay
