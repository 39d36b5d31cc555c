#include "rules/PhoneNumber.h"

#include <QTest>

using namespace sotay;

class TestPhoneNumber : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalize_data();
    void normalize();
};

void TestPhoneNumber::normalize_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("0912345678") << QStringLiteral("0912345678") << true;
    QTest::newRow("+84") << QStringLiteral("+84912345678") << QStringLiteral("0912345678") << true;
    QTest::newRow("84") << QStringLiteral("84912345678") << QStringLiteral("0912345678") << true;
    QTest::newRow("spaces dots") << QStringLiteral("0912.345 678") << QStringLiteral("0912345678")
                                 << true;
    QTest::newRow("+84 spaced") << QStringLiteral("+84 35 123 4567") << QStringLiteral("0351234567")
                                << true;
    QTest::newRow("03") << QStringLiteral("0381234567") << QStringLiteral("0381234567") << true;
    QTest::newRow("05") << QStringLiteral("0561234567") << QStringLiteral("0561234567") << true;
    QTest::newRow("07") << QStringLiteral("0771234567") << QStringLiteral("0771234567") << true;
    QTest::newRow("08") << QStringLiteral("0861234567") << QStringLiteral("0861234567") << true;
    QTest::newRow("excel lost zero")
        << QStringLiteral("912345678") << QStringLiteral("0912345678") << true;
    QTest::newRow("landline") << QStringLiteral("02583812345") << QStringLiteral("02583812345")
                              << true;
    QTest::newRow("prefix 01") << QStringLiteral("0112345678") << QStringLiteral("0112345678")
                               << false;
    QTest::newRow("prefix 04") << QStringLiteral("0412345678") << QStringLiteral("0412345678")
                               << false;
    QTest::newRow("too short") << QStringLiteral("091234567") << QStringLiteral("091234567")
                               << false;
    QTest::newRow("too long") << QStringLiteral("09123456789") << QStringLiteral("09123456789")
                              << false;
    QTest::newRow("letters") << QStringLiteral("không có") << QStringLiteral("không có") << false;
}

void TestPhoneNumber::normalize() {
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(bool, valid);
    const QString n = PhoneNumber::normalize(input);
    QCOMPARE(n, normalized);
    QCOMPARE(PhoneNumber::check(n).isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_PhoneNumber.moc"
