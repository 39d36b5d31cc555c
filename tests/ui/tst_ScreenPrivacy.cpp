// ID numbers and phones are masked on screen by default: in the real window, no cell of the
// residents list holds an ID number or a phone in full, in any role, until the user asks
// (View → Show full ID numbers and phones); hiding them again masks them again.
#include "UiTestWard.h"

#include "Clock.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QStandardPaths>
#include <QTest>

using namespace sotay;
using namespace sotay::testing;

class tst_ScreenPrivacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void maskedByDefaultInEveryRole();
    void revealAndHideAgain();

private:
    QAction *revealAction() const;
    QStringList shownInFull(int role) const;
    std::unique_ptr<UiTestWard> m_ward;
    std::unique_ptr<MainWindow> m_window;
};

static const QString kId = QStringLiteral("079190001234");
static const QString kPhone = QStringLiteral("0912345678");

void tst_ScreenPrivacy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ScreenPrivacy"));
    Clock::setFixedToday(QDate(2026, 11, 20));
}

void tst_ScreenPrivacy::init()
{
    m_ward = std::make_unique<UiTestWard>();
    const QString path = m_ward->path();
    m_ward->close();
    m_window = std::make_unique<MainWindow>();
    m_window->setPrompter(std::make_unique<TestPrompter>());
    QVERIFY(m_window->openWard(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ScreenPrivacy::cleanup()
{
    m_window.reset();
    m_ward.reset();
}

QAction *tst_ScreenPrivacy::revealAction() const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->isCheckable() && a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I))
            return a;
    }
    return nullptr;
}

// The cells of the list whose value in `role` holds the ID number or the phone in full.
QStringList tst_ScreenPrivacy::shownInFull(int role) const
{
    QStringList out;
    const ResidentTableModel *model = m_window->residents()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString v = model->index(row, column).data(role).toString();
            if (v.contains(kId) || v.contains(kPhone))
                out << QStringLiteral("row %1 column %2 role %3: %4")
                           .arg(row)
                           .arg(column)
                           .arg(role)
                           .arg(v);
        }
    }
    return out;
}

void tst_ScreenPrivacy::maskedByDefaultInEveryRole()
{
    const ResidentTableModel *model = m_window->residents()->model();
    QVERIFY(model->rowCount() >= 5);
    QVERIFY(!model->idsRevealed());
    for (int role = 0; role <= Qt::UserRole + 16; ++role)
        QVERIFY2(shownInFull(role).isEmpty(),
                 qPrintable(shownInFull(role).join(QLatin1Char('\n'))));
    // What is shown instead: the last four digits of the ID, the phone as on printouts.
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            shown << model->index(row, column).data().toString();
    }
    QVERIFY(shown.contains(QStringLiteral("********1234")));
    QVERIFY(shown.contains(QStringLiteral("0912***678")));
}

void tst_ScreenPrivacy::revealAndHideAgain()
{
    QAction *reveal = revealAction();
    QVERIFY(reveal);
    reveal->setChecked(true);
    QVERIFY(m_window->residents()->model()->idsRevealed());
    QCOMPARE(shownInFull(Qt::DisplayRole).size(), 2); // the ID cell and the phone cell
    reveal->setChecked(false);
    QVERIFY(shownInFull(Qt::DisplayRole).isEmpty());
}

QTEST_MAIN(tst_ScreenPrivacy)
#include "tst_ScreenPrivacy.moc"
