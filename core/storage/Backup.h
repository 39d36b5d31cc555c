#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

struct sqlite3;

namespace sotay {

class Database;

// Copies of the ward file in a `backups/` folder next to it (0700 folder, 0600 files),
// made with `VACUUM INTO` before every import, before every schema upgrade and once a day;
// the newest N are kept (ward setting "backup.keep", default 10). A backup is an ordinary
// ward file: it opens as one, and restore() copies it back over the ward atomically.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    struct Entry
    {
        QString path;
        QDateTime at;
        QString reason; // "import", "migration", "daily", "manual", "restore"
        qint64 size = 0;
    };

    static constexpr int kDefaultKeep = 10;

    // Makes a backup now and prunes old ones; returns its path. Call it outside a
    // transaction (SQLite refuses VACUUM inside one): e.g. before an import's Transaction.
    // reason: a short ASCII word that becomes part of the file name.
    static Result<QString> create(Database &db, const QString &reason);
    // Before a CSV import writes anything (reason "import").
    static Result<QString> beforeImport(Database &db)
    {
        return create(db, QStringLiteral("import"));
    }
    // How many backups are kept (ward setting "backup.keep").
    static int keep(Database &db);
    static Status setKeep(Database &db, int keep);
    // The daily backup: made when none of today's backups exists yet; empty path otherwise.
    static Result<QString> dailyIfDue(Database &db);
    // Newest first.
    static QVector<Entry> list(const QString &wardPath);
    static QString folderFor(const QString &wardPath);
    // Puts a backup back in place of the ward. The ward must not be open anywhere (close it
    // first); the current file is itself backed up (reason "restore") before it is replaced.
    static Status restore(const QString &backupPath, const QString &wardPath);
    // Installs the Migrations hook so an existing file is backed up before it upgrades.
    static void installMigrationHook();

private:
    static Result<QString> vacuumInto(::sqlite3 *handle, const QString &wardPath,
                                      const QString &reason);
    static void prune(const QString &wardPath, int keep);
};

} // namespace sotay
