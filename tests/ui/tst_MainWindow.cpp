// Drives the real main window offscreen on a small ward: tree, search, filters, status change
// by keyboard with undo/redo, editing with validation, outcome entry by keys; and checks what
// reached the database.
#include "PrintTestHelpers.h"
#include "UiTestWard.h"

#include "Clock.h"
#include "outcomes/OutcomeEntryView.h"
#include "outcomes/OutcomeListModel.h"
#include "print/ChecklistDialog.h"
#include "residents/ResidentDialog.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsView.h"
#include "residents/StatusDialog.h"
#include "teams/TeamsPage.h"
#include "window/MainWindow.h"
#include "window/WardPages.h"
#include "window/WardTreeModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace sotay;
using namespace sotay::testing;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeShowsGroupsWithProgress();
    void search_data();
    void search();
    void filters_data();
    void filters();
    void selectingAGroupScopesTheList();
    void sortByAnyColumn();
    void statusByKeyboardWithUndoRedo();
    void editResidentValidatesAsYouType();
    void outcomesByKeys();
    void teamAssignmentReachesTheList();
    void checklistOfTheSelectedGroup();
    void reportsMenuOpensTheDialogs();

private:
    int searchCount(const QString &text);
    bool selectResident(const QString &name);

    std::unique_ptr<UiTestWard> m_ward;
    std::unique_ptr<MainWindow> m_window;
    TestPrompter *m_prompter = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
    Clock::setFixedToday(QDate(2026, 11, 20));
}

void tst_MainWindow::init()
{
    m_ward = std::make_unique<UiTestWard>();
    const QString path = m_ward->path();
    m_ward->close();
    m_window = std::make_unique<MainWindow>();
    auto prompter = std::make_unique<TestPrompter>();
    m_prompter = prompter.get();
    m_window->setPrompter(std::move(prompter));
    QVERIFY(m_window->openWard(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_window->treeModel(), mode));
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(m_window->residents()->model(), mode));
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(m_window->outcomes()->model(), mode));
}

void tst_MainWindow::cleanup()
{
    m_testers.clear();
    m_window.reset();
    m_ward.reset();
}

int tst_MainWindow::searchCount(const QString &text)
{
    ResidentsView *view = m_window->residents();
    view->searchBox()->clear();
    // QTest types ASCII only: other text goes in as an input method would put it.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(view->searchBox(), text);
    else
        view->searchBox()->insert(text);
    view->applyNow();
    return view->model()->rowCount();
}

bool tst_MainWindow::selectResident(const QString &name)
{
    ResidentsView *view = m_window->residents();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == name) {
            view->table()->setFocus();
            view->table()->setCurrentIndex(view->model()->index(row, 0));
            return true;
        }
    }
    return false;
}

void tst_MainWindow::treeShowsGroupsWithProgress()
{
    WardTreeModel *tree = m_window->treeModel();
    const QModelIndex ward = tree->wardIndex();
    QCOMPARE(tree->rowCount(ward), 2);
    const QModelIndex g1 = tree->groupIndex(m_ward->group1);
    QCOMPARE(g1.data().toString(), QStringLiteral("Tổ 1"));
    // Tổ 1: three eligible, one activated (counted off the GUI thread, arriving later).
    QTRY_VERIFY(g1.data(WardTreeModel::EligibleRole).isValid());
    QCOMPARE(g1.data(WardTreeModel::EligibleRole).toInt(), 3);
    QCOMPARE(g1.data(WardTreeModel::ActivatedRole).toInt(), 1);
    const QModelIndex g2 = tree->groupIndex(m_ward->group2);
    QCOMPARE(g2.data(WardTreeModel::EligibleRole).toInt(), 0);
    // Households appear under a group in walking order.
    if (tree->canFetchMore(g1))
        tree->fetchMore(g1);
    QCOMPARE(tree->rowCount(g1), 2);
    QVERIFY(tree->index(0, 0, g1).data().toString().contains(QStringLiteral("12 Lê Lợi")));
    // The whole ward is listed at first.
    QCOMPARE(m_window->residents()->model()->rowCount(), 5);
}

