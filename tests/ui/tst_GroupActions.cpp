// Merging and splitting residential groups from the ward tree of the real main window,
// offscreen: the context menu, the dialogs, what reaches the database, and Ctrl+Z.
// With SOTAY06_SCREENSHOT_WARD / SOTAY06_SCREENSHOT_DIR (as tst_WindowScreenshots) it also
// saves the split dialog as group-split.png.
#include "UiTestWard.h"

#include "Clock.h"
#include "groups/GroupActions.h"
#include "groups/GroupHouseholdsModel.h"
#include "groups/MergeGroupDialog.h"
#include "groups/RenameGroupDialog.h"
#include "groups/SplitGroupDialog.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsView.h"
#include "rules/Text.h"
#include "storage/GroupStore.h"
#include "window/MainWindow.h"
#include "window/WardTreeModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace sotay;
using namespace sotay::testing;

class tst_GroupActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuOnGroupsOnly();
    void mergeThroughTheDialogAndUndo();
    void splitThroughTheDialogAndUndo();
    void splitDialogRefusesNameClash();
    void renameThroughTheDialogAndUndo();
    void renameDialogRefusesEmptyAndClash();
    void f2RenamesTheSelectedGroup();
    void householdsModel();
    void screenshot();

private:
    bool triggerOnGroup(qint64 groupId, const char *action);
    QString groupsDump();
    qint64 count(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<UiTestWard> m_ward;
    std::unique_ptr<MainWindow> m_window;
    TestPrompter *m_prompter = nullptr;
};

void tst_GroupActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_GroupActions"));
    Clock::setFixedToday(QDate(2026, 11, 20));
}

void tst_GroupActions::init()
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
}

void tst_GroupActions::cleanup()
{
    m_window.reset();
    m_ward.reset();
}

qint64 tst_GroupActions::count(const QString &sql, const QVariantList &binds)
{
    return scalar(*m_window->database(), sql, binds).toLongLong();
}

// Every group with its households, as the database has them.
QString tst_GroupActions::groupsDump()
{
    QStringList out;
    for (const GroupRow &g : GroupStore(*m_window->database()).groups()) {
        QStringList codes;
        for (const GroupHouseholdRow &h : GroupStore(*m_window->database()).households(g.id))
            codes << h.code;
        out << QStringLiteral("%1 %2 %3 [%4]")
                   .arg(g.id)
                   .arg(g.name, g.createdOn.toString(Qt::ISODate), codes.join(QLatin1Char(',')));
    }
    return out.join(QLatin1Char('\n'));
}

// Selects the group in the tree and triggers its context menu action, as a right click would.
bool tst_GroupActions::triggerOnGroup(qint64 groupId, const char *action)
{
    const QModelIndex index = m_window->treeModel()->groupIndex(groupId);
    if (!index.isValid())
        return false;
    m_window->tree()->setCurrentIndex(index);
    auto *actions = m_window->findChild<GroupActions *>(QStringLiteral("GroupActions"));
    if (!actions)
        return false;
    std::unique_ptr<QMenu> menu(actions->menuFor(m_window->tree()->currentIndex(), m_window.get()));
    if (!menu)
        return false;
    auto *a = menu->findChild<QAction *>(QString::fromLatin1(action));
    if (!a)
        return false;
    a->trigger();
    return true;
}

void tst_GroupActions::menuOnGroupsOnly()
{
    auto *actions = m_window->findChild<GroupActions *>(QStringLiteral("GroupActions"));
    QVERIFY(actions);
    QCOMPARE(m_window->tree()->contextMenuPolicy(), Qt::CustomContextMenu);
    WardTreeModel *tree = m_window->treeModel();
    std::unique_ptr<QMenu> ward(actions->menuFor(tree->wardIndex(), m_window.get()));
    QVERIFY(ward);
    QVERIFY(ward->findChild<QAction *>(QStringLiteral("newGroup")));
    QVERIFY(!ward->findChild<QAction *>(QStringLiteral("mergeGroup")));
    std::unique_ptr<QMenu> group(
        actions->menuFor(tree->groupIndex(m_ward->group1), m_window.get()));
    QVERIFY(group);
    QStringList texts;
    for (QAction *a : group->actions())
        texts << a->text();
    QCOMPARE(texts, QStringList({QStringLiteral("Rename…"), QStringLiteral("Merge into…"),
                                 QStringLiteral("Split…")}));
    // A household row has no group menu.
    const QModelIndex g1 = tree->groupIndex(m_ward->group1);
    m_window->tree()->expand(g1);
    QTRY_VERIFY(tree->rowCount(g1) > 0);
    QVERIFY(!std::unique_ptr<QMenu>(actions->menuFor(tree->index(0, 0, g1), m_window.get())));
}

