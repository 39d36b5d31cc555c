// Opens a ward file and counts residents per residential group (GroupSummary), as the window
// does on start. Usage: bench_WardOpen WARD.sotay06 [runs]
// Prints the time of each step; the first run is the cold one (the file just written may
// still be in the page cache, so "cold" means a fresh connection, not a cold disk).
#include "Clock.h"
#include "storage/Database.h"
#include "storage/GroupSummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

using namespace sotay;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_WardOpen WARD.sotay06 [runs]" << Qt::endl;
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    out << "file " << QFileInfo(path).size() / (1024.0 * 1024.0) << " MiB" << Qt::endl;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db) {
            out << db.error() << Qt::endl;
            return 3;
        }
        const qint64 openMs = t.elapsed();
        const auto groups = GroupSummary::load(*db.value(), Clock::today());
        const qint64 totalMs = t.elapsed();
        qint64 residents = 0, households = 0, eligible = 0, activated = 0;
        for (const auto &g : groups) {
            residents += g.residents;
            households += g.households;
            eligible += g.eligible;
            activated += g.activated;
        }
        out << "run " << run + 1 << ": open " << openMs << " ms, GroupSummary " << totalMs - openMs
            << " ms, total " << totalMs << " ms — " << groups.size() << " groups, " << households
            << " households, " << residents << " residents, " << eligible << " aged 14+, "
            << activated << " activated" << Qt::endl;
    }
    return 0;
}
