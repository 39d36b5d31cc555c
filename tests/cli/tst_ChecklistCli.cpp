// `sotay06-cli checklist` through the real binary (cli.md, reports.md "Danh sách rà soát").
#include "../core/ChecklistWard.h"
#include "Clock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace sotay;
using sotay::testing::ChecklistWard;

namespace {

int cli(const QStringList &args, QString *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOTAY06_TODAY"), ChecklistWard::day().toString(Qt::ISODate));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SOTAY06_CLI), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestChecklistCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Clock::setFixedToday(ChecklistWard::day()); }
    void cleanup() { Clock::setFixedToday({}); }

    void groupPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ChecklistWard w;
        w.close(); // the CLI writes only to a ward nobody else holds
        const QString db = w.dir.filePath(QStringLiteral("ward.sotay06"));
        const QString out = w.dir.filePath(QStringLiteral("ra-soat.pdf"));
        QString err;
        QCOMPARE(
            cli({QStringLiteral("--db"), db, QStringLiteral("checklist"), QStringLiteral("--group"),
                 QStringLiteral("Tổ dân phố 5"), QStringLiteral("--pdf"), out},
                &err),
            0);
        if (const QString keep = qEnvironmentVariable("SOTAY06_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(out, keep);
        const QString text = pdfText(out);
        for (const QString &s :
             {QStringLiteral("DANH SÁCH RÀ SOÁT"), QStringLiteral("UBND PHƯỜNG PHƯỚC TIẾN"),
              QStringLiteral("Tổ dân phố 5"), QStringLiteral("26/11/2026"),
              QStringLiteral("Trang 1/1"), QStringLiteral("Trần Văn Hai Bảy"),
              QStringLiteral("3456"), QStringLiteral("0912***678"), QStringLiteral("tại Công an"),
              QStringLiteral("Hẹn lại"), QStringLiteral("TỔ TRƯỞNG TỔ CÔNG TÁC")})
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(!text.contains(QStringLiteral("001080123456")));
        QVERIFY(!text.contains(QStringLiteral("0912345678"))); // phones masked too
        QVERIFY(!text.contains(QStringLiteral("Hồ Thị Chờ")));
        QVERIFY(text.indexOf(QStringLiteral("Số 9 phố Huế")) <
                text.indexOf(QStringLiteral("Số 27 phố Huế")));

        w.reopen();
        QSqlQuery q(w.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT document, scope, target FROM disclosure_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("checklist"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Tổ dân phố 5"));
        QVERIFY(q.value(2).toString().endsWith(QStringLiteral("ra-soat.pdf")));
    }

    void teamPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ChecklistWard w;
        w.close(); // the CLI writes only to a ward nobody else holds
        const QString out = w.dir.filePath(QStringLiteral("b.pdf"));
        QCOMPARE(cli({QStringLiteral("--db"), w.dir.filePath(QStringLiteral("ward.sotay06")),
                      QStringLiteral("checklist"), QStringLiteral("--group=Tổ dân phố 5"),
                      QStringLiteral("--team"), QStringLiteral("Tổ công tác B"),
                      QStringLiteral("--pdf"), out}),
                 0);
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Tổ công tác B")));
        QVERIFY(text.contains(QStringLiteral("Hồ Văn Rể")));
        QVERIFY(!text.contains(QStringLiteral("Trần Văn Hai Bảy")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no group") << QStringList{"--pdf", "OUT"} << 2;
        QTest::newRow("no pdf") << QStringList{"--group", "Tổ dân phố 5"} << 2;
        QTest::newRow("stray word")
            << QStringList{"weekly", "--group", "Tổ dân phố 5", "--pdf", "OUT"} << 2;
        QTest::newRow("unknown group")
            << QStringList{"--group", "Tổ dân phố 99", "--pdf", "OUT"} << 1;
        QTest::newRow("unknown team")
            << QStringList{"--group", "Tổ dân phố 5", "--team", "X", "--pdf", "OUT"} << 1;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        ChecklistWard w;
        w.close(); // the CLI writes only to a ward nobody else holds
        const QString out = w.dir.filePath(QStringLiteral("x.pdf"));
        args.replaceInStrings(QStringLiteral("OUT"), out);
        QCOMPARE(
            cli(QStringList{QStringLiteral("--db"), w.dir.filePath(QStringLiteral("ward.sotay06")),
                            QStringLiteral("checklist")} +
                args),
            exitCode);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestChecklistCli)
#include "tst_ChecklistCli.moc"
