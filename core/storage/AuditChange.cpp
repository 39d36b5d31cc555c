#include "storage/AuditChange.h"

#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"

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

QString AuditChange::maskedSide(const QString &side)
{
    static const QString id = QStringLiteral("id_number=");
    static const QString phone = QStringLiteral("phone=");
    QStringList parts = side.split(QStringLiteral("; "));
    for (QString &part : parts) {
        if (part.startsWith(id))
            part = id + IdNumber::masked(part.mid(id.size()));
        else if (part.startsWith(phone))
            part = phone + PhoneNumber::masked(part.mid(phone.size()));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace sotay
