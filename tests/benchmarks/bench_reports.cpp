// Benchmarks of the printed documents (docs/BENCHMARKS.md, "Reports").
//   sotay06-cli --db big.sotay06 init --ward "Phường Phước Tiến"
//   sotay06-cli --db big.sotay06 sample --residents 300000 --seed 6
//   build/tests/benchmarks/bench_reports big.sotay06 2026-11-26 ["Tổ dân phố 198"]
// Prints the time of each step: the weekly report's figures, its PDF, and the checklist of
// the given group (default: the group with most residents) to PDF.
#include "Clock.h"
#include "reports/Checklist.h"
#include "reports/ChecklistDocument.h"
#include "reports/WeeklyReportCsv.h"
#include "reports/WeeklyReportDocument.h"
#include "storage/Database.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

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
    const auto lap = [&](const char *what) {
        out << QString::fromLatin1(what).leftJustified(44) << t.nsecsElapsed() / 1e6 << " ms"
            << Qt::endl;
        t.restart();
    };

    t.start();
    auto figures = WeeklyFigures::compute(*db, thursday);
    lap("weekly: figures (whole ward)");
    WeeklyReportCsv::write(figures.value(), dir.filePath(QStringLiteral("w.csv")));
    lap("weekly: CSV written");
    auto input = WeeklyReportDocument::load(*db, thursday);
    lap("weekly: load (figures + ward + phases)");
    auto doc = WeeklyReportDocument::document(input.value());
    lap("weekly: QTextDocument from HTML");
    auto pages =
        WeeklyReportDocument::writePdf(input.value(), dir.filePath(QStringLiteral("w.pdf")));
    lap("weekly: PDF (layout + paint + write)");
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
    auto cdoc = ChecklistDocument::document(list.value());
    lap("checklist: QTextDocument from HTML");
    {
        QPdfWriter w(dir.filePath(QStringLiteral("probe.pdf")));
        w.setResolution(300);
        w.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        cdoc->documentLayout()->setPaintDevice(&w);
        cdoc->setPageSize(QSizeF(w.width() * 0.9, w.height() * 0.85));
        t.restart();
        out << "  probe pages " << cdoc->pageCount() << Qt::endl;
        lap("checklist: layout only (pageCount)");
    }
    t.restart();
    auto cpages = ChecklistDocument::writePdf(list.value(), dir.filePath(QStringLiteral("c.pdf")));
    lap("checklist: PDF (build + layout + paint + write)");
    out << "  checklist pages: " << cpages.value() << Qt::endl;
    return 0;
}
