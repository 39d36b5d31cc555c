#include "Clock.h"
#include "PrintTestHelpers.h"
#include "print/WeeklyReportDialog.h"
#include "reports/WeekNotes.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTemporaryDir>

using namespace sotay;
using namespace sotay::testing;

// Drives the real weekly report dialog offscreen: the Thursday, the week's note, PDF, CSV
// and print preview through the Prompter seam; what reached the files and the ward.
class TestWeeklyReportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void defaultThursday_data();
    void defaultThursday();
    void otherDaysMoveToThursday();
    void noteKeptPerWeek();
    void savePdf();
    void saveCsv();
    void previewPaintsAndRecordsPrint();
    void cancelledFileWritesNothing();

private:
    template <typename T> T *child(const char *name)
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    std::unique_ptr<UiTestWard> m_ward;
    TestPrompter m_prompter;
    std::unique_ptr<WeeklyReportDialog> m_dialog;
    QTemporaryDir m_dir;
};

void TestWeeklyReportDialog::init()
{
    Clock::setFixedToday(QDate(2026, 5, 18)); // a Monday: the last Thursday is 14/05/2026
    m_ward = std::make_unique<UiTestWard>();
    m_prompter = TestPrompter();
    m_dialog = std::make_unique<WeeklyReportDialog>(*m_ward->ward.db, m_prompter);
}

void TestWeeklyReportDialog::cleanup()
{
    m_dialog.reset();
    m_ward.reset();
    Clock::setFixedToday({});
}

void TestWeeklyReportDialog::defaultThursday_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Thursday: itself") << QDate(2026, 5, 14) << QDate(2026, 5, 14);
    QTest::newRow("Friday: the day before") << QDate(2026, 5, 15) << QDate(2026, 5, 14);
    QTest::newRow("Tuesday: last one") << QDate(2026, 5, 19) << QDate(2026, 5, 14);
    QTest::newRow("Wednesday: tomorrow") << QDate(2026, 5, 20) << QDate(2026, 5, 21);
}

void TestWeeklyReportDialog::defaultThursday()
{
    QFETCH(QDate, today);
    QFETCH(QDate, expected);
    QCOMPARE(WeeklyReportDialog::defaultThursday(today), expected);
}

void TestWeeklyReportDialog::otherDaysMoveToThursday()
{
    auto *date = child<QDateEdit>("date");
    QCOMPARE(date->date(), QDate(2026, 5, 14));
    QCOMPARE(date->displayFormat(), QStringLiteral("dd/MM/yyyy"));
    date->setDate(QDate(2026, 5, 15)); // Friday, after: the next Thursday
    QCOMPARE(date->date(), QDate(2026, 5, 21));
    QCOMPARE(m_dialog->thursday(), QDate(2026, 5, 21));
    QVERIFY(child<QLabel>("message")->text().contains(QStringLiteral("21/05/2026")));
    date->setDate(QDate(2026, 5, 20)); // Wednesday, before: the Thursday before it
    QCOMPARE(date->date(), QDate(2026, 5, 14));
    QCOMPARE(child<QLabel>("week")->text().contains(QStringLiteral("07/05/2026")), true);
}

void TestWeeklyReportDialog::noteKeptPerWeek()
{
    m_dialog->setNoteTexts(QStringLiteral("Nhiều người đi làm xa"), QStringLiteral("Thêm máy"));
    m_dialog->setThursday(QDate(2026, 5, 21)); // the 14th's texts are saved on the way
    QCOMPARE(child<QPlainTextEdit>("difficulties")->toPlainText(), QString());
    const WeekNote kept = WeekNotes(*m_ward->ward.db).note(QDate(2026, 5, 14));
    QCOMPARE(kept.difficulties, QStringLiteral("Nhiều người đi làm xa"));
    QCOMPARE(kept.proposals, QStringLiteral("Thêm máy"));
    m_dialog->setThursday(QDate(2026, 5, 14));
    QCOMPARE(child<QPlainTextEdit>("proposals")->toPlainText(), QStringLiteral("Thêm máy"));
}

void TestWeeklyReportDialog::savePdf()
{
    Database &db = *m_ward->ward.db;
    child<QPlainTextEdit>("difficulties")->setPlainText(QStringLiteral("Mất điện hai ngày"));
    m_prompter.nextFile = m_dir.filePath(QStringLiteral("tuan.pdf"));
    const QList<QVariant> done = clickAndWait(*m_dialog, m_dialog->pdfButton());
    QCOMPARE(done.size(), 2);
    QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
    QVERIFY(m_prompter.warnings.isEmpty());
    QVERIFY(QFile::exists(m_prompter.nextFile));
    QCOMPARE(disclosures(db, QStringLiteral("weekly_report")), 1);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT scope || '|' || target FROM disclosure_log")).toString(),
        QStringLiteral("2026-05-14 pdf|") + m_prompter.nextFile);
    QCOMPARE(WeekNotes(db).note(QDate(2026, 5, 14)).difficulties,
             QStringLiteral("Mất điện hai ngày"));
    if (!havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(m_prompter.nextFile);
    QVERIFY2(text.contains(QStringLiteral("BÁO CÁO")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Mất điện hai ngày")));
}

void TestWeeklyReportDialog::saveCsv()
{
    Database &db = *m_ward->ward.db;
    m_prompter.nextFile = m_dir.filePath(QStringLiteral("tuan.csv"));
    const QList<QVariant> done = clickAndWait(*m_dialog, m_dialog->csvButton());
    QCOMPARE(done.size(), 2);
    QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
    QFile f(m_prompter.nextFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM of interchange.md
    const QString csv = QString::fromUtf8(bytes);
    QVERIFY(csv.contains(QStringLiteral("Tổ 1")));
    QVERIFY(csv.contains(QStringLiteral("Tổng cộng")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT scope FROM disclosure_log")).toString(),
             QStringLiteral("2026-05-14 csv"));
}

void TestWeeklyReportDialog::previewPaintsAndRecordsPrint()
{
    int pages = -1;
    m_prompter.onExec = [&pages](QDialog &dialog) {
        auto *preview = dialog.findChild<QPrintPreviewWidget *>();
        if (!preview)
            return int(QDialog::Rejected);
        preview->updatePreview(); // paints through WeeklyReportDocument::print
        pages = preview->pageCount();
        return int(QDialog::Accepted); // as when the user printed from the preview
    };
    const QList<QVariant> done = clickAndWait(*m_dialog, m_dialog->previewButton());
    QCOMPARE(done.size(), 2);
    QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
    QVERIFY(pages >= 1);
    QCOMPARE(
        scalar(*m_ward->ward.db, QStringLiteral("SELECT scope FROM disclosure_log")).toString(),
        QStringLiteral("2026-05-14 print"));
}

void TestWeeklyReportDialog::cancelledFileWritesNothing()
{
    m_prompter.nextFile.clear();
    m_dialog->pdfButton()->click();
    QVERIFY(!m_dialog->isBusy());
    QCOMPARE(disclosures(*m_ward->ward.db, QStringLiteral("weekly_report")), 0);
}

QTEST_MAIN(TestWeeklyReportDialog)
#include "tst_WeeklyReportDialog.moc"
