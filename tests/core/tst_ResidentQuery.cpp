// The residents list query: search by name words (any case, any marks) and by digits of an
// ID number or phone, through the trigram index (3 digits or more) or by a scan (fewer, or a
// ward made without the index); the index follows inserts, edits and deletes. Both ways of
// finding few matches (name index then sort, or a walk in list order) give the same rows.
#include "ReportTestWard.h"

#include "query/ResidentQuery.h"

#include <QTest>

using namespace sotay;
using namespace sotay::testing;

class tst_ResidentQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void search_data();
    void search();
    void searchWithoutTheDigitsIndex_data() { search_data(); }
    void searchWithoutTheDigitsIndex();
    void digitsFollowEdits();
    void digitsWithinAGroup();

private:
    QStringList names(const QString &search, qint64 groupId = 0) const;

    std::unique_ptr<ReportTestWard> m_ward;
    qint64 m_group1 = 0, m_group2 = 0;
    qint64 m_huong = 0, m_an = 0, m_binh = 0;
};

void tst_ResidentQuery::init()
{
    m_ward = std::make_unique<ReportTestWard>();
    m_group1 = m_ward->group(QStringLiteral("Tổ 1"));
    m_group2 = m_ward->group(QStringLiteral("Tổ 2"));
    const qint64 h1 = m_ward->household(m_group1, QStringLiteral("H1"), QStringLiteral("1 Lê Lợi"));
    const qint64 h2 = m_ward->household(m_group2, QStringLiteral("H2"), QStringLiteral("2 Yersin"));
    m_huong = m_ward->resident(h1, QStringLiteral("Nguyễn Thị Hường"), QStringLiteral("1990"),
                               QDate(2026, 1, 1), QStringLiteral("079190001234"),
                               QStringLiteral("0912345678"));
    m_an = m_ward->resident(h1, QStringLiteral("Nguyễn Văn An"), QStringLiteral("1985"),
                            QDate(2026, 1, 1), QStringLiteral("079085005678"),
                            QStringLiteral("0905111222"));
    m_binh = m_ward->resident(h2, QStringLiteral("Phạm Văn Bình"), QStringLiteral("1970"),
                              QDate(2026, 1, 1), {}, QStringLiteral("0935991234"));
    m_ward->resident(h2, QStringLiteral("Lê Minh"), QStringLiteral("2015"));
    QVERIFY(m_huong && m_an && m_binh);
}

void tst_ResidentQuery::cleanup()
{
    m_ward.reset();
}

QStringList tst_ResidentQuery::names(const QString &search, qint64 groupId) const
{
    ResidentQuery::Spec spec;
    spec.search = search;
    spec.groupId = groupId;
    spec.today = QDate(2026, 11, 20);
    // Counted first, few matches: a name search goes through the name index and sorts them.
    const ResidentQuery counted(*m_ward->db, spec);
    const qint64 count = counted.count();
    QStringList out;
    for (const auto &row : counted.page(0, 100))
        out << row.fullName;
    // Not counted: the ward walked in list order. The same rows either way.
    QStringList walked;
    for (const auto &row : ResidentQuery(*m_ward->db, spec).page(0, 100))
        walked << row.fullName;
    if (walked != out)
        out << QStringLiteral("walked: ") + walked.join(QLatin1Char(','));
    // The row count agrees with the rows.
    if (count != out.size())
        out << QStringLiteral("count %1").arg(count);
    return out;
}

