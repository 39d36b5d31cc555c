#include "storage/Backup.h"

#include "Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/WardLock.h"
#include "storage/WardStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <sqlite3.h>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace sotay {

namespace {
constexpr auto kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const char kStampFormat[] = "yyyyMMdd-HHmmsszzz";

QString sqliteError(sqlite3 *h)
{
    return QString::fromUtf8(sqlite3_errmsg(h));
}

// Runs one statement that returns at most one text value.
QString scalar(sqlite3 *h, const char *sql, bool *ok = nullptr)
{
    sqlite3_stmt *st = nullptr;
    QString out;
    bool good = sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK;
    if (good) {
        const int rc = sqlite3_step(st);
        good = rc == SQLITE_ROW || rc == SQLITE_DONE;
        if (rc == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    if (ok)
        *ok = good;
    return out;
}

int keepFor(sqlite3 *h)
{
    bool ok = false;
    const QString v = scalar(h, "SELECT value FROM setting WHERE key = 'backup.keep'", &ok);
    const int n = v.toInt(&ok);
    return ok && n > 0 ? n : Backup::kDefaultKeep;
}

bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(f.handle()) == 0;
#else
    Q_UNUSED(path);
    return true;
#endif
}

QRegularExpression namePattern(const QString &wardPath)
{
    return QRegularExpression(
        QStringLiteral("^%1-(\\d{8}-\\d{9})-([a-z0-9]+)\\.sotay06$")
            .arg(QRegularExpression::escape(QFileInfo(wardPath).completeBaseName())));
}
} // namespace

QString Backup::folderFor(const QString &wardPath)
{
    return QFileInfo(wardPath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<QString> Backup::vacuumInto(sqlite3 *handle, const QString &wardPath,
                                   const QString &rawReason)
{
    using R = Result<QString>;
    const QString folder = folderFor(wardPath);
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kOwnerDir))
        return R::failure(
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    QString reason = rawReason.toLower();
    reason.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    if (reason.isEmpty())
        reason = QStringLiteral("manual");
    const QString base = QFileInfo(wardPath).completeBaseName();
    QDateTime at = Clock::now();
    QString path;
    do {
        path =
            QDir(folder).filePath(QStringLiteral("%1-%2-%3.sotay06")
                                      .arg(base, at.toString(QLatin1String(kStampFormat)), reason));
        at = at.addMSecs(1);
    } while (QFileInfo::exists(path));
    // Written under a temporary name and renamed when complete, so a crash never leaves a
    // half backup in the list. The empty file is made private before any data goes in.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    {
        QFile f(part);
        if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(kOwnerFile))
            return R::failure(tr("Cannot write the backup %1: %2")
                                  .arg(QDir::toNativeSeparators(part), f.errorString()));
    }
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(handle, "VACUUM INTO ?", -1, &st, nullptr);
    const QByteArray target = part.toUtf8();
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(st, 1, target.constData(), int(target.size()), SQLITE_TRANSIENT);
        rc = sqlite3_step(st);
    }
    const QString error = sqliteError(handle);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        QFile::remove(part);
        return R::failure(tr("Cannot make a backup of the ward file: %1").arg(error));
    }
    if (!syncFile(part) || !QFile::rename(part, path)) {
        QFile::remove(part);
        return R::failure(tr("Cannot write the backup %1.").arg(QDir::toNativeSeparators(path)));
    }
    syncFile(folder);
    qCInfo(lcStorage) << "backup made:" << reason;
    return path;
}

Result<QString> Backup::create(Database &db, const QString &reason)
{
    if (!sqlite3_get_autocommit(db.handle()))
        return Result<QString>::failure(tr(
            "A backup cannot be made while a change is being saved; make it before the import."));
    auto made = vacuumInto(db.handle(), db.path(), reason);
    if (made)
        prune(db.path(), keepFor(db.handle()));
    return made;
}

int Backup::keep(Database &db)
{
    return keepFor(db.handle());
}

Status Backup::setKeep(Database &db, int keep)
{
    if (keep < 1)
        return Status::failure(tr("At least one backup must be kept."));
    const int old = keepFor(db.handle());
    if (Status s = WardStore(db).setSetting(QStringLiteral("backup.keep"), QString::number(keep));
        !s)
        return s;
    AuditLog(db).record(QStringLiteral("setting.update"), QStringLiteral("backup.keep"), 0,
                        QString::number(old), QString::number(keep));
    prune(db.path(), keep);
    return Status::success();
}

