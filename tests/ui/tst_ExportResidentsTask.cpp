#include "Clock.h"
#include "csv/ResidentImporter.h"
#include "import/ExportResidentsTask.h"
#include "import/FileChooser.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace sotay;

namespace {
class FakeChooser : public FileChooser
{
public:
    QString next;
    QString suggested;
    QString openFile(QWidget *, const QString &, const QString &) override { return next; }
    QString saveFile(QWidget *, const QString &, const QString &s, const QString &) override
    {
        suggested = s;
        return next;
    }
    bool confirmAnswer = true;
    QString confirmation;
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        confirmation = text;
        return confirmAnswer;
    }
};
} // namespace

// File → Export residents… with the real task: off the GUI thread, the file of interchange.md.
class TestExportResidentsTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void writesTheResidentsFile();
    void noFileChosen();
    void notConfirmedWritesNothing();
    void unrecordableExportWritesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FakeChooser m_chooser;
    int m_counter = 0;
};

void TestExportResidentsTask::init()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
    auto r = Database::open(m_dir.filePath(QStringLiteral("w%1.sotay06").arg(++m_counter)),
                            Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    m_db = r.take();
    const ImportSummary s = ResidentImporter(*m_db).run(
        QStringLiteral(SOTAY06_TEST_DATA "/csv/good_utf8.csv"), ImportOptions{});
    QVERIFY(s.written);
}

void TestExportResidentsTask::cleanup()
{
    m_db.reset();
    Clock::setFixedToday(QDate());
}

void TestExportResidentsTask::writesTheResidentsFile()
{
    QWidget window;
    ExportResidentsTask task(*m_db, &m_chooser, &window);
    m_chooser.next = m_dir.filePath(QStringLiteral("out.csv"));
    QSignalSpy finished(&task, &ExportResidentsTask::finished);
    QVERIFY(task.start());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(m_chooser.suggested, QStringLiteral("residents-2026-11-23.csv"));
    QFile f(m_chooser.next);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFM\xC3\xA3 h\xE1\xBB\x99,"));
    QCOMPARE(bytes.count("\r\n"), 6);
    QVERIFY(bytes.contains(
        QStringLiteral(
            "HK002,Tổ dân phố 10,\"Số 9, ngách 4/12 phố Lê Lợi\",Lê Thị Hường,01/01/1950")
            .toUtf8()));
    // Asked first, naming the file and what it holds; then recorded as a disclosure.
    QVERIFY2(m_chooser.confirmation.contains(QDir::toNativeSeparators(m_chooser.next)),
             qPrintable(m_chooser.confirmation));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT document, scope, target, os_user FROM disclosure_log")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("export"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("residents:5"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("out.csv"));
    QCOMPARE(q.value(3).toString(), m_db->osUser());
    QVERIFY(!q.next());
}

void TestExportResidentsTask::notConfirmedWritesNothing()
{
    QWidget window;
    ExportResidentsTask task(*m_db, &m_chooser, &window);
    m_chooser.next = m_dir.filePath(QStringLiteral("refused.csv"));
    m_chooser.confirmAnswer = false;
    QVERIFY(!task.start());
    m_chooser.confirmAnswer = true;
    QVERIFY(!task.isRunning());
    QVERIFY(!m_chooser.confirmation.isEmpty());
    QVERIFY(!QFile::exists(m_chooser.next));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM disclosure_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestExportResidentsTask::unrecordableExportWritesNothing()
{
    // A disclosure_log that refuses the record (as a ward that cannot be written would):
    // the export fails and leaves no file.
    QVERIFY(
        m_db->execScript(QStringLiteral("CREATE TRIGGER no_record BEFORE INSERT ON disclosure_log "
                                        "BEGIN SELECT RAISE(ABORT, 'not recorded'); END")));
    QWidget window;
    ExportResidentsTask task(*m_db, &m_chooser, &window);
    m_chooser.next = m_dir.filePath(QStringLiteral("unrecorded.csv"));
    QSignalSpy finished(&task, &ExportResidentsTask::finished);
    QVERIFY(task.start());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("not recorded")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!QFile::exists(m_chooser.next));
}

void TestExportResidentsTask::noFileChosen()
{
    QWidget window;
    ExportResidentsTask task(*m_db, &m_chooser, &window);
    m_chooser.next.clear();
    QVERIFY(!task.start());
    QVERIFY(!task.isRunning());
}

QTEST_MAIN(TestExportResidentsTask)
#include "tst_ExportResidentsTask.moc"
