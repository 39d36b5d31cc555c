#include "Clock.h"
#include "import/FileChooser.h"
#include "import/ImportDialog.h"
#include "import/RejectedRowsModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

namespace {

// Answers the file dialog at once: no modal dialog in a test.
class FakeChooser : public FileChooser
{
public:
    QString next;
    int asked = 0;
    QString openFile(QWidget *, const QString &, const QString &) override
    {
        ++asked;
        return next;
    }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        return next;
    }
    bool confirm(QWidget *, const QString &, const QString &) override { return false; }
};

QString data(const char *name)
{
    return QStringLiteral(SOTAY06_TEST_DATA "/csv/") + QLatin1String(name);
}

} // namespace

// Drives the real import dialog offscreen: choose, preview, import, and what reached the ward.
class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void previewThenImport();
    void rejectedRowsShownThenValidOnly();
    void refusedFileShown_data();
    void refusedFileShown();
    void kindChosenByHand();
    void rejectedRowsModel();

private:
    template <typename T> T *child(const char *name)
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void choose(const QString &path);
    int residents();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FakeChooser m_chooser;
    std::unique_ptr<ImportDialog> m_dialog;
    int m_counter = 0;
};

void TestImportDialog::init()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
    auto r = Database::open(m_dir.filePath(QStringLiteral("w%1.sotay06").arg(++m_counter)),
                            Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    m_db = r.take();
    m_dialog = std::make_unique<ImportDialog>(*m_db, &m_chooser);
    m_dialog->show();
}

void TestImportDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
    Clock::setFixedToday(QDate());
}

void TestImportDialog::choose(const QString &path)
{
    QSignalSpy ready(m_dialog.get(), &ImportDialog::previewReady);
    m_chooser.next = path;
    QTest::mouseClick(child<QPushButton>("choose"), Qt::LeftButton);
    QVERIFY(ready.wait(20000));
}

int TestImportDialog::residents()
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM resident")) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

void TestImportDialog::previewThenImport()
{
    choose(data("good_cp1258_semicolon.csv"));
    QCOMPARE(m_chooser.asked, 1);
    // The preview names what it found and writes nothing.
    QVERIFY2(child<QLabel>("format")->text().contains(QLatin1String("Windows-1258")),
             qPrintable(child<QLabel>("format")->text()));
    QVERIFY(child<QLabel>("format")->text().contains(QLatin1String(";")));
    QVERIFY2(child<QLabel>("counts")->text().contains(QLatin1String("5")),
             qPrintable(child<QLabel>("counts")->text()));
    QCOMPARE(child<QComboBox>("kind")->currentData().toInt(), int(ImportKind::Residents));
    QCOMPARE(residents(), 0);
    QCOMPARE(m_dialog->lastSummary().added, 5);
    QVERIFY(child<QPushButton>("import")->isEnabled());
    QVERIFY(!child<QPushButton>("validOnly")->isEnabled());

    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);
    QTest::mouseClick(child<QPushButton>("import"), Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    QVERIFY(m_dialog->wasImported());
    QCOMPARE(residents(), 5);
    QVERIFY(!child<QPushButton>("import")->isEnabled());
    QVERIFY(m_dialog->isVisible());
    if (qEnvironmentVariableIsSet("SOTAY06_SHOTS")) // to look at the dialog
        m_dialog->grab().save(qEnvironmentVariable("SOTAY06_SHOTS") +
                              QStringLiteral("/import_done.png"));
}

void TestImportDialog::rejectedRowsShownThenValidOnly()
{
    choose(data("bad_rows.csv"));
    auto *view = child<QTableView>("rejected");
    QAbstractItemModel *model = view->model();
    QCOMPARE(m_dialog->lastSummary().rejectedCount, 12);
    QCOMPARE(model->rowCount(), 16); // one row per bad cell: lines 4, 8, 10 and 14 have two
    QCOMPARE(model->index(0, RejectedRowsModel::LineColumn).data().toLongLong(), 3);
    QCOMPARE(model->index(0, RejectedRowsModel::ColumnColumn).data().toString(),
             QStringLiteral("Số định danh"));
    QVERIFY(!model->index(0, RejectedRowsModel::MessageColumn).data().toString().isEmpty());
    QVERIFY(!child<QPushButton>("import")->isEnabled());
    QVERIFY(child<QPushButton>("validOnly")->isEnabled());
    QCOMPARE(residents(), 0);
    if (qEnvironmentVariableIsSet("SOTAY06_SHOTS"))
        m_dialog->grab().save(qEnvironmentVariable("SOTAY06_SHOTS") +
                              QStringLiteral("/import_rejected.png"));

    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);
    QTest::mouseClick(child<QPushButton>("validOnly"), Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    QCOMPARE(residents(), 1);
}

void TestImportDialog::refusedFileShown_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("tcvn3") << data("bad_tcvn3.csv") << "TCVN3";
    QTest::newRow("xlsx") << data("bad_xlsx_renamed.csv") << "xlsx";
    QTest::newRow("empty") << data("bad_empty.csv") << "empty";
    QTest::newRow("no kind") << data("bad_missing_required.csv") << "header row";
}

void TestImportDialog::refusedFileShown()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    choose(file);
    const QString message = child<QLabel>("message")->text();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(!child<QPushButton>("import")->isEnabled());
    QVERIFY(!child<QPushButton>("validOnly")->isEnabled());
    QCOMPARE(residents(), 0);
}

void TestImportDialog::kindChosenByHand()
{
    // A residents file read as a status list: the missing columns are named.
    choose(data("good_utf8.csv"));
    QSignalSpy ready(m_dialog.get(), &ImportDialog::previewReady);
    auto *kind = child<QComboBox>("kind");
    kind->setCurrentIndex(kind->findData(int(ImportKind::Statuses)));
    QVERIFY(ready.wait(20000));
    const QString message = child<QLabel>("message")->text();
    QVERIFY2(message.contains(QStringLiteral("“Mức”")), qPrintable(message));
    QVERIFY(!child<QPushButton>("import")->isEnabled());
}

void TestImportDialog::rejectedRowsModel()
{
    RejectedRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RejectedRow a;
    a.line = 7;
    a.problems = {{QStringLiteral("Mức 1"), QStringLiteral("x")},
                  {QStringLiteral("Ngày sinh"), QStringLiteral("y")}};
    RejectedRow b;
    b.line = 9;
    b.problems = {{QString(), QStringLiteral("z")}};
    model.setRows({a, b});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(1, RejectedRowsModel::ColumnColumn).data().toString(),
             QStringLiteral("Ngày sinh"));
    QCOMPARE(model.index(2, RejectedRowsModel::LineColumn).data().toLongLong(), 9);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestImportDialog)
#include "tst_ImportDialog.moc"
