#include "cli/InitCommand.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/WardStore.h"

#include <QFileInfo>

namespace sotay {

QString InitCommand::usage() const
{
    return QStringLiteral(
        "init --ward NAME [--unit UNIT] [--province PROVINCE] [--upper-unit UNIT] "
        "[--signer NAME] [--signer-title TITLE]");
}

int InitCommand::run(CliContext &ctx)
{
    const Parsed p = parse(ctx.args,
                           {QStringLiteral("ward"), QStringLiteral("unit"),
                            QStringLiteral("province"), QStringLiteral("upper-unit"),
                            QStringLiteral("signer"), QStringLiteral("signer-title")},
                           {});
    if (!p.error.isEmpty() || !p.positional.isEmpty() ||
        !p.options.contains(QStringLiteral("ward"))) {
        return usageError(ctx, (p.error.isEmpty() ? tr("init needs --ward NAME.") : p.error));
    }
    auto opened = Database::open(ctx.dbPath, Database::Mode::Create);
    if (!opened) {
        ctx.err << opened.error() << Qt::endl;
        return ExitDatabase;
    }
    auto db = opened.take();
    WardInfo w;
    w.name = p.options.value(QStringLiteral("ward"));
    w.unit = p.options.value(QStringLiteral("unit"));
    if (w.unit.isEmpty())
        w.unit = QStringLiteral("UBND ") + w.name.left(1).toLower() + w.name.mid(1);
    w.province = p.options.value(QStringLiteral("province"));
    w.upperUnit = p.options.value(QStringLiteral("upper-unit"));
    if (w.upperUnit.isEmpty() && !w.province.isEmpty())
        w.upperUnit = QStringLiteral("Công an tỉnh ") + w.province;
    w.signerName = p.options.value(QStringLiteral("signer"));
    w.signerTitle = p.options.value(QStringLiteral("signer-title"), QStringLiteral("TỔ TRƯỞNG"));
    Transaction tx(*db);
    Status s = WardStore(*db).saveWard(w);
    if (s)
        s = AuditLog(*db).record(QStringLiteral("ward.create"), QStringLiteral("ward"), 1, {},
                                 w.name);
    if (s)
        s = tx.commit();
    if (!s) {
        ctx.err << s.error() << Qt::endl;
        return s.error().isEmpty() ? ExitDatabase : ExitRefused;
    }
    ctx.out << tr("Created the ward file %1 for %2.")
                   .arg(QFileInfo(ctx.dbPath).absoluteFilePath(), w.name)
            << Qt::endl;
    return ExitOk;
}

} // namespace sotay
