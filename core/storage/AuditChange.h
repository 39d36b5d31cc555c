#pragma once

#include <QString>
#include <QStringList>

namespace sotay {

// Which run of a change an audit entry is for: the change itself, its undo, or a redo of it.
// Undo and redo add ".undo" / ".redo" to the action, so "resident.update" filters all three.
enum class AuditStep { Do, Undo, Redo };

// One change for the audit log (what, and old → new), built field by field:
//
//     AuditChange c(QStringLiteral("group.merge"), QStringLiteral("group"), groupId);
//     c.field("name", oldName, newName).field("households", "12", "30");
//     c.setDetail(QStringLiteral("merged group 7 into 5"));
//     AuditLog(db).record(c);   // inside the caller's Transaction, with the change itself
//
// Only fields whose values differ are kept; the old side reads "name=A; households=12" and the
// new side "name=B; households=30". The values go into the ward file's audit_log (which is as
// protected as the ward itself), never into log output.
class AuditChange
{
public:
    AuditChange(QString action, QString entity, qint64 entityId, AuditStep step = AuditStep::Do);

    AuditChange &field(const char *name, const QString &oldValue, const QString &newValue);
    AuditChange &field(const char *name, qint64 oldValue, qint64 newValue);
    AuditChange &setDetail(const QString &detail);

    bool isEmpty() const { return m_old.isEmpty() && m_new.isEmpty(); }
    QString action() const;
    QString entity() const { return m_entity; }
    qint64 entityId() const { return m_entityId; }
    QString oldValue() const { return m_old.join(QStringLiteral("; ")); }
    QString newValue() const { return m_new.join(QStringLiteral("; ")); }
    QString detail() const { return m_detail; }

    static QString suffix(AuditStep step);
    // One side of an entry ("full_name=A; id_number=0791…; phone=0912…") for the screen: ID
    // numbers and phones masked as on printouts (IdNumber::masked, PhoneNumber::masked).
    static QString maskedSide(const QString &side);

private:
    QString m_action;
    QString m_entity;
    qint64 m_entityId;
    AuditStep m_step;
    QStringList m_old;
    QStringList m_new;
    QString m_detail;
};

} // namespace sotay
