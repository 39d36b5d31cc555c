#include "rules/IdNumber.h"

#include <QTest>

using namespace sotay;

class TestIdNumber : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void masked();
    void provinceCodes();
};

void TestIdNumber::check_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("birthYear");
    QTest::addColumn<int>("gender");
    QTest::addColumn<bool>("valid");
    const int unknown = int(Gender::Unknown), male = int(Gender::Male),
              female = int(Gender::Female);
    QTest::newRow("male 1985") << QStringLiteral("056085001234") << 1985 << male << true;
    QTest::newRow("female 1990") << QStringLiteral("001190012345") << 1990 << female << true;
    QTest::newRow("male 2008") << QStringLiteral("079208000001") << 2008 << male << true;
    QTest::newRow("female 2011") << QStringLiteral("096311000001") << 2011 << female << true;
    QTest::newRow("gender unknown") << QStringLiteral("056085001234") << 1985 << unknown << true;
    QTest::newRow("no birth year") << QStringLiteral("056085001234") << 0 << unknown << true;
    QTest::newRow("11 digits") << QStringLiteral("05608500123") << 1985 << male << false;
    QTest::newRow("13 digits") << QStringLiteral("0560850012345") << 1985 << male << false;
    QTest::newRow("letter") << QStringLiteral("05608500123A") << 1985 << male << false;
    QTest::newRow("province 003") << QStringLiteral("003085001234") << 1985 << male << false;
    QTest::newRow("province 097") << QStringLiteral("097085001234") << 1985 << male << false;
    QTest::newRow("century digit 6") << QStringLiteral("056685001234") << 1985 << male << false;
    QTest::newRow("year digits") << QStringLiteral("056086001234") << 1985 << male << false;
    QTest::newRow("century mismatch") << QStringLiteral("056285001234") << 1985 << male << false;
    QTest::newRow("gender mismatch") << QStringLiteral("056185001234") << 1985 << male << false;
    QTest::newRow("female as male") << QStringLiteral("056085001234") << 1985 << female << false;
}

void TestIdNumber::check() {
    QFETCH(QString, id);
    QFETCH(int, birthYear);
    QFETCH(int, gender);
    QFETCH(bool, valid);
    const QString message = IdNumber::check(id, birthYear, Gender(gender));
    QCOMPARE(message.isEmpty(), valid);
}

void TestIdNumber::masked() {
    QCOMPARE(IdNumber::masked(QStringLiteral("056085001234")), QStringLiteral("********1234"));
    QCOMPARE(IdNumber::masked(QString()), QString());
}

void TestIdNumber::provinceCodes() {
    int count = 0;
    for (int i = 0; i < 1000; ++i)
        count += IdNumber::isProvinceCode(QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')));
    QCOMPARE(count, 63);
    QVERIFY(IdNumber::isProvinceCode(QStringLiteral("056")));
    QVERIFY(!IdNumber::isProvinceCode(QStringLiteral("56")));
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_IdNumber.moc"
