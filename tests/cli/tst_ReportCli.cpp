// `sotay06-cli report weekly` through the real binary (cli.md, reports.md, interchange.md kind 4).
#include "../core/WeeklyReportWard.h"
#include "Clock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include "CliProcess.h"

using namespace sotay;
using sotay::testing::WeeklyReportWard;

namespace {

using Run = sotay::testing::CliRun;

Run cli(const QStringList &args)
{
    return sotay::testing::runCli(args, QDate(2026, 12, 31));
}

QByteArray readAll(const QString &path)
{
    return sotay::testing::readFile(path);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Clock::setFixedToday(QDate(2026, 12, 31)); }
    void cleanup() { Clock::setFixedToday({}); }

    void weeklyCsvIsKind4()
    {
        WeeklyReportWard w;
        const QString db = w.dir.filePath(QStringLiteral("ward.sotay06"));
        const QString out = w.dir.filePath(QStringLiteral("tuan.csv"));
        w.close();
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("report"),
                           QStringLiteral("weekly"), QStringLiteral("--date"),
                           QStringLiteral("2026-11-26"), QStringLiteral("--csv"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(out), WeeklyReportWard::expectedCsv());

        // Printed again after later changes: the same bytes.
        w.reopen();
        w.changeAfterwards();
        w.close();
        const QString again = w.dir.filePath(QStringLiteral("tuan-lai.csv"));
        QCOMPARE(
            cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("weekly"),
                 QStringLiteral("--date=2026-11-26"), QStringLiteral("--csv"), again})
                .exitCode,
            0);
        QCOMPARE(readAll(again), WeeklyReportWard::expectedCsv());

        // Each output is in the disclosure record.
        w.reopen();
        QSqlQuery q(w.db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT document, scope, target FROM disclosure_log ORDER BY id")));
        QStringList targets;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), QStringLiteral("weekly_report"));
            QVERIFY(q.value(1).toString().contains(QStringLiteral("2026-11-26")));
            targets << q.value(2).toString();
        }
        QCOMPARE(targets.size(), 2);
        QVERIFY(targets.at(0).endsWith(QStringLiteral("tuan.csv")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("mentions");
        const QString o = QStringLiteral("OUT");
        QTest::newRow("Wednesday") << QStringList{"weekly", "--date", "2026-11-25", "--csv", o}
                                   << QStringList{"19/11/2026", "26/11/2026"};
        QTest::newRow("Friday") << QStringList{"weekly", "--date", "2026-11-27", "--pdf", o}
                                << QStringList{"26/11/2026", "03/12/2026"};
        QTest::newRow("no date") << QStringList{"weekly", "--csv", o} << QStringList{"--date"};
        QTest::newRow("bad date") << QStringList{"weekly", "--date", "26/11/2026", "--csv", o}
                                  << QStringList{"26/11/2026"};
        QTest::newRow("both outputs")
            << QStringList{"weekly", "--date", "2026-11-26", "--csv", o, "--pdf", o}
            << QStringList{"--csv", "--pdf"};
        QTest::newRow("no output")
            << QStringList{"weekly", "--date", "2026-11-26"} << QStringList{"--csv"};
        QTest::newRow("monthly") << QStringList{"monthly", "--date", "2026-11-26", "--csv", o}
                                 << QStringList{"weekly"};
        QTest::newRow("unknown option")
            << QStringList{"weekly", "--date", "2026-11-26", "--xls", o} << QStringList{"--xls"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, mentions);
        WeeklyReportWard w;
        const QString db = w.dir.filePath(QStringLiteral("ward.sotay06"));
        const QString out = w.dir.filePath(QStringLiteral("OUT"));
        args.replaceInStrings(QStringLiteral("OUT"), out);
        const Run r = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                      QStringLiteral("en"), QStringLiteral("report")} +
                          args);
        QCOMPARE(r.exitCode, 2);
        for (const QString &m : mentions)
            QVERIFY2(r.err.contains(m), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void missingDatabase()
    {
        QTemporaryDir dir;
        const Run r = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sotay06")),
                           QStringLiteral("report"), QStringLiteral("weekly"),
                           QStringLiteral("--date"), QStringLiteral("2026-11-26"),
                           QStringLiteral("--csv"), dir.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    }

    void weeklyPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        WeeklyReportWard w;
        const QString db = w.dir.filePath(QStringLiteral("ward.sotay06"));
        const QString out = w.dir.filePath(QStringLiteral("tuan.pdf"));
        w.close();
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("report"),
                           QStringLiteral("weekly"), QStringLiteral("--date"),
                           QStringLiteral("2026-11-26"), QStringLiteral("--pdf"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(out).startsWith("%PDF"));
        if (const QString keep = qEnvironmentVariable("SOTAY06_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(out, keep); // to look at the pages
        const QString text = pdfText(out);
        for (const QString &s :
             {QStringLiteral("UBND PHƯỜNG PHƯỚC TIẾN"), QStringLiteral("TỔ CÔNG TÁC ĐỀ ÁN 06"),
              QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
              QStringLiteral("Phước Tiến, ngày 26 tháng 11 năm 2026"), QStringLiteral("BÁO CÁO"),
              QStringLiteral("19/11/2026"), QStringLiteral("25/11/2026"),
              QStringLiteral("Tổ dân phố 10"), QStringLiteral("66,7"), QStringLiteral("133,3"),
              QStringLiteral("Nơi nhận"), QStringLiteral("Công an tỉnh Khánh Hòa"),
              QStringLiteral("TỔ TRƯỞNG"), QStringLiteral("Trần Thị Bích")})
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(!text.contains(QStringLiteral("66.7")));

        // Reprinted after later changes: the same text.
        w.reopen();
        w.changeAfterwards();
        w.close();
        const QString again = w.dir.filePath(QStringLiteral("tuan-lai.pdf"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("report"),
                      QStringLiteral("weekly"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-26"), QStringLiteral("--pdf"), again})
                     .exitCode,
                 0);
        QCOMPARE(pdfText(again), text);
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_ReportCli.moc"
