// Tools menu of the real window: the daily backup made when a ward opens, Back up now, the
// audit log dialog, and letting go of the ward for a restore.
#include "UiTestWard.h"

#include "Clock.h"
#include "audit/AuditLogDialog.h"
#include "backup/RestoreDialog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "window/DailyBackup.h"
#include "window/MainWindow.h"
#include "window/WardToolsMenu.h"
#include "window/WardTreeModel.h"

#include <QStandardPaths>
#include <QTest>

using namespace sotay;
using namespace sotay::testing;

class tst_WardToolsMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dailyBackupWhenTheWardOpens();
    void backUpNow();
    void auditLogShowsThroughTheWindow();
    void restoreLetsGoOfTheWardAndOpensItAgain();

private:
    std::unique_ptr<UiTestWard> m_ward;
    std::unique_ptr<MainWindow> m_window;
    TestPrompter *m_prompter = nullptr;
    QString m_path;
};

void tst_WardToolsMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_WardToolsMenu"));
    Clock::setFixedToday(QDate(2026, 11, 20));
}

void tst_WardToolsMenu::init()
{
    m_ward = std::make_unique<UiTestWard>();
    m_path = m_ward->path();
    m_ward->close();
    m_window = std::make_unique<MainWindow>();
    auto prompter = std::make_unique<TestPrompter>();
    m_prompter = prompter.get();
    m_window->setPrompter(std::move(prompter));
    QVERIFY(m_window->openWard(m_path));
    m_window->findChild<DailyBackup *>()->wait(); // the tests count the backups
}

void tst_WardToolsMenu::cleanup()
{
    m_window.reset();
    m_ward.reset();
}

void tst_WardToolsMenu::dailyBackupWhenTheWardOpens()
{
    // The copy is made off the GUI thread; the window waits for it before closing the ward.
    auto *daily = m_window->findChild<DailyBackup *>();
    QVERIFY(daily);
    daily->wait();
    const auto backups = Backup::list(m_path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, QStringLiteral("daily"));
    QVERIFY(m_window->openWard(m_path)); // the same day again: no second copy
    daily->wait();
    QCOMPARE(Backup::list(m_path).size(), 1);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(u'\n')));
}

void tst_WardToolsMenu::backUpNow()
{
    auto *menu = m_window->findChild<WardToolsMenu *>();
    QVERIFY(menu);
    menu->backUpNow();
    const auto backups = Backup::list(m_path);
    QCOMPARE(backups.size(), 2);
    QStringList reasons;
    for (const auto &b : backups)
        reasons << b.reason;
    QVERIFY(reasons.contains(QStringLiteral("manual")));
    QCOMPARE(m_prompter->infos.size(), 1);
    auto copy = Database::open(backups.first().path, Database::Mode::ReadOnly);
    QVERIFY2(copy, qPrintable(copy.error())); // a backup is a ward file that opens as one
}

void tst_WardToolsMenu::auditLogShowsThroughTheWindow()
{
    QString shown;
    m_prompter->onExec = [&](QDialog &dialog) {
        shown = QString::fromLatin1(dialog.metaObject()->className());
        return int(QDialog::Rejected);
    };
    m_window->findChild<WardToolsMenu *>()->showAuditLog();
    QCOMPARE(shown, QStringLiteral("sotay::AuditLogDialog"));
}

void tst_WardToolsMenu::restoreLetsGoOfTheWardAndOpensItAgain()
{
    bool dialogSawNoWard = false;
    m_prompter->onExec = [&](QDialog &dialog) {
        auto *restore = qobject_cast<RestoreDialog *>(&dialog);
        if (!restore)
            return int(QDialog::Rejected);
        m_window->closeWard(); // what the dialog's close hook does just before the copy
        dialogSawNoWard = m_window->database() == nullptr && m_window->treeModel()->rowCount() == 0;
        return int(QDialog::Accepted);
    };
    m_window->findChild<WardToolsMenu *>()->restoreFromBackup();
    QVERIFY(dialogSawNoWard);
    QVERIFY(m_window->database() != nullptr);
    QCOMPARE(m_window->database()->path(), m_path);
}

QTEST_MAIN(tst_WardToolsMenu)
#include "tst_WardToolsMenu.moc"