void tst_GroupActions::mergeThroughTheDialogAndUndo()
{
    const QString before = groupsDump();
    QString shownSummary;
    m_prompter->onExec = [&](QDialog &d) {
        auto *dialog = qobject_cast<MergeGroupDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        QComboBox *into = dialog->groupChoice();
        into->setCurrentIndex(into->findText(QStringLiteral("Tổ 1")));
        shownSummary = dialog->summary();
        return dialog->okButton()->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    QVERIFY(triggerOnGroup(m_ward->group2, "mergeGroup"));
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(u'\n')));
    QVERIFY(shownSummary.contains(QStringLiteral("The 1 household(s) of Tổ 2 move to Tổ 1")));

    // The database: Tổ 2 is gone, its household is in Tổ 1 with its residents.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM res_group")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household WHERE group_id = ?"),
                   {m_ward->group1}),
             3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident r JOIN household h ON h.id = "
                                  "r.household_id WHERE h.group_id = ?"),
                   {m_ward->group1}),
             5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'group.merge'")),
             1);
    // The tree follows and shows the merged group, selected, with the residents beside it.
    WardTreeModel *tree = m_window->treeModel();
    QCOMPARE(tree->rowCount(tree->wardIndex()), 1);
    QCOMPARE(m_window->tree()->currentIndex(), tree->groupIndex(m_ward->group1));
    QCOMPARE(m_window->residents()->model()->rowCount(), 5);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Merge Tổ 2 into Tổ 1"));

    // Ctrl+Z puts Tổ 2 back exactly: same id, name, day, household.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(u'\n')));
    QCOMPARE(groupsDump(), before);
    QCOMPARE(tree->rowCount(tree->wardIndex()), 2);
    QCOMPARE(tree->groupIndex(m_ward->group2).data().toString(), QStringLiteral("Tổ 2"));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'group.merge.undo'")),
        1);
    // And redo merges again.
    m_window->undoStack()->redo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM res_group")), 1);
    m_window->undoStack()->undo();
    QCOMPARE(groupsDump(), before);
}

void tst_GroupActions::splitThroughTheDialogAndUndo()
{
    const QString before = groupsDump();
    bool okWasDisabled = false;
    m_prompter->onExec = [&](QDialog &d) {
        auto *dialog = qobject_cast<SplitGroupDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        okWasDisabled = !dialog->okButton()->isEnabled();
        // Search without marks finds "14 Lê Lợi"; choose what the search shows.
        QTest::keyClicks(dialog->searchBox(), QStringLiteral("14 le loi"));
        if (dialog->table()->model()->rowCount() != 1)
            return int(QDialog::Rejected);
        dialog->checkShown(true);
        dialog->searchBox()->clear();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("To 1B"));
        return dialog->okButton()->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    QVERIFY(triggerOnGroup(m_ward->group1, "splitGroup"));
    QVERIFY(okWasDisabled);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(u'\n')));
    const qint64 newGroup = count(QStringLiteral("SELECT id FROM res_group WHERE name = 'To 1B'"));
    QVERIFY(newGroup > 0);
    QCOMPARE(count(QStringLiteral("SELECT group_id FROM household WHERE code = 'H002'")), newGroup);
    QCOMPARE(count(QStringLiteral("SELECT group_id FROM household WHERE code = 'H001'")),
             m_ward->group1);
    // The new group keeps the team of Tổ 1.
    QCOMPARE(count(QStringLiteral("SELECT team_id FROM assignment WHERE group_id = ?"), {newGroup}),
             m_ward->team1);
    WardTreeModel *tree = m_window->treeModel();
    QCOMPARE(tree->rowCount(tree->wardIndex()), 3);
    QVERIFY(tree->groupIndex(newGroup).isValid());

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(groupsDump(), before);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM assignment WHERE group_id = ?"), {newGroup}), 0);
    QCOMPARE(tree->rowCount(tree->wardIndex()), 2);
}

