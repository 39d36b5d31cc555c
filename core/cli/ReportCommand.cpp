#include "cli/ReportCommand.h"

#include "reports/WeeklyFigures.h"
#include "reports/WeeklyReportCsv.h"
#include "reports/WeeklyReportDocument.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace sotay {

QString ReportCommand::usage() const
{
    return QStringLiteral("report weekly --date YYYY-MM-DD (--csv OUT.csv | --pdf OUT.pdf)");
}

int ReportCommand::run(CliContext &ctx)
{
    const Parsed p =
        parse(ctx.args, {QStringLiteral("date"), QStringLiteral("csv"), QStringLiteral("pdf")}, {});
    if (!p.error.isEmpty())
        return usageError(ctx, p.error);
    if (p.positional != QStringList{QStringLiteral("weekly")})
        return usageError(ctx, tr("Only the weekly report exists: report weekly …"));
    const QString csv = p.options.value(QStringLiteral("csv"));
    const QString pdf = p.options.value(QStringLiteral("pdf"));
    if (csv.isEmpty() == pdf.isEmpty())
        return usageError(ctx, tr("Give exactly one of --csv OUT.csv and --pdf OUT.pdf."));
    if (!p.options.contains(QStringLiteral("date")))
        return usageError(ctx, tr("report weekly needs --date YYYY-MM-DD (a Thursday)."));
    const QDate date = QDate::fromString(p.options.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return usageError(ctx, tr("“%1” is not a date of the form YYYY-MM-DD.")
                                   .arg(p.options.value(QStringLiteral("date"))));
    if (!WeeklyFigures::isThursday(date)) {
        ctx.err << WeeklyFigures::notThursdayMessage(date) << Qt::endl;
        return ExitUsage;
    }

    auto db = openWard(ctx);
    if (!db)
        return ExitDatabase;
    const QString out = csv.isEmpty() ? pdf : csv;
    if (!csv.isEmpty()) {
        auto figures = WeeklyFigures::compute(*db, date);
        if (!figures) {
            ctx.err << figures.error() << Qt::endl;
            return ExitDatabase;
        }
        if (Status s = WeeklyReportCsv::write(figures.value(), csv); !s) {
            ctx.err << s.error() << Qt::endl;
            return ExitRefused;
        }
    } else {
        auto input = WeeklyReportDocument::load(*db, date);
        if (!input) {
            ctx.err << input.error() << Qt::endl;
            return ExitDatabase;
        }
        auto pages = WeeklyReportDocument::writePdf(input.value(), pdf);
        if (!pages) {
            ctx.err << pages.error() << Qt::endl;
            return ExitRefused;
        }
    }
    const QString absolute = QFileInfo(out).absoluteFilePath();
    const QString scope = date.toString(Qt::ISODate) +
                          (csv.isEmpty() ? QStringLiteral(" pdf") : QStringLiteral(" csv"));
    if (int rc = recordDisclosure(ctx, *db, QStringLiteral("weekly_report"), scope, absolute))
        return rc;
    ctx.out << tr("Wrote the weekly report of %1 to %2.")
                   .arg(date.toString(QStringLiteral("dd/MM/yyyy")), absolute)
            << Qt::endl;
    return ExitOk;
}

} // namespace sotay
