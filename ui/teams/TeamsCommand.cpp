#include "teams/TeamsCommand.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace sotay {

TeamsCommand::TeamsCommand(Context context, const QString &text, Step apply, Step revert)
    : m_context(std::move(context))
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
{
    setText(text);
}

void TeamsCommand::redo()
{
    run(m_apply);
}

void TeamsCommand::undo()
{
    run(m_revert);
}

void TeamsCommand::run(const Step &step)
{
    Status status;
    {
        Transaction tx(*m_context.db);
        if (!tx.isActive())
            status = Status::failure(tx.error());
        else
            status = step(*m_context.db);
        if (status)
            status = tx.commit();
    }
    if (!status)
        setObsolete(true);
    // Refresh first, then tell what failed (a refresh must not hide the message).
    if (m_context.changed)
        m_context.changed();
    if (!status && m_context.failed)
        m_context.failed(status.error());
}

} // namespace sotay
