// Computes the dashboard figures (DashboardFigures: one aggregate pass over the status
// history, plus the waiting list) as of a day, as the Dashboard tab does off the GUI thread.
// Usage: bench_DashboardFigures WARD.sotay06 [yyyy-mm-dd] [runs]
#include "Clock.h"
#include "dashboard/DashboardFigures.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace sotay;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_DashboardFigures WARD.sotay06 [yyyy-mm-dd] [runs]" << Qt::endl;
        return 2;
    }
    const QDate asOf =
        args.size() > 2 ? QDate::fromString(args.at(2), Qt::ISODate) : Clock::today();
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 3;
    auto db = Database::open(args.at(1), Database::Mode::ReadOnly);
    if (!db) {
        out << db.error() << Qt::endl;
        return 3;
    }
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const auto f = DashboardFigures::compute(*db.value(), asOf);
        const qint64 ms = t.elapsed();
        if (!f) {
            out << f.error() << Qt::endl;
            return 4;
        }
        out << "run " << run + 1 << ": " << ms << " ms — as of " << asOf.toString(Qt::ISODate)
            << ": " << f.value().eligible << " eligible, " << f.value().activated << " activated, "
            << f.value().groups.size() << " groups, " << f.value().teams.size() << " teams, "
            << f.value().daily.size() << " days, " << f.value().waiting.size() << " waiting"
            << Qt::endl;
    }
    return 0;
}