void tst_MainWindow::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("folded words") << QStringLiteral("nguyen thi huong")
                                  << QStringList{QStringLiteral("Nguyễn Thị Hường")};
    QTest::newRow("marks ignored")
        << QStringLiteral("Hường")
        << QStringList{QStringLiteral("Trần Thị Hương"), QStringLiteral("Nguyễn Thị Hường")};
    // Vietnamese order: by given name first.
    QTest::newRow("upper case") << QStringLiteral("NGUYỄN")
                                << QStringList{QStringLiteral("Nguyễn Văn An"),
                                               QStringLiteral("Nguyễn Thị Hường")};
    QTest::newRow("last digits of phone")
        << QStringLiteral("5678") << QStringList{QStringLiteral("Nguyễn Thị Hường")};
    QTest::newRow("last digits of ID")
        << QStringLiteral("001234") << QStringList{QStringLiteral("Nguyễn Thị Hường")};
    QTest::newRow("nobody") << QStringLiteral("xyz") << QStringList{};
}

void tst_MainWindow::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(searchCount(text), names.size());
    QStringList shown;
    for (int row = 0; row < names.size(); ++row)
        shown << m_window->residents()->model()->index(row, 0).data().toString();
    QCOMPARE(shown, names);
}

void tst_MainWindow::filters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("names");
    using F = ResidentQuery::Filter;
    QTest::newRow("activated") << int(F::Activated) << QStringList{QStringLiteral("Nguyễn Văn An")};
    QTest::newRow("approved not activated")
        << int(F::ApprovedNotActivated) << QStringList{QStringLiteral("Trần Thị Hương")};
    QTest::newRow("not registered")
        << int(F::NotRegistered) << QStringList{QStringLiteral("Nguyễn Thị Hường")};
    QTest::newRow("excluded") << int(F::Excluded) << QStringList{QStringLiteral("Phạm Văn Bình")};
    QTest::newRow("under 14") << int(F::Under14) << QStringList{QStringLiteral("Lê Minh")};
    // An has level 1 only: applying for level 2 is still to do.
    QTest::newRow("needs action") << int(F::NeedsAction)
                                  << QStringList{QStringLiteral("Nguyễn Văn An"),
                                                 QStringLiteral("Trần Thị Hương"),
                                                 QStringLiteral("Nguyễn Thị Hường")};
}

void tst_MainWindow::filters()
{
    QFETCH(int, filter);
    QFETCH(QStringList, names);
    QComboBox *box = m_window->residents()->filterBox();
    box->setCurrentIndex(box->findData(filter));
    const auto *model = m_window->residents()->model();
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, 0).data().toString();
    QCOMPARE(shown, names);
}

void tst_MainWindow::selectingAGroupScopesTheList()
{
    QTreeView *tree = m_window->tree();
    tree->setCurrentIndex(m_window->treeModel()->groupIndex(m_ward->group2));
    const auto *model = m_window->residents()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Phạm Văn Bình"));
    // A team filter on top of the group: Đội 1 works in Tổ 1 only.
    QComboBox *team = m_window->residents()->teamBox();
    team->setCurrentIndex(team->findData(m_ward->team1));
    QCOMPARE(model->rowCount(), 0);
    tree->setCurrentIndex(m_window->treeModel()->groupIndex(m_ward->group1));
    QCOMPARE(model->rowCount(), 3);
}

void tst_MainWindow::sortByAnyColumn()
{
    auto *model = m_window->residents()->model();
    QHeaderView *header = m_window->residents()->table()->horizontalHeader();
    for (int c = 0; c < model->columnCount(); ++c) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            header->setSortIndicator(c, order);
            QCOMPARE(model->rowCount(), 5);
            QSet<QString> names;
            for (int r = 0; r < 5; ++r)
                names << model->index(r, 0).data().toString();
            QCOMPARE(names.size(), 5); // every resident once, none lost between pages
        }
    }
    header->setSortIndicator(int(ResidentQuery::Column::Birth), Qt::AscendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Phạm Văn Bình"));
    header->setSortIndicator(int(ResidentQuery::Column::Level1), Qt::DescendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Nguyễn Văn An"));
    header->setSortIndicator(int(ResidentQuery::Column::Team), Qt::DescendingOrder);
    QCOMPARE(model->index(0, int(ResidentQuery::Column::Team)).data().toString(),
             QStringLiteral("Đội 1"));
}

void tst_MainWindow::statusByKeyboardWithUndoRedo()
{
    Database &db = *m_window->database();
    const QString l1 = QStringLiteral("SELECT l1_status FROM resident WHERE id = ?");
    QVERIFY(selectResident(QStringLiteral("Trần Thị Hương")));
    bool asked = false;
    m_prompter->onExec = [&](QDialog &d) {
        asked = true;
        auto *dialog = qobject_cast<StatusDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        QTest::keyClick(dialog, Qt::Key_K); // activated
        return dialog->okButton()->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    QTest::keyClick(m_window->residents()->table(), Qt::Key_1);
    QVERIFY(asked);
    QVERIFY2(m_prompter->warnings.isEmpty(),
             qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(db, l1, {m_ward->huong2}).toInt(), int(AccountStatus::Activated));
    // The team credited is the one of the group, the date today.
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT team_id FROM status_event WHERE resident_id = ? ORDER BY id DESC"),
                    {m_ward->huong2})
                 .toLongLong(),
             m_ward->team1);
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT date FROM status_event WHERE resident_id = ? ORDER BY id DESC"),
                    {m_ward->huong2})
                 .toString(),
             QStringLiteral("2026-11-20"));
    QUndoStack *undo = m_window->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QCOMPARE(scalar(db, l1, {m_ward->huong2}).toInt(), int(AccountStatus::Approved));
    undo->redo();
    QCOMPARE(scalar(db, l1, {m_ward->huong2}).toInt(), int(AccountStatus::Activated));
    // The tree's progress follows (from its worker): Tổ 1 now has two activated.
    QTRY_COMPARE(m_window->treeModel()
                 ->groupIndex(m_ward->group1)
                 .data(WardTreeModel::ActivatedRole)
                 .toInt(),
             2);
    QVERIFY(m_prompter->warnings.isEmpty());
}

