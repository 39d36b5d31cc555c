#include "welcome/DemoWardMaker.h"
#include "welcome/WelcomeDialog.h"

#include "storage/Database.h"
#include "storage/GroupSummary.h"
#include "storage/WardStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sotay;

class tst_WelcomeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void createIsEnabledByTheNameOnly();
    void emptyFieldsShowTheirDefaults();
    void createsTheWardInThePrivateDataFolder();
    void aSecondWardOfTheSameNameGetsItsOwnFile();
    void demoWardIsMadeWithTheCli();
    void demoWardThatCannotBeMadeLeavesNothing();
    void stoppingTheDemoRemovesTheHalfMadeFile();
    void screenshot();

private:
    static QLineEdit *field(WelcomeDialog &d, const char *name)
    {
        return d.findChild<QLineEdit *>(QLatin1String(name));
    }
    static QPushButton *button(WelcomeDialog &d, const char *name)
    {
        return d.findChild<QPushButton *>(QLatin1String(name));
    }
};

void tst_WelcomeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WelcomeDialog::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void tst_WelcomeDialog::createIsEnabledByTheNameOnly()
{
    WelcomeDialog d;
    QPushButton *create = button(d, "create");
    QVERIFY(create);
    QVERIFY(!create->isEnabled());
    field(d, "province")->setText(QStringLiteral("Khánh Hòa"));
    QVERIFY(!create->isEnabled());
    field(d, "name")->setText(QStringLiteral("   "));
    QVERIFY(!create->isEnabled());
    field(d, "name")->setText(QStringLiteral("Xã Cam Hải Đông"));
    QVERIFY(create->isEnabled());
}

void tst_WelcomeDialog::emptyFieldsShowTheirDefaults()
{
    WelcomeDialog d;
    field(d, "name")->setText(QStringLiteral("Phường Phước Tiến"));
    field(d, "province")->setText(QStringLiteral("Khánh Hòa"));
    QCOMPARE(field(d, "unit")->placeholderText(), QStringLiteral("UBND phường Phước Tiến"));
    QCOMPARE(field(d, "upperUnit")->placeholderText(), QStringLiteral("Công an tỉnh Khánh Hòa"));
    QCOMPARE(field(d, "signerTitle")->placeholderText(), QStringLiteral("TỔ TRƯỞNG"));
}