void tst_ResidentQuery::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // in name order
    const QString huong = QStringLiteral("Nguyễn Thị Hường");
    const QString an = QStringLiteral("Nguyễn Văn An");
    const QString binh = QStringLiteral("Phạm Văn Bình");
    QTest::newRow("folded words") << QStringLiteral("nguyen thi huong") << QStringList{huong};
    QTest::newRow("marks and case") << QStringLiteral("HƯỜNG") << QStringList{huong};
    QTest::newRow("one word, two people") << QStringLiteral("van") << QStringList{an, binh};
    QTest::newRow("last digits of an ID") << QStringLiteral("5678") << QStringList{an, huong};
    QTest::newRow("digits of a phone only") << QStringLiteral("0935") << QStringList{binh};
    QTest::newRow("ID digits in the middle") << QStringLiteral("190001") << QStringList{huong};
    QTest::newRow("a whole ID") << QStringLiteral("079085005678") << QStringList{an};
    QTest::newRow("three digits") << QStringLiteral("234") << QStringList{binh, huong};
    QTest::newRow("two digits (scan)") << QStringLiteral("22") << QStringList{an};
    QTest::newRow("one digit (scan)") << QStringLiteral("9") << QStringList{an, binh, huong};
    QTest::newRow("digits and a name") << QStringLiteral("an 5678") << QStringList{an};
    QTest::newRow("no such digits") << QStringLiteral("4444") << QStringList{};
    QTest::newRow("digits across ID and phone") << QStringLiteral("56780905") << QStringList{};
    QTest::newRow("a name nobody has") << QStringLiteral("xuan") << QStringList{};
    QTest::newRow("part of a word") << QStringLiteral("guy") << QStringList{an, huong};
}

void tst_ResidentQuery::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QCOMPARE(names(search), expected);
}

void tst_ResidentQuery::searchWithoutTheDigitsIndex()
{
    // A ward file made before the index: the same answers by a scan.
    QVERIFY(m_ward->db->execScript(
        QStringLiteral("DROP TRIGGER resident_digits_insert; DROP TRIGGER resident_digits_delete; "
                       "DROP TRIGGER resident_digits_update; DROP TABLE resident_digits;")));
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QCOMPARE(names(search), expected);
}

void tst_ResidentQuery::digitsFollowEdits()
{
    QCOMPARE(names(QStringLiteral("0935")), QStringList{QStringLiteral("Phạm Văn Bình")});
    // A new phone: found by the new digits, no longer by the old.
    auto binh = m_ward->store->resident(m_binh);
    QVERIFY(binh);
    binh->phone = QStringLiteral("0977000111");
    binh->idNumber = QStringLiteral("079070009999");
    QVERIFY(m_ward->store->updateResident(*binh).ok());
    QCOMPARE(names(QStringLiteral("0935")), QStringList{});
    QCOMPARE(names(QStringLiteral("0977")), QStringList{QStringLiteral("Phạm Văn Bình")});
    QCOMPARE(names(QStringLiteral("9999")), QStringList{QStringLiteral("Phạm Văn Bình")});
    // A name change leaves the digits alone.
    binh->fullName = QStringLiteral("Phạm Văn Bính");
    QVERIFY(m_ward->store->updateResident(*binh).ok());
    QCOMPARE(names(QStringLiteral("0977")), QStringList{QStringLiteral("Phạm Văn Bính")});
    // Deleted: gone from the index too.
    QVERIFY(m_ward->store->deleteResident(m_an).ok());
    QCOMPARE(names(QStringLiteral("5678")), QStringList{QStringLiteral("Nguyễn Thị Hường")});
    // A new resident is found at once.
    const qint64 h = m_ward->household(m_group2, QStringLiteral("H3"), QStringLiteral("3 Yersin"));
    m_ward->resident(h, QStringLiteral("Đỗ Thu"), QStringLiteral("1999"), QDate(2026, 1, 1),
                     QStringLiteral("079199004321"), QStringLiteral("0988765432"));
    QCOMPARE(names(QStringLiteral("4321")), QStringList{QStringLiteral("Đỗ Thu")});
    QCOMPARE(names(QStringLiteral("8765")), QStringList{QStringLiteral("Đỗ Thu")});
}

void tst_ResidentQuery::digitsWithinAGroup()
{
    QCOMPARE(names(QStringLiteral("234"), m_group1),
             QStringList{QStringLiteral("Nguyễn Thị Hường")});
    QCOMPARE(names(QStringLiteral("234"), m_group2), QStringList{QStringLiteral("Phạm Văn Bình")});
}

QTEST_GUILESS_MAIN(tst_ResidentQuery)
#include "tst_ResidentQuery.moc"
