// Screenshots of the main screens for docs/images, taken on a real ward:
//   SOTAY06_SCREENSHOT_WARD=<ward file, e.g. from `sotay06-cli sample`>
//   SOTAY06_SCREENSHOT_DIR=docs/images [SOTAY06_TODAY=yyyy-mm-dd]
//   [SOTAY06_SCREENSHOT_QM=sotay06_vi.qm (lrelease of translations/sotay06_vi.ts)]
// Without them every test is skipped; the window is driven like in tst_MainWindow.
#include "UiTestWard.h"

#include "Clock.h"
#include "outcomes/OutcomeEntryView.h"
#include "outcomes/OutcomeListModel.h"
#include "residents/ResidentDialog.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsView.h"
#include "settings/SettingsDialog.h"
#include "storage/ResidentStore.h"
#include "storage/WardStore.h"
#include "window/MainWindow.h"
#include "window/WardTreeModel.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace sotay;
using namespace sotay::testing;

class tst_WindowScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow();
    void outcomeEntry();
    void residentDialog();
    void settings();

private:
    QString out(const char *name) const { return QDir(m_dir).filePath(QString::fromLatin1(name)); }
    void openWindow();

    QString m_ward;
    QString m_dir;
    QTranslator m_translator;
    std::unique_ptr<MainWindow> m_window;
};

void tst_WindowScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_WindowScreenshots"));
    m_ward = qEnvironmentVariable("SOTAY06_SCREENSHOT_WARD");
    m_dir = qEnvironmentVariable("SOTAY06_SCREENSHOT_DIR");
    if (m_ward.isEmpty() || m_dir.isEmpty())
        QSKIP("set SOTAY06_SCREENSHOT_WARD and SOTAY06_SCREENSHOT_DIR to take screenshots");
    if (const QDate today = QDate::fromString(qEnvironmentVariable("SOTAY06_TODAY"), Qt::ISODate);
        today.isValid())
        Clock::setFixedToday(today);
    if (const QString qm = qEnvironmentVariable("SOTAY06_SCREENSHOT_QM"); !qm.isEmpty()) {
        QVERIFY2(m_translator.load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }
    QDir().mkpath(m_dir);
    openWindow();
}

void tst_WindowScreenshots::cleanupTestCase()
{
    m_window.reset();
    QCoreApplication::removeTranslator(&m_translator);
}

void tst_WindowScreenshots::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setPrompter(std::make_unique<TestPrompter>());
    QVERIFY(m_window->openWard(m_ward));
    m_window->resize(1500, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_WindowScreenshots::mainWindow()
{
    WardTreeModel *tree = m_window->treeModel();
    const QModelIndex group = tree->index(0, 0, tree->wardIndex());
    QVERIFY(group.isValid());
    m_window->tree()->expand(group);
    m_window->tree()->setCurrentIndex(group);
    QTRY_VERIFY(group.data(WardTreeModel::EligibleRole).isValid());
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(out("main-window.png")));
}

void tst_WindowScreenshots::outcomeEntry()
{
    m_window->tabs()->setCurrentWidget(m_window->outcomes());
    OutcomeEntryView *view = m_window->outcomes();
    view->groupBox()->setCurrentIndex(0);
    QTest::qWait(200);
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(m_window->grab().save(out("outcome-entry.png")));
    m_window->tabs()->setCurrentIndex(0);
}

void tst_WindowScreenshots::residentDialog()
{
    const qint64 id = m_window->residents()
                          ->model()
                          ->index(0, 0)
                          .data(ResidentTableModel::ResidentIdRole)
                          .toLongLong();
    const auto resident = ResidentStore(*m_window->database()).resident(id);
    QVERIFY(resident.has_value());
    ResidentDialog dialog(*resident, m_window.get());
    dialog.show();
    // A mistake being typed, to show the message.
    dialog.phoneEdit()->setText(QStringLiteral("0912 345"));
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(out("resident-dialog.png")));
}

void tst_WindowScreenshots::settings()
{
    const auto ward = WardStore(*m_window->database()).ward();
    QVERIFY(ward.ok());
    SettingsDialog dialog(ward.value(), QStringLiteral("vi"), m_window.get());
    dialog.show();
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(out("settings.png")));
}

QTEST_MAIN(tst_WindowScreenshots)
#include "tst_WindowScreenshots.moc"
