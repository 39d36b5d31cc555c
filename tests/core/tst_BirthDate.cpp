#include "rules/BirthDate.h"
#include "rules/StatusRules.h"

#include <QTest>

using namespace sotay;

class TestBirthDate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void aged14_data();
    void aged14();
    void cutoffAgreesWithBirthday();
};

void TestBirthDate::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("storage");
    QTest::addColumn<QString>("display");
    QTest::newRow("dd/mm/yyyy") << QStringLiteral("05/03/1990") << QStringLiteral("1990-03-05")
                                << QStringLiteral("05/03/1990");
    QTest::newRow("d/m/yyyy") << QStringLiteral("5/3/1990") << QStringLiteral("1990-03-05")
                              << QStringLiteral("05/03/1990");
    QTest::newRow("iso") << QStringLiteral("1990-03-05") << QStringLiteral("1990-03-05")
                         << QStringLiteral("05/03/1990");
    QTest::newRow("year") << QStringLiteral("1948") << QStringLiteral("1948")
                          << QStringLiteral("1948");
    QTest::newRow("spaces") << QStringLiteral(" 1948 ") << QStringLiteral("1948")
                            << QStringLiteral("1948");
    QTest::newRow("31 Feb") << QStringLiteral("31/02/1990") << QString() << QString();
    QTest::newRow("text") << QStringLiteral("không rõ") << QString() << QString();
    QTest::newRow("mm/dd") << QStringLiteral("12/25/1990") << QString() << QString();
}

void TestBirthDate::parse() {
    QFETCH(QString, text);
    QFETCH(QString, storage);
    QFETCH(QString, display);
    const BirthDate b = BirthDate::parse(text);
    QCOMPARE(b.toStorage(), storage);
    QCOMPARE(b.toDisplay(), display);
    QCOMPARE(BirthDate::fromStorage(storage), b);
}

void TestBirthDate::aged14_data() {
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("aged14");
    QTest::newRow("birthday itself") << QStringLiteral("18/11/2012") << QDate(2026, 11, 18) << true;
    QTest::newRow("day before") << QStringLiteral("19/11/2012") << QDate(2026, 11, 18) << false;
    QTest::newRow("29 Feb, 28 Feb") << QStringLiteral("29/02/2012") << QDate(2026, 2, 28) << false;
    QTest::newRow("29 Feb, 1 Mar") << QStringLiteral("29/02/2012") << QDate(2026, 3, 1) << true;
    QTest::newRow("29 Feb, leap year")
        << QStringLiteral("29/02/2000") << QDate(2014, 2, 28) << false;
    QTest::newRow("29 Feb, leap year 29")
        << QStringLiteral("29/02/2000") << QDate(2014, 3, 1) << true;
    QTest::newRow("year only, 31 Dec before")
        << QStringLiteral("2012") << QDate(2025, 12, 31) << false;
    QTest::newRow("year only, 1 Jan") << QStringLiteral("2012") << QDate(2026, 1, 1) << true;
}

void TestBirthDate::aged14() {
    QFETCH(QString, birth);
    QFETCH(QDate, day);
    QFETCH(bool, aged14);
    const BirthDate b = BirthDate::parse(birth);
    QVERIFY(b.isValid());
    QCOMPARE(StatusRules::isAged14(b, day), aged14);
    // The SQL form (birth_eff <= cutoff) must agree with the rule.
    QCOMPARE(b.effectiveDate() <= StatusRules::cutoff14(day), aged14);
}

void TestBirthDate::cutoffAgreesWithBirthday() {
    // Every birth day of 2011–2013 against every day of 2025–2027.
    int mismatches = 0;
    for (QDate born(2011, 1, 1); born <= QDate(2013, 12, 31); born = born.addDays(7)) {
        const BirthDate b = BirthDate::fromDate(born);
        for (QDate day(2025, 1, 1); day <= QDate(2027, 12, 31); day = day.addDays(1))
            mismatches += StatusRules::isAged14(b, day) != (born <= StatusRules::cutoff14(day));
    }
    const BirthDate leap = BirthDate::fromDate(QDate(2012, 2, 29));
    for (QDate day(2025, 1, 1); day <= QDate(2027, 12, 31); day = day.addDays(1))
        mismatches += StatusRules::isAged14(leap, day) !=
                      (leap.effectiveDate() <= StatusRules::cutoff14(day));
    QCOMPARE(mismatches, 0);
}

QTEST_GUILESS_MAIN(TestBirthDate)
#include "tst_BirthDate.moc"