void tst_MainWindow::editResidentValidatesAsYouType()
{
    Database &db = *m_window->database();
    QVERIFY(selectResident(QStringLiteral("Nguyễn Thị Hường")));
    QString problemsWhileWrong;
    bool okWhileWrong = true;
    m_prompter->onExec = [&](QDialog &d) {
        auto *dialog = qobject_cast<ResidentDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        dialog->idEdit()->clear();
        QTest::keyClicks(dialog->idEdit(), QStringLiteral("07919"));
        okWhileWrong = dialog->okButton()->isEnabled();
        problemsWhileWrong = dialog->problemLabel()->text();
        QTest::keyClicks(dialog->idEdit(), QStringLiteral("0001234"));
        dialog->phoneEdit()->clear();
        QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("0987 654 321"));
        return dialog->okButton()->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    QTest::keyClick(m_window->residents()->table(), Qt::Key_F2);
    QVERIFY(!okWhileWrong);
    QVERIFY2(problemsWhileWrong.contains(QStringLiteral("12")), qPrintable(problemsWhileWrong));
    QVERIFY2(m_prompter->warnings.isEmpty(),
             qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    const QString phone = QStringLiteral("SELECT phone FROM resident WHERE id = ?");
    QCOMPARE(scalar(db, phone, {m_ward->huong}).toString(), QStringLiteral("0987654321"));
    m_window->undoStack()->undo();
    QCOMPARE(scalar(db, phone, {m_ward->huong}).toString(), QStringLiteral("0912345678"));
}

void tst_MainWindow::outcomesByKeys()
{
    Database &db = *m_window->database();
    m_window->tabs()->setCurrentWidget(m_window->outcomes());
    OutcomeEntryView *view = m_window->outcomes();
    view->selectGroup(m_ward->group1);
    // Printed order: households in walking order, then by name.
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->row(0).fullName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(view->model()->row(1).fullName, QStringLiteral("Nguyễn Thị Hường"));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_D);
    QTest::keyClick(view->table(), Qt::Key_V);
    QVERIFY2(m_prompter->warnings.isEmpty(),
             qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    const QString count = QStringLiteral("SELECT count(*) FROM visit_outcome");
    QCOMPARE(scalar(db, count).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT outcome FROM visit_outcome WHERE resident_id = ?"),
                    {m_ward->huong})
                 .toInt(),
             int(VisitOutcome::NotHome));
    QCOMPARE(view->model()->enteredCount(), 2);
    m_window->undoStack()->undo();
    QCOMPARE(scalar(db, count).toInt(), 1);
    QCOMPARE(view->model()->enteredCount(), 1);
    // The list view of residents shows the last visit.
    m_window->tabs()->setCurrentIndex(0);
    QVERIFY(selectResident(QStringLiteral("Nguyễn Văn An")));
    const int row = m_window->residents()->table()->currentIndex().row();
    QCOMPARE(m_window->residents()
                 ->model()
                 ->index(row, int(ResidentQuery::Column::LastVisit))
                 .data()
                 .toString(),
             QStringLiteral("20/11/2026"));
}

