#include "Clock.h"
#include "PrintTestHelpers.h"
#include "print/ConfirmationDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

using namespace sotay;
using namespace sotay::testing;

// Drives the real confirmation list dialog offscreen: period, group, PDF through the seam.
class TestConfirmationDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void defaultPeriodIsLastWeek();
    void savePdfOfPeriod();
    void reversedPeriodRefused();

private:
    std::unique_ptr<UiTestWard> m_ward;
    TestPrompter m_prompter;
    std::unique_ptr<ConfirmationDialog> m_dialog;
    QTemporaryDir m_dir;
};

void TestConfirmationDialog::init()
{
    Clock::setFixedToday(QDate(2026, 5, 18)); // Monday: the last report week is 07–13/05
    m_ward = std::make_unique<UiTestWard>();
    m_prompter = TestPrompter();
    m_dialog = std::make_unique<ConfirmationDialog>(*m_ward->ward.db, m_prompter);
}

void TestConfirmationDialog::cleanup()
{
    m_dialog.reset();
    m_ward.reset();
    Clock::setFixedToday({});
}

void TestConfirmationDialog::defaultPeriodIsLastWeek()
{
    auto *from = m_dialog->findChild<QDateEdit *>(QStringLiteral("from"));
    auto *to = m_dialog->findChild<QDateEdit *>(QStringLiteral("to"));
    QVERIFY(from && to);
    QCOMPARE(from->date(), QDate(2026, 5, 7));
    QCOMPARE(to->date(), QDate(2026, 5, 13));
    QCOMPARE(from->displayFormat(), QStringLiteral("dd/MM/yyyy"));
    auto *group = m_dialog->findChild<QComboBox *>(QStringLiteral("group"));
    QCOMPARE(group->count(), 3); // the whole ward, Tổ 1, Tổ 2
}

void TestConfirmationDialog::savePdfOfPeriod()
{
    Database &db = *m_ward->ward.db;
    m_dialog->setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31)); // An activated on 01/03
    QVERIFY(m_dialog->selectGroup(QStringLiteral("Tổ 1")));
    m_prompter.nextFile = m_dir.filePath(QStringLiteral("xacnhan.pdf"));
    const QList<QVariant> done = clickAndWait(*m_dialog, m_dialog->pdfButton());
    QCOMPARE(done.size(), 2);
    QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
    QVERIFY(done.at(1).toString().contains(QStringLiteral("(1 residents")));
    QVERIFY(QFile::exists(m_prompter.nextFile));
    QCOMPARE(disclosures(db, QStringLiteral("confirmation")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT scope FROM disclosure_log")).toString(),
             QStringLiteral("2026-03-01..2026-03-31 Tổ 1"));
    if (!havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(m_prompter.nextFile);
    QVERIFY2(text.contains(QStringLiteral("DANH SÁCH"), Qt::CaseInsensitive),
             qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Nguyễn Văn An")));
}

void TestConfirmationDialog::reversedPeriodRefused()
{
    m_dialog->setPeriod(QDate(2026, 3, 31), QDate(2026, 3, 1));
    m_prompter.nextFile = m_dir.filePath(QStringLiteral("x.pdf"));
    const QList<QVariant> done = clickAndWait(*m_dialog, m_dialog->pdfButton());
    QCOMPARE(done.size(), 2);
    QCOMPARE(done.at(0).toBool(), false);
    QCOMPARE(m_prompter.warnings.size(), 1);
    QVERIFY(!QFile::exists(m_prompter.nextFile));
    QCOMPARE(disclosures(*m_ward->ward.db, QStringLiteral("confirmation")), 0);
}

QTEST_MAIN(TestConfirmationDialog)
#include "tst_ConfirmationDialog.moc"
