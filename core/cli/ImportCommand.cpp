#include "cli/ImportCommand.h"

#include "Clock.h"
#include "csv/CsvImporter.h"
#include "csv/ImportKinds.h"
#include "rules/DateText.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace sotay {

QString ImportCommand::usage() const
{
    return QStringLiteral("import residents|statuses|targets FILE.csv [--dry-run] [--valid-only] "
                          "[--as-of YYYY-MM-DD]");
}

void ImportCommand::print(const ImportSummary &s, bool dryRun, bool validOnly, QTextStream &out)
{
    out << tr("File: %1").arg(s.fileName) << Qt::endl;
    out << tr("Encoding: %1; separator: %2").arg(s.encoding, s.separator) << Qt::endl;
    out << tr("Added: %1; updated: %2; unchanged: %3; rejected: %4; warnings: %5")
               .arg(s.added)
               .arg(s.updated)
               .arg(s.unchanged)
               .arg(s.rejectedCount)
               .arg(s.warningCount)
        << Qt::endl;
    for (const RejectedRow &r : s.rejected)
        out << r.text() << Qt::endl;
    if (s.rejectedCount > s.rejected.size())
        out << tr("… and %1 more rejected rows.").arg(s.rejectedCount - s.rejected.size())
            << Qt::endl;
    for (const QString &w : s.warnings)
        out << tr("Warning, line %1").arg(w) << Qt::endl;
    if (s.warningCount > s.warnings.size())
        out << tr("… and %1 more warnings.").arg(s.warningCount - s.warnings.size()) << Qt::endl;
    if (s.cancelled)
        out << tr("Cancelled: nothing was written.") << Qt::endl;
    else if (dryRun)
        out << tr("Dry run: nothing was written.") << Qt::endl;
    else if (s.written)
        out << tr("Saved to the ward file.") << Qt::endl;
    else if (s.rejectedCount > 0 && !validOnly)
        out << tr("Nothing was written because rows were rejected. Fix them, or import only the "
                  "valid "
                  "rows with --valid-only.")
            << Qt::endl;
}

int ImportCommand::run(CliContext &ctx)
{
    const Parsed p = parse(ctx.args, {QStringLiteral("as-of")},
                           {QStringLiteral("dry-run"), QStringLiteral("valid-only")});
    const auto kind =
        p.positional.isEmpty() ? std::nullopt : ImportKinds::fromWord(p.positional.first());
    if (!p.error.isEmpty() || p.positional.size() != 2 || !kind) {
        return usageError(
            ctx, (p.error.isEmpty()
                      ? tr("import needs a kind (residents, statuses or targets) and a file.")
                      : p.error));
    }
    ImportOptions options;
    options.dryRun = p.flags.contains(QStringLiteral("dry-run"));
    options.validOnly = p.flags.contains(QStringLiteral("valid-only"));
    if (p.options.contains(QStringLiteral("as-of"))) {
        const QString text = p.options.value(QStringLiteral("as-of"));
        options.asOf = DateText::parse(text);
        if (!options.asOf.isValid()) {
            ctx.err << tr("--as-of needs a date YYYY-MM-DD, not “%1”.").arg(text) << Qt::endl;
            return ExitUsage;
        }
        if (options.asOf > Clock::today()) {
            ctx.err
                << tr("--as-of %1 is after today; an import can only be dated today or earlier.")
                       .arg(DateText::format(options.asOf))
                << Qt::endl;
            return ExitUsage;
        }
    }
    const QString file = p.positional.at(1);
    if (!QFileInfo(file).isFile()) {
        ctx.err << tr("The file %1 does not exist.").arg(file) << Qt::endl;
        return ExitRefused;
    }
    auto db = openWard(ctx);
    if (!db)
        return ExitDatabase;
    auto importer = ImportKinds::importer(*kind, *db);
    const ImportSummary s = importer->run(file, options);
    if (!s.refusal.isEmpty()) {
        ctx.err << tr("The file %1 was refused: %2").arg(QFileInfo(file).fileName(), s.refusal)
                << Qt::endl;
        return ExitRefused;
    }
    if (!s.databaseError.isEmpty()) {
        ctx.err << tr("The ward file could not be written: %1").arg(s.databaseError) << Qt::endl;
        return ExitDatabase;
    }
    print(s, options.dryRun, options.validOnly, ctx.out);
    return s.exitCode(options.validOnly);
}

} // namespace sotay
