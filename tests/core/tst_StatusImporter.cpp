#include "Clock.h"
#include "csv/ResidentImporter.h"
#include "csv/StatusImporter.h"
#include "csv/TargetImporter.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

// Kinds 2 and 3 of interchange.md on a ward holding tests/data/csv/good_utf8.csv.
class TestStatusImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void statusRows_data();
    void statusRows();
    void sourceAndDateRecorded();
    void rejectedStatusRows_data();
    void rejectedStatusRows();
    void targets();
    void rejectedTargets_data();
    void rejectedTargets();

private:
    QString write(const QByteArray &csv);
    QString text(const QString &sql);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

void TestStatusImporter::init()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
    auto r = Database::open(m_dir.filePath(QStringLiteral("w%1.sotay06").arg(++m_counter)),
                            Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    m_db = r.take();
    QVERIFY(ResidentImporter(*m_db)
                .run(QStringLiteral(SOTAY06_TEST_DATA "/csv/good_utf8.csv"), {})
                .written);
}

void TestStatusImporter::cleanup()
{
    m_db.reset();
    Clock::setFixedToday(QDate());
}

QString TestStatusImporter::write(const QByteArray &csv)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_counter));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(csv);
    return path;
}

QString TestStatusImporter::text(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

void TestStatusImporter::statusRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("outcome"); // added/updated/unchanged
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>(
        "cache"); // l1_status l1_date l2_status l2_date of An after the import
    // An: level 1 activated 10/05/2024, level 2 approved since 23/11/2026.
    QTest::newRow("level 2 activated")
        << QByteArray("001085012345,Nguyễn Văn An,2,Đã kích hoạt,20/11/2026") << "updated" << 0
        << "3 2024-05-10 3 2026-11-20";
    QTest::newRow("folded name and status")
        << QByteArray("001085012345,NGUYỄN VĂN AN,2,da kich hoat,") << "updated" << 0
        << "3 2024-05-10 3 2026-11-23";
    QTest::newRow("lower: kept, warned") << QByteArray("001085012345,Nguyễn Văn An,1,Đã phê duyệt,")
                                         << "unchanged" << 1 << "3 2024-05-10 2 2026-11-23";
    QTest::newRow("other activation date kept")
        << QByteArray("001085012345,Nguyễn Văn An,1,Đã kích hoạt,01/01/2024") << "unchanged" << 1
        << "3 2024-05-10 2 2026-11-23";
    QTest::newRow("same: nothing") << QByteArray("001085012345,Nguyễn Văn An,2,Đã phê duyệt,")
                                   << "unchanged" << 0 << "3 2024-05-10 2 2026-11-23";
}

void TestStatusImporter::statusRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, outcome);
    QFETCH(int, warnings);
    QFETCH(QString, cache);
    const QString path = write("Số định danh,Họ và tên,Mức,Trạng thái,Ngày\r\n" + row + "\r\n");
    const ImportSummary s = StatusImporter(*m_db).run(path, {});
    QCOMPARE(s.rejectedCount, 0);
    QCOMPARE(s.added + s.updated + s.unchanged, 1);
    QCOMPARE(outcome == QLatin1String("updated") ? s.updated : s.unchanged, 1);
    QCOMPARE(s.warningCount, warnings);
    QCOMPARE(text(QStringLiteral(
                 "SELECT l1_status || ' ' || l1_date || ' ' || l2_status || ' ' || l2_date "
                 "FROM resident WHERE id_number = '001085012345'")),
             cache);
}

