#include "rules/Address.h"
#include "rules/PersonName.h"

#include <QTest>

using namespace sotay;

class TestPersonName : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parts_data();
    void parts();
    void listOrder();
    void address_data();
    void address();
};

void TestPersonName::parts_data() {
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QString>("given");
    QTest::newRow("three") << QStringLiteral("Nguyễn Thị Hường") << QStringLiteral("Nguyễn")
                           << QStringLiteral("Thị") << QStringLiteral("Hường");
    QTest::newRow("four") << QStringLiteral("Tôn Nữ Minh Khai") << QStringLiteral("Tôn")
                          << QStringLiteral("Nữ Minh") << QStringLiteral("Khai");
    QTest::newRow("two") << QStringLiteral("Lê Na") << QStringLiteral("Lê") << QString()
                         << QStringLiteral("Na");
    QTest::newRow("one") << QStringLiteral("Bông") << QString() << QString()
                         << QStringLiteral("Bông");
}

void TestPersonName::parts() {
    QFETCH(QString, full);
    QFETCH(QString, family);
    QFETCH(QString, middle);
    QFETCH(QString, given);
    const PersonName n(full);
    QCOMPARE(n.family(), family);
    QCOMPARE(n.middle(), middle);
    QCOMPARE(n.given(), given);
}

void TestPersonName::listOrder() {
    // Vietnamese lists: by given name, then family name, then middle name.
    const QStringList expected = {
        QStringLiteral("Trần Văn An"),      QStringLiteral("Nguyễn Thị Ánh"),
        QStringLiteral("Đỗ Thị Bình"),      QStringLiteral("Lê Văn Bình"),
        QStringLiteral("Nguyễn Văn Bình"),  QStringLiteral("Nguyễn Văn Đức"),
        QStringLiteral("Phạm Thị Hà"),      QStringLiteral("Vũ Thị Hà"),
        QStringLiteral("Nguyễn Thị Hường"), QStringLiteral("Lê Thị Ưng"),
    };
    QStringList shuffled = expected;
    std::reverse(shuffled.begin(), shuffled.end());
    std::sort(shuffled.begin(), shuffled.end(), [](const QString &a, const QString &b) {
        return PersonName(a).sortKey() < PersonName(b).sortKey();
    });
    QCOMPARE(shuffled, expected);
}

void TestPersonName::address_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("house");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<QString>("street");
    QTest::newRow("full") << QStringLiteral("Số 27 ngõ 85 phố Trần Phú") << QStringLiteral("27")
                          << QStringLiteral("ngõ 85") << QStringLiteral("phố Trần Phú");
    QTest::newRow("nested lanes") << QStringLiteral("Số 3 ngõ 85 ngách 12 đường Lê Lợi")
                                  << QStringLiteral("3") << QStringLiteral("ngõ 85 ngách 12")
                                  << QStringLiteral("đường Lê Lợi");
    QTest::newRow("hem") << QStringLiteral("12/4 hẻm 5 Nguyễn Trãi") << QStringLiteral("12/4")
                         << QStringLiteral("hẻm 5") << QStringLiteral("Nguyễn Trãi");
    QTest::newRow("no lane") << QStringLiteral("Số 9 đường 23/10") << QStringLiteral("9")
                             << QString() << QStringLiteral("đường 23/10");
    QTest::newRow("village") << QStringLiteral("Xóm Đông") << QString() << QString()
                             << QStringLiteral("Xóm Đông");
}

void TestPersonName::address() {
    QFETCH(QString, text);
    QFETCH(QString, house);
    QFETCH(QString, lane);
    QFETCH(QString, street);
    const Address a = Address::parse(text);
    QCOMPARE(a.houseNumber, house);
    QCOMPARE(a.lane, lane);
    QCOMPARE(a.street, street);
}

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_PersonName.moc"
