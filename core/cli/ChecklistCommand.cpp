#include "cli/ChecklistCommand.h"

#include "Clock.h"
#include "reports/Checklist.h"
#include "reports/ChecklistDocument.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace sotay {

QString ChecklistCommand::usage() const
{
    return QStringLiteral("checklist --group NAME [--team NAME] --pdf OUT.pdf");
}

int ChecklistCommand::run(CliContext &ctx)
{
    const Parsed p = parse(
        ctx.args, {QStringLiteral("group"), QStringLiteral("team"), QStringLiteral("pdf")}, {});
    if (!p.error.isEmpty())
        return usageError(ctx, p.error);
    if (!p.positional.isEmpty())
        return usageError(ctx, tr("Unexpected argument “%1”.").arg(p.positional.first()));
    const QString group = p.options.value(QStringLiteral("group"));
    const QString team = p.options.value(QStringLiteral("team"));
    const QString pdf = p.options.value(QStringLiteral("pdf"));
    if (group.trimmed().isEmpty())
        return usageError(ctx, tr("checklist needs --group NAME."));
    if (pdf.isEmpty())
        return usageError(ctx, tr("checklist needs --pdf OUT.pdf."));

    auto db = openWard(ctx);
    if (!db)
        return ExitDatabase;
    const QDate today = Clock::today();
    auto list = Checklist::load(*db, group, team, today);
    if (!list) {
        ctx.err << list.error() << Qt::endl;
        return ExitRefused;
    }
    auto pages = ChecklistDocument::writePdf(list.value(), pdf);
    if (!pages) {
        ctx.err << pages.error() << Qt::endl;
        return ExitRefused;
    }
    const QString absolute = QFileInfo(pdf).absoluteFilePath();
    const Checklist &c = list.value();
    const QString scope = c.team.isEmpty() ? c.group : c.group + QStringLiteral(" / ") + c.team;
    if (int rc = recordDisclosure(ctx, *db, QStringLiteral("checklist"), scope, absolute))
        return rc;
    ctx.out << tr("Wrote the checklist of %1 (%2 households, %3 residents, %4 pages) to %5.")
                   .arg(scope)
                   .arg(c.homes.size())
                   .arg(c.personCount())
                   .arg(pages.value())
                   .arg(absolute)
            << Qt::endl;
    return ExitOk;
}

} // namespace sotay
