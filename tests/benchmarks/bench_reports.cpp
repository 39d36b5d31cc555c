// Benchmarks of the printed documents (docs/BENCHMARKS.md, "Reports").
//   sotay06-cli --db big.sotay06 init --ward "Phường Phước Tiến"
//   sotay06-cli --db big.sotay06 sample --residents 300000 --seed 6
//   build/tests/benchmarks/bench_reports big.sotay06 2026-11-26 ["Tổ dân phố 198"]
// BENCH_KEEP_DIR=dir keeps the two PDFs there to look at.
// Prints the time of each step: the weekly report's figures, its PDF, and the checklist of
// the given group (default: the group with most residents) to PDF.
#include "Clock.h"
#include "reports/Checklist.h"
#include "reports/ChecklistDocument.h"
#include "reports/ResidentStateQuery.h"
#include "reports/WeeklyReportCsv.h"
#include "reports/WeeklyReportDocument.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

#include <cstdio>

using namespace sotay;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 3) {
        out << "usage: bench_reports WARD.sotay06 THURSDAY [GROUP]" << Qt::endl;
        return 2;
    }
    auto opened = Database::open(args.at(1), Database::Mode::ReadWrite);
    if (!opened) {
        out << opened.error() << Qt::endl;
        return 3;
    }
    auto db = opened.take();
    const QDate thursday = QDate::fromString(args.at(2), Qt::ISODate);
    QTemporaryDir dir;
    QElapsedTimer t;
    std::clock_t cpu = std::clock();
    const auto lap = [&](const char *what) {
        const std::clock_t now = std::clock();
        out << QString::fromLatin1(what).leftJustified(48) << t.nsecsElapsed() / 1e6 << " ms wall, "
            << (now - cpu) * 1000.0 / CLOCKS_PER_SEC << " ms CPU" << Qt::endl;
        t.restart();
        cpu = std::clock();
    };

    t.start();
    {
        // The whole history replayed, as before the cached fast path (for comparison).
        const ResidentStateQuery state(thursday.addDays(-1), 0,
                                       ResidentStateQuery::Source::History);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("WITH ") + state.sql() +
                  QStringLiteral("SELECT group_id, team_id, aged14, excluded, l1, l2, count(*) "
                                 "FROM state GROUP BY 1, 2, 3, 4, 5, 6"));
        state.bind(q);
        q.exec();
        while (q.next()) {
        }
    }
    lap("weekly: state replayed from all history");
    auto figures = WeeklyFigures::compute(*db, thursday);
    lap("weekly: figures (whole ward)");
    WeeklyReportCsv::write(figures.value(), dir.filePath(QStringLiteral("w.csv")));
    lap("weekly: CSV written");
    auto input = WeeklyReportDocument::load(*db, thursday);
    lap("weekly: load (figures + ward + phases)");
    auto pages =
        WeeklyReportDocument::writePdf(input.value(), dir.filePath(QStringLiteral("w.pdf")));
    lap("weekly: PDF (build + layout + paint + write)");
    out << "  weekly pages: " << pages.value() << Qt::endl;

    QString group = args.value(3);
    if (group.isEmpty()) {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral(
            "SELECT g.name FROM resident r JOIN household h ON h.id = r.household_id "
            "JOIN res_group g ON g.id = h.group_id GROUP BY g.id ORDER BY count(*) DESC LIMIT 1"));
        q.next();
        group = q.value(0).toString();
    }
    t.restart();
    auto list = Checklist::load(*db, group, {}, Clock::today());
    lap("checklist: load (largest group)");
    out << "  households " << list.value().homes.size() << ", residents listed "
        << list.value().personCount() << Qt::endl;
    t.restart();
    auto cpages = ChecklistDocument::writePdf(list.value(), dir.filePath(QStringLiteral("c.pdf")));
    lap("checklist: PDF (build + layout + paint + write)");
    out << "  checklist pages: " << cpages.value() << Qt::endl;
    if (const QString keep = qEnvironmentVariable("BENCH_KEEP_DIR"); !keep.isEmpty()) {
        QFile::copy(dir.filePath(QStringLiteral("w.pdf")), keep + QStringLiteral("/weekly.pdf"));
        QFile::copy(dir.filePath(QStringLiteral("c.pdf")), keep + QStringLiteral("/checklist.pdf"));
    }
    return 0;
}
