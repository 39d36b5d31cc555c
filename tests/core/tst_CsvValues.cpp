#include "csv/CsvHeader.h"
#include "csv/CsvValues.h"
#include "csv/ImportKinds.h"

#include <QTest>

using namespace sotay;

// Header and cell words of interchange.md: folding, ASCII keys, kind detection.
class TestCsvValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void status_data();
    void status();
    void exclusion_data();
    void exclusion();
    void header_data();
    void header();
    void kind_data();
    void kind();
};

void TestCsvValues::status_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("status"); // -1 = unknown
    QTest::newRow("exact") << "Đã kích hoạt" << 3;
    QTest::newRow("no marks") << "da kich hoat" << 3;
    QTest::newRow("upper") << "ĐÃ PHÊ DUYỆT" << 2;
    QTest::newRow("key") << "activated" << 3;
    QTest::newRow("key upper") << "Received" << 1;
    QTest::newRow("synonym") << "Đã đăng ký" << 1;
    QTest::newRow("none") << "Chưa đăng ký" << 0;
    QTest::newRow("none key") << "none" << 0;
    QTest::newRow("nfd")
        << QString(QStringLiteral("Đã thu nhận")).normalized(QString::NormalizationForm_D) << 1;
    QTest::newRow("spaces") << "  Đã   thu nhận " << 1;
    QTest::newRow("unknown") << "Xong" << -1;
    QTest::newRow("level number") << "3" << -1;
}

void TestCsvValues::status()
{
    QFETCH(QString, cell);
    QFETCH(int, status);
    const auto s = CsvValues::status(cell);
    QCOMPARE(s ? int(*s) : -1, status);
}

void TestCsvValues::exclusion_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("reason");
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("deceased") << "Đã chết" << 1;
    QTest::newRow("absent folded") << "vang mat dai ngay" << 2;
    QTest::newRow("imprisoned key") << "imprisoned" << 3;
    QTest::newRow("abroad") << "ĐI NƯỚC NGOÀI" << 4;
    QTest::newRow("military") << "Đi nghĩa vụ quân sự" << 5;
    QTest::newRow("not living key") << "not_living_here" << 6;
    QTest::newRow("unknown") << "Đi chơi" << -1;
}

void TestCsvValues::exclusion()
{
    QFETCH(QString, cell);
    QFETCH(int, reason);
    const auto r = CsvValues::exclusion(cell);
    QCOMPARE(r ? int(*r) : -1, reason);
}

void TestCsvValues::header_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("warnings");
    const QStringList req{QStringLiteral("Số định danh"), QStringLiteral("Họ và tên"),
                          QStringLiteral("Mức"), QStringLiteral("Trạng thái")};
    QTest::newRow("exact") << req << "status" << 3 << 0;
    QTest::newRow("folded") << QStringList{"so dinh danh", "HO VA TEN", "muc", "TRẠNG THÁI"}
                            << "full_name" << 1 << 0;
    QTest::newRow("ascii keys") << QStringList{"id_number", "full_name", "level", "status", "date"}
                                << "date" << 4 << 0;
    QTest::newRow("any order") << QStringList{"Trạng thái", "Mức", "Họ và tên", "Số định danh"}
                               << "id_number" << 3 << 0;
    QTest::newRow("unknown column") << req + QStringList{"Ghi chú"} << "level" << 2 << 1;
    QTest::newRow("twice") << req + QStringList{"Mức"} << "level" << 2 << 1;
    QTest::newRow("missing required")
        << QStringList{"Số định danh", "Họ và tên", "Mức"} << "status" << -1 << 0;
}

void TestCsvValues::header()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, key);
    QFETCH(int, index);
    QFETCH(int, warnings);
    const auto h = CsvHeader::map(cells, ImportKinds::columns(ImportKind::Statuses));
    if (index < 0) {
        QVERIFY(!h.ok());
        QVERIFY2(h.error().contains(QStringLiteral("“Trạng thái”")), qPrintable(h.error()));
        return;
    }
    QVERIFY2(h.ok(), qPrintable(h.error()));
    QCOMPARE(h.value().index(key), index);
    QCOMPARE(h.value().spelled(key), cells.at(index));
    QCOMPARE(h.value().warnings().size(), warnings);
}

void TestCsvValues::kind_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("kind"); // 0 = none
    QTest::newRow("residents") << QStringList{"Mã hộ", "Tổ dân phố", "Địa chỉ", "Họ và tên",
                                              "Ngày sinh"}
                               << 1;
    QTest::newRow("residents keys")
        << QStringList{"household_code", "group", "address", "full_name", "birth_date"} << 1;
    QTest::newRow("statuses") << QStringList{"Số định danh", "Họ và tên", "Mức", "Trạng thái",
                                             "Ngày"}
                              << 2;
    QTest::newRow("targets") << QStringList{"Tổ dân phố", "Chỉ tiêu", "Hạn"} << 3;
    QTest::newRow("nothing") << QStringList{"a", "b"} << 0;
}

void TestCsvValues::kind()
{
    QFETCH(QStringList, header);
    QFETCH(int, kind);
    const auto k = ImportKinds::detect(header);
    QCOMPARE(k ? int(*k) : 0, kind);
}

QTEST_GUILESS_MAIN(TestCsvValues)
#include "tst_CsvValues.moc"