void tst_GroupActions::splitDialogRefusesNameClash()
{
    GroupStore store(*m_window->database());
    const auto from = store.group(m_ward->group1);
    QVERIFY(from);
    Database *db = m_window->database();
    SplitGroupDialog dialog(*from, store.households(m_ward->group1), store.groups(),
                            [db](const QString &name) { return GroupStore(*db).checkName(name); });
    QCOMPARE(dialog.problem(), QStringLiteral("Choose at least one household to move."));
    dialog.model()->setChecked(0, true);
    QCOMPARE(dialog.problem(), QStringLiteral("The residential group needs a name."));
    dialog.nameEdit()->setText(QStringLiteral("tổ 2"));
    QCOMPARE(dialog.problem(), QStringLiteral("A residential group named “Tổ 2” already exists."));
    QVERIFY(!dialog.okButton()->isEnabled());
    // An existing group is a valid choice; the combo lists every group but this one.
    dialog.existingChoice()->click();
    QVERIFY(dialog.existingChoice()->isChecked());
    QCOMPARE(dialog.groupChoice()->count(), 1);
    QCOMPARE(dialog.intoGroupId(), m_ward->group2);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.householdIds().size(), 1);
}

void tst_GroupActions::renameThroughTheDialogAndUndo()
{
    const QString before = groupsDump();
    QString shownName;
    m_prompter->onExec = [&](QDialog &d) {
        auto *dialog = qobject_cast<RenameGroupDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        shownName = dialog->nameEdit()->text();
        dialog->nameEdit()->setText(QStringLiteral("Tổ dân phố 12"));
        return dialog->okButton()->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    QVERIFY(triggerOnGroup(m_ward->group2, "renameGroup"));
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(u'\n')));
    QCOMPARE(shownName, QStringLiteral("Tổ 2"));
    // The database: same group, same households, new name, one audit entry.
    QCOMPARE(scalar(*m_window->database(),
                    QStringLiteral("SELECT name FROM res_group WHERE id = ?"), {m_ward->group2})
                 .toString(),
             QStringLiteral("Tổ dân phố 12"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household WHERE group_id = ?"),
                   {m_ward->group2}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'group.rename' "
                                  "AND entity_id = ? AND old_value = 'Tổ 2'"),
                   {m_ward->group2}),
             1);
    // The tree shows the new name, selected.
    WardTreeModel *tree = m_window->treeModel();
    QCOMPARE(tree->groupIndex(m_ward->group2).data().toString(), QStringLiteral("Tổ dân phố 12"));
    QCOMPARE(m_window->tree()->currentIndex(), tree->groupIndex(m_ward->group2));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Rename Tổ 2 to Tổ dân phố 12"));

    // Ctrl+Z gives the old name back, in the database and the tree.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(u'\n')));
    QCOMPARE(groupsDump(), before);
    QCOMPARE(tree->groupIndex(m_ward->group2).data().toString(), QStringLiteral("Tổ 2"));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'group.rename.undo'")),
        1);
    m_window->undoStack()->redo();
    QCOMPARE(tree->groupIndex(m_ward->group2).data().toString(), QStringLiteral("Tổ dân phố 12"));
}

