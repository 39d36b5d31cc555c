#include "Clock.h"
#include "csv/ResidentImporter.h"
#include "import/ExportResidentsTask.h"
#include "import/FileChooser.h"
#include "storage/Database.h"

#include <QFile>
#include <QSignalSpy>
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
