#include "storage/Transaction.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace sotay {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_nested = m_db.handle() && !sqlite3_get_autocommit(m_db.handle());
    const Status s = m_db.execScript(m_nested ? QStringLiteral("SAVEPOINT sotay_nested")
                                              : QStringLiteral("BEGIN IMMEDIATE"));
    m_active = s.ok();
    if (!s)
        m_error = tr("The ward file is busy or read-only: %1").arg(s.error());
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("No transaction is open.") : m_error);
    const Status s = m_db.execScript(m_nested ? QStringLiteral("RELEASE sotay_nested")
                                              : QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return Status::failure(tr("Cannot save to the ward file: %1").arg(s.error()));
    }
    m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (m_active && m_nested)
        m_db.execScript(QStringLiteral("ROLLBACK TO sotay_nested; RELEASE sotay_nested"));
    else if (m_active)
        m_db.execScript(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace sotay
