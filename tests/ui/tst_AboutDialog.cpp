#include "help/AboutDialog.h"

#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace sotay;

class tst_AboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheVersionTheCliPrints();
    void namesTheLicenceAndLibraries();
    void screenshot();
};

// One version for everything: the CMake project version, as sotay06-cli prints it.
void tst_AboutDialog::showsTheVersionTheCliPrints()
{
    QProcess cli;
    cli.start(QStringLiteral(SOTAY06_CLI), {QStringLiteral("--version")});
    QVERIFY(cli.waitForFinished(20000));
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
    QVERIFY2(printed.startsWith(QLatin1String("sotay06-cli ")), qPrintable(printed));
    const QString version = printed.mid(12);
    QVERIFY(!version.isEmpty());

    AboutDialog d;
    auto *label = d.findChild<QLabel *>(QStringLiteral("version"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Version ") + version);
}

void tst_AboutDialog::namesTheLicenceAndLibraries()
{
    AboutDialog d;
    auto *label = d.findChild<QLabel *>(QStringLiteral("licence"));
    QVERIFY(label);
    const QString text = label->text();
    QVERIFY(text.contains(QLatin1String("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()) +
                          QStringLiteral(" (Core")));
    QVERIFY(text.contains(QLatin1String("Qt Charts")));
    // The SQLite the program runs on, e.g. "SQLite 3.40.1 — public domain".
    static const QRegularExpression sqlite(
        QStringLiteral("SQLite 3\\.\\d+\\.\\d+ — public domain"));
    QVERIFY2(sqlite.match(text).hasMatch(), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("ICU")));
    QVERIFY(text.contains(QLatin1String("SIL Open Font License")));
}

// SOTAY06_SCREENSHOTS=$PWD/docs/images [SOTAY06_QM=vi.qm] ctest -R ui_AboutDialog refreshes the
// guide's screenshot.
void tst_AboutDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("SOTAY06_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set SOTAY06_SCREENSHOTS to a folder to save the screenshot");
    // SOTAY06_QM: a compiled Vietnamese translation, so the guide shows the program in Vietnamese.
    QTranslator vi;
    if (vi.load(qEnvironmentVariable("SOTAY06_QM")))
        QCoreApplication::installTranslator(&vi);
    AboutDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.grab().save(QDir(dir).filePath(QStringLiteral("about.png"))));
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_AboutDialog.moc"
