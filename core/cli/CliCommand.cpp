#include "cli/CliCommand.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QHash>

namespace sotay {

std::unique_ptr<Database> CliCommand::openWard(CliContext &ctx, bool readOnly)
{
    auto r =
        Database::open(ctx.dbPath, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!r) {
        ctx.err << r.error() << Qt::endl;
        return nullptr;
    }
    if (!readOnly && !r.value()->heldBy().isEmpty()) {
        ctx.err
            << tr("The ward file is in use by %1; nothing was written.").arg(r.value()->heldBy())
            << Qt::endl;
        return nullptr;
    }
    return r.take();
}

int CliCommand::usageError(CliContext &ctx, const QString &message) const
{
    ctx.err << message << Qt::endl
            << QStringLiteral("sotay06-cli --db FILE ") << usage() << Qt::endl;
    return ExitUsage;
}

int CliCommand::recordDisclosure(CliContext &ctx, Database &db, const QString &kind,
                                 const QString &scope, const QString &file)
{
    if (Status s = AuditLog(db).recordDisclosure(kind, scope, file); !s) {
        ctx.err << s.error() << Qt::endl;
        return ExitDatabase;
    }
    return ExitOk;
}

CliCommand::Parsed CliCommand::parse(const QStringList &args, const QStringList &valueOptions,
                                     const QStringList &flagOptions)
{
    Parsed p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            QString key = a.mid(2);
            QString value;
            const qsizetype eq = key.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = key.mid(eq + 1);
                key = key.left(eq);
                if (valueOptions.contains(key)) {
                    p.options.insert(key, value);
                    continue;
                }
            }
            if (flagOptions.contains(key) && eq < 0) {
                p.flags << key;
            } else if (valueOptions.contains(key)) {
                if (i + 1 >= args.size()) {
                    p.error = tr("The option --%1 needs a value.").arg(key);
                    return p;
                }
                p.options.insert(key, args.at(++i));
            } else {
                p.error = tr("Unknown option %1.").arg(a);
                return p;
            }
        } else {
            p.positional << a;
        }
    }
    return p;
}

} // namespace sotay