Result<QString> Backup::dailyIfDue(Database &db)
{
    const QDate today = Clock::today();
    for (const Entry &e : list(db.path()))
        if (e.at.date() == today)
            return QString();
    return create(db, QStringLiteral("daily"));
}

QVector<Backup::Entry> Backup::list(const QString &wardPath)
{
    QVector<Entry> out;
    const QRegularExpression pattern = namePattern(wardPath);
    const QDir dir(folderFor(wardPath));
    for (const QFileInfo &fi :
         dir.entryInfoList({QStringLiteral("*.sotay06")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        Entry e;
        e.path = fi.absoluteFilePath();
        e.at = QDateTime::fromString(m.captured(1), QLatin1String(kStampFormat));
        e.reason = m.captured(2);
        e.size = fi.size();
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.at > b.at; });
    return out;
}

void Backup::prune(const QString &wardPath, int keep)
{
    const QVector<Entry> all = list(wardPath);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

void Backup::installMigrationHook()
{
    Migrations::setBeforeMigrate([](const QString &path, int fromVersion) {
        sqlite3 *h = nullptr;
        if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK) {
            if (auto made = vacuumInto(h, path, QStringLiteral("migration")); made)
                prune(path, keepFor(h));
            else
                qCWarning(lcStorage) << "no backup before upgrading from version" << fromVersion;
        }
        sqlite3_close(h);
    });
}

Status Backup::restore(const QString &backupPath, const QString &wardPath)
{
    // The backup must be a sound ward file before anything is touched.
    {
        sqlite3 *h = nullptr;
        bool ok = sqlite3_open_v2(backupPath.toUtf8().constData(), &h, SQLITE_OPEN_READONLY,
                                  nullptr) == SQLITE_OK;
        const QString check = ok ? scalar(h, "PRAGMA integrity_check", &ok) : QString();
        const int version = ok ? scalar(h, "PRAGMA user_version").toInt() : 0;
        const bool hasWard =
            ok && scalar(h, "SELECT count(*) FROM sqlite_schema WHERE name = 'ward'") ==
                      QLatin1String("1");
        sqlite3_close(h);
        if (!ok || check != QLatin1String("ok") || version < 1 ||
            version > Migrations::latestVersion() || !hasWard)
            return Status::failure(
                tr("%1 is not a sound Sổ tay 06 ward file; nothing was restored.")
                    .arg(QDir::toNativeSeparators(backupPath)));
    }
    // Nobody else may be writing to the ward meanwhile.
    const auto lock = WardLock::acquire(wardPath, qEnvironmentVariable("USER"));
    if (!lock) {
        if (const auto holder = WardLock::holder(wardPath))
            return Status::failure(tr("The ward file is in use by %1; close it there first. "
                                      "Nothing was restored.")
                                       .arg(holder->describe()));
    }
    // The current file is kept as a backup of its own, its journal folded in first.
    if (QFileInfo::exists(wardPath)) {
        sqlite3 *h = nullptr;
        if (sqlite3_open_v2(wardPath.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK) {
            sqlite3_close(h);
            return Status::failure(
                tr("Cannot open the ward file %1.").arg(QDir::toNativeSeparators(wardPath)));
        }
        scalar(h, "PRAGMA wal_checkpoint(TRUNCATE)");
        auto saved = vacuumInto(h, wardPath, QStringLiteral("restore"));
        sqlite3_close(h);
        if (!saved)
            return Status::failure(saved.error());
    }
    QFile in(backupPath);
    QSaveFile out(wardPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot restore the backup: %1")
                                   .arg(in.isOpen() ? out.errorString() : in.errorString()));
    out.setPermissions(kOwnerFile);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return Status::failure(tr("Cannot restore the backup: %1").arg(out.errorString()));
        }
    }
    // A journal left beside the old file would be replayed into the restored one.
    QFile::remove(wardPath + QStringLiteral("-wal"));
    QFile::remove(wardPath + QStringLiteral("-shm"));
    if (!out.commit())
        return Status::failure(tr("Cannot restore the backup: %1").arg(out.errorString()));
    QFile::setPermissions(wardPath, kOwnerFile);
    qCInfo(lcStorage) << "backup restored";
    if (auto db = Database::open(wardPath, Database::Mode::ReadWrite); db)
        AuditLog(*db.value())
            .record(QStringLiteral("backup.restore"), QStringLiteral("ward"), 1, {}, {},
                    QFileInfo(backupPath).fileName());
    return Status::success();
}

} // namespace sotay
