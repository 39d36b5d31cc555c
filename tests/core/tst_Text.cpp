#include "rules/Text.h"

#include <QCollator>
#include <QLocale>
#include <QTest>

using namespace sotay;

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clean_data();
    void clean();
    void fold_data();
    void fold();
    void collationMatchesQCollator_data();
    void collationMatchesQCollator();
    void naturalOrder_data();
    void naturalOrder();
};

void TestText::clean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trim") << QStringLiteral("  Nguyễn Văn An ") << QStringLiteral("Nguyễn Văn An");
    QTest::newRow("collapse") << QStringLiteral("Nguyễn \t  Văn   An") << QStringLiteral("Nguyễn Văn An");
    QTest::newRow("nbsp") << QStringLiteral("Lê\u00a0Thị") << QStringLiteral("Lê Thị");
    // NFD as some keyboards type it: e + circumflex + tilde.
    QTest::newRow("nfd") << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("Nguyễn");
    QTest::newRow("empty") << QStringLiteral("   ") << QString();
}

void TestText::clean()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = Text::clean(input);
    QCOMPARE(out, expected);
    QCOMPARE(out, out.normalized(QString::NormalizationForm_C));
}

void TestText::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("marks") << QStringLiteral("Nguyễn Thị Hường") << QStringLiteral("nguyen thi huong");
    QTest::newRow("d-bar") << QStringLiteral("Đặng Đức") << QStringLiteral("dang duc");
    QTest::newRow("nfd") << QStringLiteral("Hu\u031bo\u031b\u0300ng") << QStringLiteral("huong");
    QTest::newRow("digits") << QStringLiteral("Số 27") << QStringLiteral("so 27");
}

void TestText::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Text::fold(input), expected);
}

void TestText::collationMatchesQCollator_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const QStringList words = {
        QStringLiteral("An"),    QStringLiteral("Anh"),   QStringLiteral("Ánh"),   QStringLiteral("Ảnh"),
        QStringLiteral("Ăn"),    QStringLiteral("Ân"),    QStringLiteral("Bình"),  QStringLiteral("Cường"),
        QStringLiteral("Chi"),   QStringLiteral("Dũng"),  QStringLiteral("Đức"),   QStringLiteral("Đào"),
        QStringLiteral("Em"),    QStringLiteral("Ê"),     QStringLiteral("Giang"), QStringLiteral("Hà"),
        QStringLiteral("Hạ"),    QStringLiteral("Hả"),    QStringLiteral("Hã"),    QStringLiteral("Há"),
        QStringLiteral("Ha"),    QStringLiteral("Hoa"),   QStringLiteral("Hòa"),   QStringLiteral("Hùng"),
        QStringLiteral("Hưng"),  QStringLiteral("Hương"), QStringLiteral("Hường"), QStringLiteral("Khang"),
        QStringLiteral("Long"),  QStringLiteral("Minh"),  QStringLiteral("Ngọc"),  QStringLiteral("Nhung"),
        QStringLiteral("Oanh"),  QStringLiteral("Ôn"),    QStringLiteral("Ơn"),    QStringLiteral("Phúc"),
        QStringLiteral("Quân"),  QStringLiteral("Sơn"),   QStringLiteral("Tâm"),   QStringLiteral("Thảo"),
        QStringLiteral("Trang"), QStringLiteral("Uyên"),  QStringLiteral("Ưng"),   QStringLiteral("Vy"),
        QStringLiteral("Xuân"),  QStringLiteral("Yến"),   QStringLiteral("an"),    QStringLiteral("Zoe"),
    };
    for (const QString &a : words)
        for (const QString &b : words)
            if (a != b)
                QTest::addRow("%s-%s", qPrintable(a), qPrintable(b)) << a << b;
}

void TestText::collationMatchesQCollator()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCollator vi(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    const int expected = vi.compare(a, b) < 0 ? -1 : 1;
    const int actual = Text::collationKey(a) < Text::collationKey(b) ? -1 : 1;
    QCOMPARE(actual, expected);
}

void TestText::naturalOrder_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("house") << QStringLiteral("Số 9") << QStringLiteral("Số 27");
    QTest::newRow("lane") << QStringLiteral("ngõ 5") << QStringLiteral("ngõ 12");
    QTest::newRow("group") << QStringLiteral("Tổ dân phố 2") << QStringLiteral("Tổ dân phố 10");
    QTest::newRow("zeros") << QStringLiteral("Số 007") << QStringLiteral("Số 8");
    QTest::newRow("text") << QStringLiteral("Thôn An") << QStringLiteral("Thôn Bình");
    QTest::newRow("slash") << QStringLiteral("Số 12/3") << QStringLiteral("Số 12/10");
}

void TestText::naturalOrder()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY2(Text::naturalKey(before) < Text::naturalKey(after), qPrintable(before + QStringLiteral(" < ") + after));
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_Text.moc"
