#include "storage/Savepoint.h"

#include "storage/Database.h"

namespace sotay {

Savepoint::Savepoint(Database &db)
    : m_db(db)
{
    const Status s = m_db.execScript(QStringLiteral("SAVEPOINT sotay_change"));
    m_active = s.ok();
    if (!s)
        m_error = tr("The ward file is busy or read-only: %1").arg(s.error());
}

Savepoint::~Savepoint()
{
    if (m_active)
        m_db.execScript(QStringLiteral("ROLLBACK TO sotay_change; RELEASE sotay_change"));
}

Status Savepoint::release()
{
    if (!m_active)
        return Status::failure(m_error);
    const Status s = m_db.execScript(QStringLiteral("RELEASE sotay_change"));
    if (!s)
        return Status::failure(tr("Cannot save to the ward file: %1").arg(s.error()));
    m_active = false;
    return s;
}

} // namespace sotay
