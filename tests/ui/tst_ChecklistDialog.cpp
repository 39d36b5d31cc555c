#include "Clock.h"
#include "PrintTestHelpers.h"
#include "print/ChecklistDialog.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

using namespace sotay;
using namespace sotay::testing;

// Drives the real checklist dialog offscreen: group and team, PDF through the Prompter seam.
class TestChecklistDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsGroupsAndTeams();
    void savePdfOfGroup();
    void savePdfOfTeamShare();

private:
    std::unique_ptr<UiTestWard> m_ward;
    TestPrompter m_prompter;
    std::unique_ptr<ChecklistDialog> m_dialog;
    QTemporaryDir m_dir;
};

void TestChecklistDialog::init()
{
    Clock::setFixedToday(QDate(2026, 5, 18));
    m_ward = std::make_unique<UiTestWard>();
    m_prompter = TestPrompter();
    m_dialog = std::make_unique<ChecklistDialog>(*m_ward->ward.db, m_prompter);
}

void TestChecklistDialog::cleanup()
{
    m_dialog.reset();
    m_ward.reset();
    Clock::setFixedToday({});
}

void TestChecklistDialog::listsGroupsAndTeams()
{
    auto *group = m_dialog->findChild<QComboBox *>(QStringLiteral("group"));
    auto *team = m_dialog->findChild<QComboBox *>(QStringLiteral("team"));
    QVERIFY(group && team);
    QCOMPARE(group->count(), 2);
    QCOMPARE(group->itemText(0), QStringLiteral("Tổ 1"));
    QCOMPARE(team->count(), 2); // the whole group, Đội 1
    QVERIFY(m_dialog->selectGroup(QStringLiteral("Tổ 2")));
    QCOMPARE(group->currentText(), QStringLiteral("Tổ 2"));
    QVERIFY(!m_dialog->selectGroup(QStringLiteral("Tổ 9")));
    QVERIFY(m_dialog->pdfButton()->isEnabled());
}

void TestChecklistDialog::savePdfOfGroup()
{
    Database &db = *m_ward->ward.db;
    QVERIFY(m_dialog->selectGroup(QStringLiteral("Tổ 1")));
    m_prompter.nextFile = m_dir.filePath(QStringLiteral("to1.pdf"));
    const QList<QVariant> done = clickAndWait(*m_dialog, m_dialog->pdfButton());
    QCOMPARE(done.size(), 2);
    QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
    QVERIFY(QFile::exists(m_prompter.nextFile));
    QCOMPARE(disclosures(db, QStringLiteral("checklist")), 1);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT scope || '|' || target FROM disclosure_log")).toString(),
        QStringLiteral("Tổ 1|") + m_prompter.nextFile);
    if (!havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(m_prompter.nextFile);
    QVERIFY2(text.contains(QStringLiteral("DANH SÁCH RÀ SOÁT"), Qt::CaseInsensitive),
             qPrintable(text.left(400)));
    // Hường needs everything, Hương has an approved account to activate; An (level 1
    // activated) still needs level 2.
    QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Hường")));
    QVERIFY(text.contains(QStringLiteral("Trần Thị Hương")));
}

void TestChecklistDialog::savePdfOfTeamShare()
{
    QVERIFY(m_dialog->selectGroup(QStringLiteral("Tổ 1")));
    QVERIFY(m_dialog->selectTeam(QStringLiteral("Đội 1")));
    m_prompter.nextFile = m_dir.filePath(QStringLiteral("doi1.pdf"));
    const QList<QVariant> done = clickAndWait(*m_dialog, m_dialog->pdfButton());
    QCOMPARE(done.size(), 2);
    QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
    QCOMPARE(
        scalar(*m_ward->ward.db, QStringLiteral("SELECT scope FROM disclosure_log")).toString(),
        QStringLiteral("Tổ 1 / Đội 1"));
}

QTEST_MAIN(TestChecklistDialog)
#include "tst_ChecklistDialog.moc"