void tst_WelcomeDialog::createsTheWardInThePrivateDataFolder()
{
    WelcomeDialog d;
    field(d, "name")->setText(QStringLiteral("Phường  Phước Tiến "));
    field(d, "province")->setText(QStringLiteral("Khánh Hòa"));
    field(d, "upperUnit")->setText(QStringLiteral("Ban Chỉ đạo Đề án 06 tỉnh Khánh Hòa"));
    field(d, "signer")->setText(QStringLiteral("Trần Thị Bích Ngọc"));
    field(d, "signerTitle")->setText(QStringLiteral("CHỦ TỊCH"));
    QTest::mouseClick(button(d, "create"), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(d.wardPath(), QDir(dir).filePath(QStringLiteral("phuong-phuoc-tien.sotay06")));
#ifdef Q_OS_UNIX
    // Owner, group and other bits (0x7077): rwx------.
    QCOMPARE(int(QFileInfo(dir).permissions() & 0x7077), 0x7000);
#endif
    auto db = Database::open(d.wardPath());
    QVERIFY2(db, qPrintable(db.error()));
    const auto ward = WardStore(*db.value()).ward();
    QVERIFY(ward);
    QCOMPARE(ward.value().name, QStringLiteral("Phường Phước Tiến"));
    QCOMPARE(ward.value().unit, QStringLiteral("UBND phường Phước Tiến"));
    QCOMPARE(ward.value().province, QStringLiteral("Khánh Hòa"));
    QCOMPARE(ward.value().upperUnit, QStringLiteral("Ban Chỉ đạo Đề án 06 tỉnh Khánh Hòa"));
    QCOMPARE(ward.value().signerName, QStringLiteral("Trần Thị Bích Ngọc"));
    QCOMPARE(ward.value().signerTitle, QStringLiteral("CHỦ TỊCH"));
    QCOMPARE(ward.value().place, QStringLiteral("Phước Tiến"));
}

void tst_WelcomeDialog::aSecondWardOfTheSameNameGetsItsOwnFile()
{
    QString first;
    for (int i = 0; i < 2; ++i) {
        WelcomeDialog d;
        field(d, "name")->setText(QStringLiteral("Xã Đông Hòa"));
        QVERIFY(d.createWard());
        if (i == 0) {
            first = d.wardPath();
            QVERIFY(first.endsWith(QLatin1String("/xa-dong-hoa.sotay06")));
        } else {
            QVERIFY(d.wardPath().endsWith(QLatin1String("/xa-dong-hoa-2.sotay06")));
        }
    }
    QVERIFY(QFileInfo::exists(first));
}

void tst_WelcomeDialog::demoWardIsMadeWithTheCli()
{
    WelcomeDialog d;
    d.demoMaker()->setCliProgram(QStringLiteral(SOTAY06_CLI));
    d.demoMaker()->setResidents(300);
    QSignalSpy done(d.demoMaker(), &DemoWardMaker::finished);
    QSignalSpy failed(d.demoMaker(), &DemoWardMaker::failed);
    QTest::mouseClick(button(d, "demo"), Qt::LeftButton);
    QVERIFY(d.demoMaker()->isRunning());
    QVERIFY(!button(d, "demo")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(done.size() + failed.size(), 1, 50000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(QFileInfo(d.wardPath()).fileName(), DemoWardMaker::fileName());
    auto db = Database::open(d.wardPath());
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(WardStore(*db.value()).ward().value().name, QStringLiteral("Phường Phước Tiến"));
    const QString warning = done.first().at(1).toString();
    if (warning.isEmpty()) {
        qint64 residents = 0;
        for (const GroupSummary &g : GroupSummary::load(*db.value(), QDate(2026, 1, 1)))
            residents += g.residents;
        QCOMPARE(residents, 300);
    } else {
        qWarning("sample is not available in this build: %s", qPrintable(warning));
    }

    // The second time the demo ward is opened as it is.
    WelcomeDialog again;
    again.demoMaker()->setCliProgram(QStringLiteral("/nonexistent/sotay06-cli"));
    QSignalSpy doneAgain(again.demoMaker(), &DemoWardMaker::finished);
    again.openDemo();
    QCOMPARE(doneAgain.size(), 1);
    QCOMPARE(again.wardPath(), d.wardPath());
}

void tst_WelcomeDialog::demoWardThatCannotBeMadeLeavesNothing()
{
    WelcomeDialog d;
    d.demoMaker()->setCliProgram(QStringLiteral("/nonexistent/sotay06-cli"));
    QSignalSpy failed(d.demoMaker(), &DemoWardMaker::failed);
    d.openDemo();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(d.wardPath().isEmpty());
    QVERIFY(d.result() != int(QDialog::Accepted));
    QVERIFY(!QFileInfo::exists(
        QDir(WelcomeDialog::dataDirectory()).filePath(DemoWardMaker::fileName())));
    QVERIFY(button(d, "demo")->isEnabled());
    QVERIFY(!d.findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
}

void tst_WelcomeDialog::stoppingTheDemoRemovesTheHalfMadeFile()
{
#ifndef Q_OS_UNIX
    QSKIP("uses a shell script as the CLI");
#else
    // A stand-in CLI that starts writing the ward file ($2 after --db) and then takes long.
    QTemporaryDir bin;
    const QString cli = bin.filePath(QStringLiteral("slow-cli"));
    QFile script(cli);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho x > \"$2\"\nexec sleep 30\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));

    WelcomeDialog d;
    d.demoMaker()->setCliProgram(cli);
    auto *stop = d.findChild<QPushButton *>(QStringLiteral("stop"));
    QVERIFY(stop);
    QVERIFY(stop->isHidden());
    d.openDemo();
    QVERIFY(d.demoMaker()->isRunning());
    QVERIFY(!stop->isHidden());
    const QString path = QDir(WelcomeDialog::dataDirectory()).filePath(DemoWardMaker::fileName());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 10000);
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!d.demoMaker()->isRunning());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(stop->isHidden());
    QVERIFY(button(d, "demo")->isEnabled());
    QVERIFY(d.result() != int(QDialog::Accepted));
#endif
}

// SOTAY06_SCREENSHOTS=$PWD/docs/images [SOTAY06_QM=vi.qm] ctest -R ui_WelcomeDialog refreshes the
// guide's screenshot.
void tst_WelcomeDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("SOTAY06_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set SOTAY06_SCREENSHOTS to a folder to save the screenshot");
    // SOTAY06_QM: a compiled Vietnamese translation, so the guide shows the program in Vietnamese.
    QTranslator vi;
    if (vi.load(qEnvironmentVariable("SOTAY06_QM")))
        QCoreApplication::installTranslator(&vi);
    // The folder as a user sees it, not the test-mode one.
    QStandardPaths::setTestModeEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06"));
    QCoreApplication::setApplicationName(QStringLiteral("sotay06"));
    WelcomeDialog d;
    QStandardPaths::setTestModeEnabled(true);
    field(d, "name")->setText(QStringLiteral("Phường Phước Tiến"));
    field(d, "province")->setText(QStringLiteral("Khánh Hòa"));
    field(d, "signer")->setText(QStringLiteral("Nguyễn Văn An"));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.grab().save(QDir(dir).filePath(QStringLiteral("welcome.png"))));
}

QTEST_MAIN(tst_WelcomeDialog)
#include "tst_WelcomeDialog.moc"
