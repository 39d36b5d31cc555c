#include "cli/SampleCommand.h"

#include "sample/SampleWard.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace sotay {

QString SampleCommand::usage() const
{
    return QStringLiteral("sample --residents N [--seed S] [--groups-word \"Thôn\"]");
}

int SampleCommand::run(CliContext &ctx)
{
    const Parsed p = parse(
        ctx.args,
        {QStringLiteral("residents"), QStringLiteral("seed"), QStringLiteral("groups-word")}, {});
    bool okN = false, okSeed = true;
    const int residents = p.options.value(QStringLiteral("residents")).toInt(&okN);
    const quint64 seed = p.options.contains(QStringLiteral("seed"))
                             ? p.options.value(QStringLiteral("seed")).toULongLong(&okSeed)
                             : 6;
    if (!p.error.isEmpty() || !p.positional.isEmpty() || !okN || residents < 1 ||
        residents > 2000000 || !okSeed) {
        return usageError(ctx,
                          (p.error.isEmpty()
                               ? tr("sample needs --residents N (1 to 2,000,000) and an optional "
                                    "numeric --seed.")
                               : p.error));
    }
    const bool exists = QFileInfo::exists(ctx.dbPath);
    auto opened =
        Database::open(ctx.dbPath, exists ? Database::Mode::ReadWrite : Database::Mode::Create);
    if (!opened) {
        ctx.err << opened.error() << Qt::endl;
        return ExitDatabase;
    }
    auto db = opened.take();
    if (db->isReadOnly()) {
        ctx.err
            << (db->heldBy().isEmpty()
                    ? tr("The ward file is open read-only; nothing was written.")
                    : tr("The ward file is in use by %1; nothing was written.").arg(db->heldBy()))
            << Qt::endl;
        return ExitDatabase;
    }
    SampleWard::Options o;
    o.residents = residents;
    o.seed = seed;
    if (p.options.contains(QStringLiteral("groups-word")))
        o.groupWord = p.options.value(QStringLiteral("groups-word"));
    QElapsedTimer timer;
    timer.start();
    const auto made = SampleWard::fill(*db, o);
    if (!made) {
        ctx.err << made.error() << Qt::endl;
        return ExitRefused;
    }
    const auto &s = made.value();
    ctx.out << tr("Sample ward made in %1 s: %2 residents in %3 households, %4 groups, %5 teams, "
                  "%6 visits.")
                   .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
                   .arg(s.residents)
                   .arg(s.households)
                   .arg(s.groups)
                   .arg(s.teams)
                   .arg(s.visits)
            << Qt::endl;
    return ExitOk;
}

} // namespace sotay
