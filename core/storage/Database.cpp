#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/WardLock.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace sotay {

Q_LOGGING_CATEGORY(lcStorage, "sotay06.storage")

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("sotay06-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("?") : user;
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo info(path);
    if (mode != Mode::Create && !info.exists())
        return R::failure(
            tr("The ward file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (mode == Mode::Create && info.exists())
        return R::failure(tr("The file %1 already exists; choose another name.")
                              .arg(QDir::toNativeSeparators(path)));
    // One writer: the lock is taken before the file is touched.
    std::shared_ptr<WardLock> lock;
    QString heldBy;
    if (mode != Mode::ReadOnly && (mode != Mode::Create || info.absoluteDir().exists())) {
        lock = WardLock::acquire(info.absoluteFilePath(), systemUser());
        const auto holder = lock ? std::nullopt : WardLock::holder(info.absoluteFilePath());
        if (!lock && !holder) {
            // No lock can be made here (a read-only folder): SQLite itself decides.
            qCWarning(lcStorage) << "cannot lock the ward file";
        } else if (!lock) {
            heldBy = holder->describe();
            if (mode == Mode::Create)
                return R::failure(tr("The file %1 is being created by %2.")
                                      .arg(QDir::toNativeSeparators(path), heldBy));
            qCInfo(lcStorage) << "ward in use by another program; opening read-only";
            mode = Mode::ReadOnly;
        }
    }
    if (mode == Mode::Create) {
        constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!info.absoluteDir().exists()) {
            // A folder made for ward files is the owner's only (0700); an existing one is
            // left as the user set it up.
            if (!QDir().mkpath(info.absolutePath()) ||
                !QFile::setPermissions(info.absolutePath(), ownerOnly | QFileDevice::ExeOwner))
                return R::failure(tr("Cannot create the folder %1.")
                                      .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        // Personal data: the ward file is readable by its owner only, from its first byte
        // (created 0600, never over an existing file). SQLite gives its -wal and -shm files
        // the mode of the ward file.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) ||
            !f.setPermissions(ownerOnly))
            return R::failure(tr("Cannot create the ward file %1: %2")
                                  .arg(QDir::toNativeSeparators(path), f.errorString()));
        if (!lock) // the folder was just made: nobody else can hold a lock in it
            lock = WardLock::acquire(info.absoluteFilePath(), systemUser());
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_readOnly = mode == Mode::ReadOnly;
    db->m_heldBy = heldBy;
    db->m_lock = std::move(lock);
    db->m_osUser = systemUser();
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    if (db->m_readOnly)
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db->m_db.open())
        return R::failure(tr("Cannot open the ward file %1: %2")
                              .arg(QDir::toNativeSeparators(path), db->m_db.lastError().text()));
    if (Status s = db->configure(); !s)
        return R::failure(s.error());
    return R(std::move(db));
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    auto r = open(m_path, m_readOnly ? Mode::ReadOnly : Mode::ReadWrite);
    if (r)
        r.value()->m_operator = m_operator;
    return r;
}

void Database::setOperatorName(const QString &name)
{
    m_operator = name;
    if (m_lock)
        m_lock->setOperatorName(name);
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

sqlite3 *Database::handle() const
{
    return *static_cast<sqlite3 *const *>(m_db.driver()->handle().data());
}

Status Database::execScript(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        return Status::failure(message);
    }
    return Status::success();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Status Database::configure()
{
    // A file that is not SQLite fails here, on the first read.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return Status::failure(tr("%1 is not a Sổ tay 06 ward file (%2).")
                                   .arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
    q.finish(); // an open statement would keep a read transaction: no WAL switch then
    sqlite3_busy_timeout(handle(), 5000);
    const char *pragmas = "PRAGMA foreign_keys = ON;"
                          "PRAGMA synchronous = FULL;"
                          "PRAGMA temp_store = MEMORY;"
                          "PRAGMA cache_size = -65536;";
    if (Status s = execScript(QString::fromLatin1(pragmas)); !s)
        return s;
    if (!m_readOnly) {
        if (Status s = execScript(QStringLiteral("PRAGMA journal_mode = WAL;")); !s)
            return s;
    }
    const int version = schemaVersion();
    if (version > Migrations::latestVersion())
        return Status::failure(
            tr("This ward file was made by a newer version of Sổ tay 06 (file version %1, this "
               "program knows up to %2). Install the newer version to open it.")
                .arg(version)
                .arg(Migrations::latestVersion()));
    if (version < Migrations::latestVersion()) {
        if (m_readOnly)
            return Status::failure(tr("This ward file must be upgraded before it can be opened "
                                      "read-only; open it once for writing."));
        return Migrations::migrate(*this);
    }
    return Status::success();
}

} // namespace sotay
