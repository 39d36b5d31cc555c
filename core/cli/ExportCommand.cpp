#include "cli/ExportCommand.h"

#include "csv/ResidentExporter.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace sotay {

QString ExportCommand::usage() const
{
    return QStringLiteral("export residents OUT.csv");
}

int ExportCommand::run(CliContext &ctx)
{
    const Parsed p = parse(ctx.args, {}, {});
    if (!p.error.isEmpty() || p.positional.size() != 2 ||
        p.positional.first() != QLatin1String("residents")) {
        return usageError(ctx, (p.error.isEmpty()
                                    ? tr("export needs the word residents and an output file.")
                                    : p.error));
    }
    auto db = openWard(ctx);
    if (!db)
        return ExitDatabase;
    const QString out = p.positional.at(1);
    auto written = ResidentExporter(*db).exportTo(out);
    if (!written) {
        ctx.err << written.error() << Qt::endl;
        return ExitRefused;
    }
    ctx.out << tr("Exported %1 residents to %2.")
                   .arg(written.value())
                   .arg(QFileInfo(out).absoluteFilePath())
            << Qt::endl;
    return ExitOk;
}

} // namespace sotay
