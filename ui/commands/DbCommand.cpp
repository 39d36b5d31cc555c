#include "commands/DbCommand.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace sotay {

DbCommand::DbCommand(CommandContext context, const QString &text)
    : m_context(std::move(context))
{
    setText(text);
}

void DbCommand::redo()
{
    run(true);
}

void DbCommand::undo()
{
    run(false);
}

void DbCommand::run(bool forward)
{
    Status status;
    {
        Transaction tx(*m_context.db);
        if (!tx.isActive())
            status = Status::failure(tx.error());
        else
            status = forward ? apply(*m_context.db) : revert(*m_context.db);
        if (status)
            status = tx.commit();
    }
    if (status && forward)
        m_applied = true;
    if (!status) {
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(status.error());
    }
    if (m_context.changed)
        m_context.changed();
}

} // namespace sotay