void TestStatusImporter::sourceAndDateRecorded()
{
    const QString path = write("Số định danh,Họ và tên,Mức,Trạng thái\r\n"
                               "001190012346,Trần Thị Bình,1,Đã phê duyệt\r\n");
    ImportOptions o;
    o.asOf = QDate(2026, 11, 2);
    const ImportSummary s = StatusImporter(*m_db).run(path, o);
    QCOMPARE(s.updated, 1);
    QCOMPARE(text(QStringLiteral(
                 "SELECT source || ' ' || date FROM status_event WHERE status = 2 AND level = 1")),
             QFileInfo(path).fileName() + QStringLiteral(" 2026-11-02"));
    QCOMPARE(
        text(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import.statuses'")),
        QStringLiteral("1"));
}

void TestStatusImporter::rejectedStatusRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name mismatch") << QByteArray("001085012345,Nguyễn Văn Ân,2,Đã kích hoạt,")
                                   << "2:Họ và tên: the name does not match";
    QTest::newRow("level") << QByteArray("001085012345,Nguyễn Văn An,3,Đã kích hoạt,") << "2:Mức: ";
    QTest::newRow("status") << QByteArray("001085012345,Nguyễn Văn An,1,Xong,") << "2:Trạng thái: ";
    QTest::newRow("future date") << QByteArray(
                                        "001085012345,Nguyễn Văn An,2,Đã kích hoạt,24/11/2026")
                                 << "2:Ngày: the date 24/11/2026 is after today";
    QTest::newRow("unknown resident")
        << QByteArray("079085099999,Người Lạ,1,Đã kích hoạt,") << "2:Số định danh: no resident";
    QTest::newRow("bad id") << QByteArray("12345,Người Lạ,1,Đã kích hoạt,")
                            << "2:Số định danh: the ID number must";
    QTest::newRow("missing name") << QByteArray("001085012345,,1,Đã kích hoạt,")
                                  << "2:Họ và tên: the value is missing";
}

void TestStatusImporter::rejectedStatusRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    const QString path = write("Số định danh,Họ và tên,Mức,Trạng thái,Ngày\r\n" + row + "\r\n");
    const ImportSummary s = StatusImporter(*m_db).run(path, {});
    QCOMPARE(s.rejectedCount, 1);
    QVERIFY2(s.rejected.at(0).text().startsWith(expected), qPrintable(s.rejected.at(0).text()));
    QVERIFY(!s.written);
}

void TestStatusImporter::targets()
{
    const ImportSummary s =
        TargetImporter(*m_db).run(QStringLiteral(SOTAY06_TEST_DATA "/csv/good_targets.csv"), {});
    QCOMPARE(s.rejectedCount, 0);
    QCOMPARE(s.added, 2);
    QCOMPARE(text(QStringLiteral(
                 "SELECT t.target || ' ' || t.deadline || ' ' || t.effective_from FROM target t "
                 "JOIN res_group g ON g.id = t.group_id WHERE g.name = 'Tổ dân phố 5'")),
             QStringLiteral("120 2026-12-31 2026-11-23"));
    // Again: unchanged.
    const ImportSummary again =
        TargetImporter(*m_db).run(QStringLiteral(SOTAY06_TEST_DATA "/csv/good_targets.csv"), {});
    QCOMPARE(again.unchanged, 2);
}

void TestStatusImporter::rejectedTargets_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown group")
        << QByteArray("Tổ dân phố 99,10,") << "2:Tổ dân phố: the ward has no";
    QTest::newRow("not a number") << QByteArray("Tổ dân phố 5,nhiều,") << "2:Chỉ tiêu: ";
    QTest::newRow("bad deadline") << QByteArray("Tổ dân phố 5,10,31/02/2027") << "2:Hạn: ";
}

void TestStatusImporter::rejectedTargets()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    const QString path = write("Tổ dân phố,Chỉ tiêu,Hạn\r\n" + row + "\r\n");
    const ImportSummary s = TargetImporter(*m_db).run(path, {});
    QCOMPARE(s.rejectedCount, 1);
    QVERIFY2(s.rejected.at(0).text().startsWith(expected), qPrintable(s.rejected.at(0).text()));
}

QTEST_GUILESS_MAIN(TestStatusImporter)
#include "tst_StatusImporter.moc"