void tst_GroupActions::renameDialogRefusesEmptyAndClash()
{
    bool checked = false;
    m_prompter->onExec = [&](QDialog &d) {
        auto *dialog = qobject_cast<RenameGroupDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        auto *reason = dialog->findChild<QLabel *>(QStringLiteral("reason"));
        if (!reason || dialog->okButton()->isEnabled()) // unchanged name
            return int(QDialog::Rejected);
        dialog->nameEdit()->setText(QStringLiteral("  "));
        if (dialog->okButton()->isEnabled() ||
            reason->text() != QStringLiteral("The residential group needs a name."))
            return int(QDialog::Rejected);
        dialog->nameEdit()->setText(QStringLiteral("tổ 2"));
        if (dialog->okButton()->isEnabled() ||
            reason->text() != QStringLiteral("A residential group named “Tổ 2” already exists."))
            return int(QDialog::Rejected);
        dialog->nameEdit()->setText(QStringLiteral("Tổ 1A"));
        checked = dialog->okButton()->isEnabled() && dialog->problem().isEmpty();
        return int(QDialog::Rejected); // cancelled: nothing changes
    };
    const QString before = groupsDump();
    QVERIFY(triggerOnGroup(m_ward->group1, "renameGroup"));
    QVERIFY(checked);
    QCOMPARE(groupsDump(), before);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_GroupActions::f2RenamesTheSelectedGroup()
{
    m_prompter->onExec = [&](QDialog &d) {
        auto *dialog = qobject_cast<RenameGroupDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        dialog->nameEdit()->setText(QStringLiteral("Tổ 1 mới"));
        return int(QDialog::Accepted);
    };
    m_window->tree()->setCurrentIndex(m_window->treeModel()->groupIndex(m_ward->group1));
    m_window->tree()->setFocus();
    QTest::keyClick(m_window->tree(), Qt::Key_F2);
    QCOMPARE(GroupStore(*m_window->database()).group(m_ward->group1)->name,
             QStringLiteral("Tổ 1 mới"));
    // On the ward row F2 does nothing.
    m_window->tree()->setCurrentIndex(m_window->treeModel()->wardIndex());
    QTest::keyClick(m_window->tree(), Qt::Key_F2);
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void tst_GroupActions::householdsModel()
{
    GroupHouseholdsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<GroupHouseholdRow> rows;
    const QStringList addresses{QStringLiteral("Số 27 ngõ 5 Lê Lợi"),
                                QStringLiteral("Số 9 ngõ 12 Lê Lợi"),
                                QStringLiteral("Số 9 ngõ 5 Lê Lợi")};
    for (int i = 0; i < addresses.size(); ++i) {
        GroupHouseholdRow h;
        h.id = 10 + i;
        h.code = QStringLiteral("H%1").arg(i);
        h.address = addresses.at(i);
        h.addressKey = Text::naturalKey(h.address);
        h.headName = QStringLiteral("Chủ hộ %1").arg(i);
        h.residents = i + 1;
        rows << h;
    }
    model.setHouseholds(rows);
    QCOMPARE(model.rowCount(), 3);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(GroupHouseholdsModel::SortRole);
    proxy.sort(GroupHouseholdsModel::AddressColumn);
    QStringList sorted;
    for (int r = 0; r < proxy.rowCount(); ++r)
        sorted << proxy.index(r, 0).data().toString();
    QCOMPARE(sorted,
             QStringList({QStringLiteral("Số 9 ngõ 5 Lê Lợi"), QStringLiteral("Số 9 ngõ 12 Lê Lợi"),
                          QStringLiteral("Số 27 ngõ 5 Lê Lợi")}));
    QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(1, 1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedIds(), QVector<qint64>({10, 12}));
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsUserCheckable));
    QCOMPARE(model.index(1, GroupHouseholdsModel::ResidentsColumn).data().toInt(), 2);
}

void tst_GroupActions::screenshot()
{
    const QString ward = qEnvironmentVariable("SOTAY06_SCREENSHOT_WARD");
    const QString dir = qEnvironmentVariable("SOTAY06_SCREENSHOT_DIR");
    if (ward.isEmpty() || dir.isEmpty())
        QSKIP("set SOTAY06_SCREENSHOT_WARD and SOTAY06_SCREENSHOT_DIR to take the screenshot");
    QTranslator translator;
    if (const QString qm = qEnvironmentVariable("SOTAY06_SCREENSHOT_QM"); !qm.isEmpty()) {
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(&translator);
    }
    m_window.reset();
    auto db = Database::open(ward, Database::Mode::ReadOnly);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    GroupStore store(*db.value());
    const auto groups = store.groups();
    QVERIFY(groups.size() > 1);
    const GroupRow from = groups.at(1);
    Database *raw = db.value().get();
    SplitGroupDialog dialog(from, store.households(from.id), groups,
                            [raw](const QString &n) { return GroupStore(*raw).checkName(n); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A street being moved to a new group.
    const QString street = store.households(from.id).value(0).address.section(QLatin1Char(' '), -2);
    dialog.searchBox()->setText(street);
    dialog.checkShown(true);
    dialog.nameEdit()->setText(from.name + QStringLiteral("B"));
    QTest::qWait(100);
    QDir().mkpath(dir);
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("group-split.png"))));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_GroupActions)
#include "tst_GroupActions.moc"
