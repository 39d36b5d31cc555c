#include "storage/AuditLog.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {
// The columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}
// The database whose per-change entries are skipped by a BulkScope (see AuditLog.h).
thread_local const Database *t_bulk = nullptr;
} // namespace

AuditLog::BulkScope::BulkScope(Database &db)
    : m_previous(t_bulk)
{
    t_bulk = &db;
}

AuditLog::BulkScope::~BulkScope()
{
    t_bulk = m_previous;
}

Status AuditLog::record(const QString &action, const QString &entity, qint64 entityId,
                        const QString &oldValue, const QString &newValue, const QString &detail)
{
    if (t_bulk == &m_db)
        return Status::success();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log(at, os_user, operator, action, entity, entity_id, old_value, "
        "new_value, detail) VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(Clock::now().toString(Qt::ISODate));
    q.addBindValue(m_db.osUser());
    q.addBindValue(text(m_db.operatorName()));
    q.addBindValue(text(action));
    q.addBindValue(text(entity));
    q.addBindValue(entityId ? QVariant(entityId) : QVariant());
    q.addBindValue(text(oldValue));
    q.addBindValue(text(newValue));
    q.addBindValue(text(detail));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status AuditLog::record(const AuditChange &change)
{
    return record(change.action(), change.entity(), change.entityId(), change.oldValue(),
                  change.newValue(), change.detail());
}

Status AuditLog::recordDisclosure(const QString &document, const QString &scope,
                                  const QString &target)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO disclosure_log(at, os_user, operator, document, scope, "
                             "target) VALUES (?,?,?,?,?,?)"));
    q.addBindValue(Clock::now().toString(Qt::ISODate));
    q.addBindValue(m_db.osUser());
    q.addBindValue(text(m_db.operatorName()));
    q.addBindValue(text(document));
    q.addBindValue(text(scope));
    q.addBindValue(text(target));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

QVector<AuditLog::Entry> AuditLog::entries(const Filter &filter) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, at, os_user, operator, action, entity, entity_id, old_value, new_value, detail "
        "FROM audit_log WHERE (ifnull(:action, '') = '' OR action LIKE :action || '%') "
        "AND (ifnull(:text, '') = '' OR instr(entity || ' ' || old_value || ' ' || new_value || ' "
        "' || detail, :text) > 0) "
        "AND (ifnull(:user, '') = '' OR instr(os_user || ' ' || operator, :user) > 0) "
        "AND (ifnull(:from, '') = '' OR substr(at, 1, 10) >= :from) AND (ifnull(:to, '') = '' OR "
        "substr(at, 1, 10) <= :to) "
        "ORDER BY id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":action"), filter.action);
    q.bindValue(QStringLiteral(":text"), filter.text);
    q.bindValue(QStringLiteral(":user"), filter.user);
    q.bindValue(QStringLiteral(":from"),
                filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString());
    q.bindValue(QStringLiteral(":to"),
                filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QString());
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    QVector<Entry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.osUser = q.value(2).toString();
        e.operatorName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toLongLong();
        e.oldValue = q.value(7).toString();
        e.newValue = q.value(8).toString();
        e.detail = q.value(9).toString();
        out << e;
    }
    return out;
}

} // namespace sotay
