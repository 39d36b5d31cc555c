// File → New ward… in the real window: the ward file is made with the details a ward needs,
// its creation is in the audit log, and the window opens it.
#include "UiTestWard.h"

#include "Clock.h"
#include "storage/Database.h"
#include "storage/WardStore.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;
using namespace sotay::testing;

class tst_WardFileMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newWardIsCreatedAuditedAndOpened();
    void newWardCancelledMakesNoFile();

private:
    static QAction *newWardAction(MainWindow &window);
};

void tst_WardFileMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_WardFileMenu"));
    Clock::setFixedToday(QDate(2026, 11, 20));
}

QAction *tst_WardFileMenu::newWardAction(MainWindow &window)
{
    const auto actions = window.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            return a;
    }
    return nullptr;
}

void tst_WardFileMenu::newWardIsCreatedAuditedAndOpened()
{
    QTemporaryDir dir;
    MainWindow window;
    auto prompter = std::make_unique<TestPrompter>();
    TestPrompter *p = prompter.get();
    window.setPrompter(std::move(prompter));
    p->nextText = QStringLiteral("  Phường   Phước Tiến ");
    p->nextFile = dir.filePath(QStringLiteral("moi.sotay06"));
    QAction *action = newWardAction(window);
    QVERIFY(action);
    action->trigger();
    QVERIFY2(p->warnings.isEmpty(), qPrintable(p->warnings.join(QLatin1Char('\n'))));
    QVERIFY(window.database());
    QCOMPARE(QFileInfo(window.database()->path()).fileName(), QStringLiteral("moi.sotay06"));
    const auto read = WardStore(*window.database()).ward();
    QVERIFY(read);
    const WardInfo ward = read.value();
    QCOMPARE(ward.name, QStringLiteral("Phường Phước Tiến"));
    QCOMPARE(ward.unit, QStringLiteral("UBND phường Phước Tiến"));
    QCOMPARE(scalar(*window.database(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ward.create' "
                                   "AND new_value = ?"),
                    {QStringLiteral("Phường Phước Tiến")})
                 .toInt(),
             1);
}

void tst_WardFileMenu::newWardCancelledMakesNoFile()
{
    QTemporaryDir dir;
    MainWindow window;
    auto prompter = std::make_unique<TestPrompter>();
    TestPrompter *p = prompter.get();
    window.setPrompter(std::move(prompter));
    p->nextText.clear(); // the name prompt is cancelled
    p->nextFile = dir.filePath(QStringLiteral("khong.sotay06"));
    QAction *action = newWardAction(window);
    QVERIFY(action);
    action->trigger();
    QVERIFY(!window.database());
    QVERIFY(!QFileInfo::exists(p->nextFile));
}

QTEST_MAIN(tst_WardFileMenu)
#include "tst_WardFileMenu.moc"
