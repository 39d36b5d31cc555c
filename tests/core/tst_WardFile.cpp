#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WardFile.h"
#include "storage/WardStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

class tst_WardFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void completed_data();
    void completed();
    void enteredValuesAreKept();
    void fileNameFor_data();
    void fileNameFor();
    void createWritesTheWardAndTheAudit();
    void createRefusesAnExistingFileAndANamelessWard();

private:
    QTemporaryDir m_dir;
};

void tst_WardFile::completed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("upperUnit");
    QTest::addColumn<QString>("place");
    QTest::newRow("phường") << QStringLiteral("Phường Phước Tiến") << QStringLiteral("Khánh Hòa")
                            << QStringLiteral("UBND phường Phước Tiến")
                            << QStringLiteral("Công an tỉnh Khánh Hòa")
                            << QStringLiteral("Phước Tiến");
    QTest::newRow("xã, spaces") << QStringLiteral("  Xã   Cam Hải Đông ")
                                << QStringLiteral(" Khánh  Hòa")
                                << QStringLiteral("UBND xã Cam Hải Đông")
                                << QStringLiteral("Công an tỉnh Khánh Hòa")
                                << QStringLiteral("Cam Hải Đông");
    QTest::newRow("thị trấn, no province")
        << QStringLiteral("THỊ TRẤN Vạn Giã") << QString()
        << QStringLiteral("UBND thị trấn Vạn Giã") << QString() << QStringLiteral("Vạn Giã");
    QTest::newRow("no kind") << QStringLiteral("Phước Tiến") << QStringLiteral("Hà Nội")
                             << QStringLiteral("UBND Phước Tiến")
                             << QStringLiteral("Công an tỉnh Hà Nội")
                             << QStringLiteral("Phước Tiến");
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString();
}

void tst_WardFile::completed()
{
    QFETCH(QString, name);
    QFETCH(QString, province);
    WardInfo w;
    w.name = name;
    w.province = province;
    const WardInfo c = WardFile::completed(w);
    QTEST(c.unit, "unit");
    QTEST(c.upperUnit, "upperUnit");
    QTEST(c.place, "place");
    QCOMPARE(c.signerTitle, QStringLiteral("TỔ TRƯỞNG"));
}

void tst_WardFile::enteredValuesAreKept()
{
    WardInfo w;
    w.name = QStringLiteral("Phường Phước Tiến");
    w.unit = QStringLiteral("UBND phường Phước Tiến, thành phố Nha Trang");
    w.province = QStringLiteral("Khánh Hòa");
    w.upperUnit = QStringLiteral("Ban Chỉ đạo Đề án 06 tỉnh");
    w.signerName = QStringLiteral("Lê Văn Tám");
    w.signerTitle = QStringLiteral("CHỦ TỊCH");
    w.place = QStringLiteral("Nha Trang");
    const WardInfo c = WardFile::completed(w);
    QCOMPARE(c.unit, w.unit);
    QCOMPARE(c.upperUnit, w.upperUnit);
    QCOMPARE(c.signerName, w.signerName);
    QCOMPARE(c.signerTitle, w.signerTitle);
    QCOMPARE(c.place, w.place);
}

void tst_WardFile::fileNameFor_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("phường") << QStringLiteral("Phường Phước Tiến")
                            << QStringLiteral("phuong-phuoc-tien.sotay06");
    QTest::newRow("đ") << QStringLiteral("Xã Đông Hòa") << QStringLiteral("xa-dong-hoa.sotay06");
    QTest::newRow("punctuation") << QStringLiteral(" Phường 12 / Quận 3 ")
                                 << QStringLiteral("phuong-12-quan-3.sotay06");
    QTest::newRow("nothing usable") << QStringLiteral("//") << QStringLiteral("phuong.sotay06");
}

void tst_WardFile::fileNameFor()
{
    QFETCH(QString, name);
    QTEST(WardFile::fileNameFor(name), "file");
}

void tst_WardFile::createWritesTheWardAndTheAudit()
{
    const QString path = m_dir.filePath(QStringLiteral("a.sotay06"));
    WardInfo w;
    w.name = QStringLiteral("Phường Phước Tiến");
    w.province = QStringLiteral("Khánh Hòa");
    const Status s = WardFile::create(path, w);
    QVERIFY2(s, qPrintable(s.error()));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    const auto ward = WardStore(*db.value()).ward();
    QVERIFY(ward);
    QCOMPARE(ward.value().unit, QStringLiteral("UBND phường Phước Tiến"));
    QCOMPARE(ward.value().upperUnit, QStringLiteral("Công an tỉnh Khánh Hòa"));
    QCOMPARE(ward.value().place, QStringLiteral("Phước Tiến"));
    AuditLog::Filter f;
    f.action = QStringLiteral("ward.create");
    QCOMPARE(AuditLog(*db.value()).entries(f).size(), 1);
}

void tst_WardFile::createRefusesAnExistingFileAndANamelessWard()
{
    const QString path = m_dir.filePath(QStringLiteral("b.sotay06"));
    WardInfo w;
    w.name = QStringLiteral("Phường Một");
    QVERIFY(WardFile::create(path, w));
    w.name = QStringLiteral("Phường Hai");
    const Status again = WardFile::create(path, w);
    QVERIFY(!again);
    QVERIFY(!again.error().isEmpty());
    auto db = Database::open(path);
    QCOMPARE(WardStore(*db.value()).ward().value().name, QStringLiteral("Phường Một"));

    w.name = QStringLiteral("   ");
    const QString nameless = m_dir.filePath(QStringLiteral("c.sotay06"));
    QVERIFY(!WardFile::create(nameless, w));
    QVERIFY(!QFile::exists(nameless));
}

QTEST_GUILESS_MAIN(tst_WardFile)
#include "tst_WardFile.moc"
