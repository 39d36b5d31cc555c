#include "storage/AuditChange.h"

namespace sotay {

AuditChange::AuditChange(QString action, QString entity, qint64 entityId, AuditStep step)
    : m_action(std::move(action))
    , m_entity(std::move(entity))
    , m_entityId(entityId)
    , m_step(step)
{
}

AuditChange &AuditChange::field(const char *name, const QString &oldValue, const QString &newValue)
{
    if (oldValue != newValue) {
        const QString key = QString::fromLatin1(name) + QLatin1Char('=');
        m_old << key + oldValue;
        m_new << key + newValue;
    }
    return *this;
}

AuditChange &AuditChange::field(const char *name, qint64 oldValue, qint64 newValue)
{
    return field(name, QString::number(oldValue), QString::number(newValue));
}

AuditChange &AuditChange::setDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

QString AuditChange::action() const
{
    return m_action + suffix(m_step);
}

QString AuditChange::suffix(AuditStep step)
{
    switch (step) {
    case AuditStep::Undo:
        return QStringLiteral(".undo");
    case AuditStep::Redo:
        return QStringLiteral(".redo");
    case AuditStep::Do:
        break;
    }
    return {};
}

} // namespace sotay
