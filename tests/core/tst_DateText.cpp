#include "rules/DateText.h"

#include <QTest>

using namespace sotay;

class TestDateText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestDateText::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("dd/mm/yyyy") << QStringLiteral("05/03/2026") << QDate(2026, 3, 5);
    QTest::newRow("spaces") << QStringLiteral("  31/12/1999 ") << QDate(1999, 12, 31);
    QTest::newRow("d/m/yyyy") << QStringLiteral("5/3/2026") << QDate(2026, 3, 5);
    QTest::newRow("dots") << QStringLiteral("05.03.2026") << QDate(2026, 3, 5);
    QTest::newRow("dashes") << QStringLiteral("05-03-2026") << QDate(2026, 3, 5);
    QTest::newRow("iso") << QStringLiteral("2026-03-05") << QDate(2026, 3, 5);
    QTest::newRow("29 February") << QStringLiteral("29/02/2024") << QDate(2024, 2, 29);
    QTest::newRow("no 29 February") << QStringLiteral("29/02/2025") << QDate();
    QTest::newRow("month 13") << QStringLiteral("01/13/2026") << QDate();
    QTest::newRow("day 0") << QStringLiteral("00/01/2026") << QDate();
    QTest::newRow("letters") << QStringLiteral("ab/cd/efgh") << QDate();
    QTest::newRow("letter in year") << QStringLiteral("01/01/20x6") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("05/03/26") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestDateText::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(DateText::parse(text), date);
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_DateText.moc"
