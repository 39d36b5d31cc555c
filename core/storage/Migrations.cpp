#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/SchemaV1.h"

#include <QSqlQuery>

namespace sotay {

namespace {
struct Step
{
    int version;
    const char *sql;
};

// Append only.
const Step kSteps[] = {
    {1, kSchemaV1},
};

std::function<void(const QString &, int)> &beforeMigrate()
{
    static std::function<void(const QString &, int)> hook;
    return hook;
}
} // namespace

int Migrations::latestVersion()
{
    return std::end(kSteps)[-1].version;
}

void Migrations::setBeforeMigrate(std::function<void(const QString &, int)> hook)
{
    beforeMigrate() = std::move(hook);
}

Status Migrations::migrate(Database &db)
{
    const int from = db.schemaVersion();
    if (from > 0 && beforeMigrate())
        beforeMigrate()(db.path(), from);
    for (const Step &step : kSteps) {
        if (step.version <= db.schemaVersion())
            continue;
        const QString script = QStringLiteral("BEGIN IMMEDIATE;") + QString::fromUtf8(step.sql) +
                               QStringLiteral(";PRAGMA user_version = %1;COMMIT;").arg(step.version);
        if (Status s = db.execScript(script); !s) {
            db.execScript(QStringLiteral("ROLLBACK;"));
            return Status::failure(tr("Cannot upgrade the ward file to version %1: %2")
                                       .arg(step.version)
                                       .arg(s.error()));
        }
    }
    return Status::success();
}

} // namespace sotay
