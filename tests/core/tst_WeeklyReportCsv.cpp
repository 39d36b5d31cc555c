#include "Clock.h"
#include "WeeklyReportWard.h"
#include "reports/WeeklyFigures.h"
#include "reports/WeeklyReportCsv.h"

#include <QFile>
#include <QTest>

using namespace sotay;
using sotay::testing::WeeklyReportWard;

class TestWeeklyReportCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Clock::setFixedToday(QDate(2026, 12, 31)); }
    void cleanup() { Clock::setFixedToday({}); }

    void handComputedWard()
    {
        WeeklyReportWard w;
        auto f = WeeklyFigures::compute(*w.db, WeeklyReportWard::reportDate());
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QByteArray csv = WeeklyReportCsv::bytes(f.value());
        // Line by line first, for a readable failure, then the bytes.
        const QList<QByteArray> got = csv.split('\n');
        const QList<QByteArray> want = WeeklyReportWard::expectedCsv().split('\n');
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QCOMPARE(QString::fromUtf8(got.at(i)), QString::fromUtf8(want.at(i)));
        QCOMPARE(csv, WeeklyReportWard::expectedCsv());
    }

    void sameBytesAfterLaterChanges()
    {
        WeeklyReportWard w;
        w.changeAfterwards();
        auto f = WeeklyFigures::compute(*w.db, WeeklyReportWard::reportDate());
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(WeeklyReportCsv::bytes(f.value()), WeeklyReportWard::expectedCsv());
        // …while the next week sees them.
        auto next = WeeklyFigures::compute(*w.db, WeeklyReportWard::reportDate().addDays(7));
        QVERIFY(next.ok());
        QVERIFY(WeeklyReportCsv::bytes(next.value()) != WeeklyReportWard::expectedCsv());
        QCOMPARE(next.value().total.residents, qint64(13));
        QCOMPARE(next.value().total.excluded, qint64(3)); // Phúc, Giang (from D) and An (1/12)
    }

    void cellsQuoteAndGuardFormulas()
    {
        FigureRow r;
        r.name = QStringLiteral("=Tổ 1, \"A\"");
        r.residents = 3;
        const QStringList cells = WeeklyReportCsv::cells(r);
        QCOMPARE(cells.size(), WeeklyReportCsv::header().size());
        QCOMPARE(cells.at(8), QString());  // 0/0
        QCOMPARE(cells.at(13), QString()); // no target
        QCOMPARE(cells.at(14), QString());
        WeeklyFigures f;
        f.groups << r;
        f.total.name = QStringLiteral("Tổng cộng");
        const QByteArray bytes = WeeklyReportCsv::bytes(f);
        QVERIFY(bytes.contains(QStringLiteral("\"'=Tổ 1, \"\"A\"\"\",3,0,").toUtf8()));
    }

    void targetRatesRoundHalfAwayFromZero()
    {
        FigureRow r;
        r.level1 = 1;
        r.eligible = 16; // 6.25 %
        r.hasTarget = true;
        r.target = 8; // 12.5 %
        const QStringList cells = WeeklyReportCsv::cells(r);
        QCOMPARE(cells.at(8), QStringLiteral("6.3"));
        QCOMPARE(cells.at(13), QStringLiteral("8"));
        QCOMPARE(cells.at(14), QStringLiteral("12.5"));
        r.target = 0;
        QCOMPARE(WeeklyReportCsv::cells(r).at(14), QString());
    }

    void writesThroughSaveFile()
    {
        WeeklyReportWard w;
        auto f = WeeklyFigures::compute(*w.db, WeeklyReportWard::reportDate());
        QVERIFY(f.ok());
        const QString path = w.dir.filePath(QStringLiteral("bao-cao.csv"));
        QVERIFY(WeeklyReportCsv::write(f.value(), path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), WeeklyReportWard::expectedCsv());
        QVERIFY(
            !WeeklyReportCsv::write(f.value(), w.dir.filePath(QStringLiteral("no/such/dir/x.csv")))
                 .ok());
    }
};

QTEST_GUILESS_MAIN(TestWeeklyReportCsv)
#include "tst_WeeklyReportCsv.moc"
