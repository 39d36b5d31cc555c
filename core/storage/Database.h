#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace sotay {

class WardLock;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

// One open ward file: a named QSqlDatabase connection owned by the thread that opened it.
// Foreign keys on, WAL journal, schema migrated to the current version on open.
// One writer: a writing open takes the ward's WardLock; when another running program holds
// it, the file opens read-only instead and heldBy() says who has it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A second connection to the same file, for a worker thread: call it from that thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase &connection() { return m_db; }
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Who holds the ward when it was asked for writing but opened read-only because another
    // program writes to it ("Nguyễn Văn A (an) on PC-01, process 1234, since …"); else empty.
    QString heldBy() const { return m_heldBy; }
    int schemaVersion() const;

    // Who is acting, for the audit log: the system user and the operator chosen at start.
    QString osUser() const { return m_osUser; }
    QString operatorName() const { return m_operator; }
    void setOperatorName(const QString &name);

    // Runs several ';'-separated statements (schema scripts); no bound values.
    Status execScript(const QString &sql);

    static int currentSchemaVersion();

private:
    Database() = default;
    Status configure();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_osUser;
    QString m_operator;
    bool m_readOnly = false;
    QString m_heldBy;
    std::shared_ptr<WardLock> m_lock;
};

} // namespace sotay
