// The audit trail of the window's edits, end to end: a resident edited in the real window
// through its dialog, undone and redone, writes three audit entries (old → new, who, when)
// with the change; a status by keyboard and its undo write theirs; and Tools → Audit log
// shows them, filtered.
#include "UiTestWard.h"

#include "Clock.h"
#include "audit/AuditLogDialog.h"
#include "audit/AuditLogModel.h"
#include "residents/ResidentDialog.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsView.h"
#include "residents/StatusDialog.h"
#include "storage/AuditLog.h"
#include "window/MainWindow.h"
#include "window/WardToolsMenu.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace sotay;
using namespace sotay::testing;

class tst_EditAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void residentEditUndoRedo();
    void statusAndItsUndo();
    void auditLogDialogShowsThemFiltered();

private:
    bool selectResident(const QString &name);
    QVector<AuditLog::Entry> entries(const QString &action = {});
    void editHuongsPhone();
    std::unique_ptr<UiTestWard> m_ward;
    std::unique_ptr<MainWindow> m_window;
    TestPrompter *m_prompter = nullptr;
};

static const QString kOperator = QStringLiteral("Võ Thị Kiểm Tra");

void tst_EditAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_EditAudit"));
    Clock::setFixedToday(QDate(2026, 11, 20));
}

void tst_EditAudit::init()
{
    m_ward = std::make_unique<UiTestWard>();
    const QString path = m_ward->path();
    m_ward->close();
    m_window = std::make_unique<MainWindow>();
    auto prompter = std::make_unique<TestPrompter>();
    m_prompter = prompter.get();
    m_window->setPrompter(std::move(prompter));
    QVERIFY(m_window->openWard(path));
    m_window->database()->setOperatorName(kOperator);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_EditAudit::cleanup()
{
    m_window.reset();
    m_ward.reset();
}

bool tst_EditAudit::selectResident(const QString &name)
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

QVector<AuditLog::Entry> tst_EditAudit::entries(const QString &action)
{
    AuditLog::Filter f;
    f.action = action;
    QVector<AuditLog::Entry> all = AuditLog(*m_window->database()).entries(f);
    std::reverse(all.begin(), all.end()); // oldest first
    return all;
}

void tst_EditAudit::editHuongsPhone()
{
    QVERIFY(selectResident(QStringLiteral("Nguyễn Thị Hường")));
    m_prompter->onExec = [&](QDialog &d) {
        auto *dialog = qobject_cast<ResidentDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        dialog->phoneEdit()->clear();
        QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("0987 654 321"));
        dialog->nameEdit()->setText(QStringLiteral("Nguyễn Thị Hưởng"));
        return dialog->okButton()->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    QTest::keyClick(m_window->residents()->table(), Qt::Key_F2);
    QVERIFY2(m_prompter->warnings.isEmpty(),
             qPrintable(m_prompter->warnings.join(QLatin1Char('\n'))));
}

void tst_EditAudit::residentEditUndoRedo()
{
    Database &db = *m_window->database();
    const int before = entries().size();
    editHuongsPhone();
    const QString phone = QStringLiteral("SELECT phone FROM resident WHERE id = ?");
    QCOMPARE(scalar(db, phone, {m_ward->huong}).toString(), QStringLiteral("0987654321"));

    auto edits = entries(QStringLiteral("resident.update"));
    QCOMPARE(edits.size(), 1);
    const QString oldSide = QStringLiteral("full_name=Nguyễn Thị Hường; phone=0912345678");
    const QString newSide = QStringLiteral("full_name=Nguyễn Thị Hưởng; phone=0987654321");
    QCOMPARE(edits[0].action, QStringLiteral("resident.update"));
    QCOMPARE(edits[0].entity, QStringLiteral("resident"));
    QCOMPARE(edits[0].entityId, m_ward->huong);
    QCOMPARE(edits[0].oldValue, oldSide);
    QCOMPARE(edits[0].newValue, newSide);
    QCOMPARE(edits[0].operatorName, kOperator);
    QCOMPARE(edits[0].osUser, db.osUser());
    QCOMPARE(edits[0].at.date(), QDate(2026, 11, 20));

    m_window->undoStack()->undo();
    QCOMPARE(scalar(db, phone, {m_ward->huong}).toString(), QStringLiteral("0912345678"));
    m_window->undoStack()->redo();
    QCOMPARE(scalar(db, phone, {m_ward->huong}).toString(), QStringLiteral("0987654321"));

    edits = entries(QStringLiteral("resident.update"));
    QCOMPARE(edits.size(), 3);
    QCOMPARE(edits[1].action, QStringLiteral("resident.update.undo"));
    QCOMPARE(edits[1].oldValue, newSide);
    QCOMPARE(edits[1].newValue, oldSide);
    QCOMPARE(edits[2].action, QStringLiteral("resident.update.redo"));
    QCOMPARE(edits[2].oldValue, oldSide);
    QCOMPARE(edits[2].newValue, newSide);
    QCOMPARE(entries().size(), before + 3); // one entry per step, nothing else
}

void tst_EditAudit::statusAndItsUndo()
{
    QVERIFY(selectResident(QStringLiteral("Trần Thị Hương")));
    m_prompter->onExec = [&](QDialog &d) {
        auto *dialog = qobject_cast<StatusDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        QTest::keyClick(dialog, Qt::Key_K); // activated
        return dialog->okButton()->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    QTest::keyClick(m_window->residents()->table(), Qt::Key_1);
    m_window->undoStack()->undo();
    const auto status = entries(QStringLiteral("status.record"));
    QCOMPARE(status.size(), 2);
    QCOMPARE(status[0].action, QStringLiteral("status.record"));
    QCOMPARE(status[0].entityId, m_ward->huong2);
    QCOMPARE(status[0].oldValue, QStringLiteral("level=l1=approved"));
    QCOMPARE(status[0].newValue, QStringLiteral("level=l1=activated 2026-11-20"));
    QCOMPARE(status[1].action, QStringLiteral("status.record.undo"));
    QCOMPARE(status[1].oldValue, QStringLiteral("level=l1=activated"));
    QCOMPARE(status[1].newValue, QStringLiteral("level=l1=approved"));
}

void tst_EditAudit::auditLogDialogShowsThemFiltered()
{
    editHuongsPhone();
    m_window->undoStack()->undo();
    m_window->undoStack()->redo();

    int byOperator = -1, byText = -1, byDate = -1, noMatch = -1;
    QString newest, newestNew;
    m_prompter->onExec = [&](QDialog &d) {
        auto *dialog = qobject_cast<AuditLogDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        AuditLogModel *model = dialog->model();
        dialog->findChild<QLineEdit *>(QStringLiteral("user"))->setText(kOperator);
        byOperator = model->rowCount();
        newest = model->index(0, AuditLogModel::Action).data().toString();
        newestNew = model->entry(0).newValue;
        dialog->findChild<QLineEdit *>(QStringLiteral("user"))->clear();
        dialog->findChild<QLineEdit *>(QStringLiteral("text"))
            ->setText(QStringLiteral("Nguyễn Thị Hưởng"));
        byText = model->rowCount();
        dialog->findChild<QLineEdit *>(QStringLiteral("text"))->clear();
        dialog->findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2026, 11, 21));
        dialog->findChild<QCheckBox *>(QStringLiteral("useFrom"))->setChecked(true);
        byDate = model->rowCount();
        dialog->findChild<QCheckBox *>(QStringLiteral("useFrom"))->setChecked(false);
        dialog->findChild<QLineEdit *>(QStringLiteral("user"))
            ->setText(QStringLiteral("nobody-of-this-name"));
        noMatch = model->rowCount();
        return int(QDialog::Rejected);
    };
    m_window->findChild<WardToolsMenu *>()->showAuditLog();
    QCOMPARE(byOperator, 3); // the ward was made before the operator was chosen
    QCOMPARE(newest, QStringLiteral("resident.update.redo"));
    QCOMPARE(newestNew, QStringLiteral("full_name=Nguyễn Thị Hưởng; phone=0987654321"));
    QCOMPARE(byText, 3);
    QCOMPARE(byDate, 0); // all of it happened on 20/11/2026
    QCOMPARE(noMatch, 0);
}

QTEST_MAIN(tst_EditAudit)
#include "tst_EditAudit.moc"