void tst_MainWindow::teamAssignmentReachesTheList()
{
    QTabWidget *tabs = m_window->tabs();
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Residents"), QStringLiteral("Enter visit outcomes"),
                          QStringLiteral("Teams"), QStringLiteral("Dashboard")}));
    QVERIFY(m_window->pages()->teams());
    QVERIFY(m_window->pages()->dashboard());

    // The list filtered on Đội 1 shows Tổ 1 only.
    QComboBox *teamFilter = m_window->residents()->teamBox();
    teamFilter->setCurrentIndex(teamFilter->findData(m_ward->team1));
    QCOMPARE(m_window->residents()->model()->rowCount(), 3);

    // Teams tab: give Tổ 2 to Đội 1.
    tabs->setCurrentWidget(m_window->pages()->teamsTab());
    auto *groups = m_window->pages()->teams()->findChild<QTableView *>(QStringLiteral("groupView"));
    auto *team = m_window->pages()->teams()->findChild<QComboBox *>(QStringLiteral("groupTeam"));
    auto *assign =
        m_window->pages()->teams()->findChild<QPushButton *>(QStringLiteral("assignGroup"));
    QVERIFY(groups && team && assign);
    int row = -1;
    for (int r = 0; r < groups->model()->rowCount(); ++r)
        if (groups->model()->index(r, 0).data().toString() == QStringLiteral("Tổ 2"))
            row = r;
    QVERIFY(row >= 0);
    groups->selectRow(row);
    team->setCurrentIndex(team->findData(m_ward->team1));
    QTest::mouseClick(assign, Qt::LeftButton);
    Database &db = *m_window->database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT team_id FROM assignment WHERE group_id = ?"),
                    {m_ward->group2})
                 .toLongLong(),
             m_ward->team1);
    // The residents list follows without being asked.
    QCOMPARE(m_window->residents()->model()->rowCount(), 5);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->residents()->model()->rowCount(), 3);
}

void tst_MainWindow::checklistOfTheSelectedGroup()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("checklistDialog"));
    QVERIFY(action);
    QTemporaryDir dir;
    m_prompter->nextFile = dir.filePath(QStringLiteral("to1.pdf"));
    m_window->tree()->setCurrentIndex(m_window->treeModel()->groupIndex(m_ward->group1));
    QList<QVariant> done;
    m_prompter->onExec = [&](QDialog &dialog) {
        auto *checklist = qobject_cast<ChecklistDialog *>(&dialog);
        if (checklist)
            done = clickAndWait(*checklist, checklist->pdfButton());
        return int(QDialog::Accepted);
    };
    action->trigger();
    QCOMPARE(done.size(), 2);
    QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
    QVERIFY2(m_prompter->warnings.isEmpty(),
             qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
    QFile pdf(m_prompter->nextFile);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF"));
    QCOMPARE(
        scalar(*m_window->database(),
               QStringLiteral("SELECT count(*) FROM disclosure_log WHERE document = 'checklist'"))
            .toInt(),
        1);
}

void tst_MainWindow::reportsMenuOpensTheDialogs()
{
    auto *weekly = m_window->findChild<QAction *>(QStringLiteral("weeklyReport"));
    auto *checklist = m_window->findChild<QAction *>(QStringLiteral("checklistDialog"));
    auto *confirmation = m_window->findChild<QAction *>(QStringLiteral("confirmationList"));
    QVERIFY(weekly && checklist && confirmation);
    QCOMPARE(weekly->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(checklist->shortcut(), QKeySequence(QKeySequence::Print));
    QStringList opened;
    QString group;
    m_prompter->onExec = [&](QDialog &dialog) {
        opened << QString::fromLatin1(dialog.metaObject()->className());
        if (auto *c = qobject_cast<ChecklistDialog *>(&dialog))
            group = c->findChild<QComboBox *>(QStringLiteral("group"))->currentText();
        return int(QDialog::Rejected);
    };
    m_window->tree()->setCurrentIndex(m_window->treeModel()->groupIndex(m_ward->group2));
    weekly->trigger();
    checklist->trigger();
    confirmation->trigger();
    QCOMPARE(opened, (QStringList{QStringLiteral("sotay::WeeklyReportDialog"),
                                  QStringLiteral("sotay::ChecklistDialog"),
                                  QStringLiteral("sotay::ConfirmationDialog")}));
    QCOMPARE(group, QStringLiteral("Tổ 2")); // the group selected in the tree
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
