#include "Clock.h"
#include "csv/ResidentBulkWriter.h"
#include "storage/Database.h"
#include "storage/ResidentStore.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

// The bulk write path of a residents import must write exactly the rows ResidentStore
// writes: the same derived keys, cache columns and history, only faster.
class TestResidentBulkWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sameRowsAsResidentStore();
    void lookups();
    void indexesDroppedAndRebuilt();
    void rollbackKeepsIndexes();
    void fewRowsKeepIndexes();

private:
    std::unique_ptr<Database> open(const QString &name);
    static QStringList rows(Database &db, const QString &table, const QStringList &skip);
    static QStringList indexes(Database &db);
    QTemporaryDir m_dir;
};

void TestResidentBulkWriter::init()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
}

void TestResidentBulkWriter::cleanup()
{
    Clock::setFixedToday(QDate());
}

std::unique_ptr<Database> TestResidentBulkWriter::open(const QString &name)
{
    auto r = Database::open(m_dir.filePath(name), Database::Mode::Create);
    if (!r.ok())
        qWarning("open: %s", qPrintable(r.error()));
    return r.ok() ? r.take() : nullptr;
}

// Every row of a table as text, without the columns that hold the time of writing.
QStringList TestResidentBulkWriter::rows(Database &db, const QString &table,
                                         const QStringList &skip)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return {QStringLiteral("error: ") + table};
    QStringList out;
    while (q.next()) {
        QStringList cells;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i) {
            if (skip.contains(rec.fieldName(i)))
                continue;
            cells << rec.fieldName(i) + QLatin1Char('=') +
                         (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        }
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList TestResidentBulkWriter::indexes(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "ORDER BY name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestResidentBulkWriter::sameRowsAsResidentStore()
{
    auto a = open(QStringLiteral("store.sotay06"));
    auto b = open(QStringLiteral("bulk.sotay06"));
    QVERIFY(a && b);
    struct Person
    {
        int household;
        QString name;
        BirthDate birth;
        QString id, phone, relation;
        AccountStatus l1, l2;
        QDate l1Date, l2Date;
        ExclusionReason exclusion;
        Gender gender;
    };
    const QString nfd = QStringLiteral("Nguye\u0302\u0303n Va\u0306n A\u0301nh"); // decomposed
    const QVector<Person> people = {
        {0, QStringLiteral("Nguyễn Văn An"), BirthDate::fromDate(QDate(1990, 5, 1)),
         QStringLiteral("001090000001"), QStringLiteral("0912345678"), QStringLiteral("Chủ hộ"),
         AccountStatus::Activated, AccountStatus::Approved, QDate(2026, 3, 4), QDate(),
         ExclusionReason::None, Gender::Male},
        {0, QStringLiteral("  trần   thị  BÍCH ngọc "), BirthDate::fromYear(1950), QString(),
         QString(), QStringLiteral(" Vợ "), AccountStatus::None, AccountStatus::None, QDate(),
         QDate(), ExclusionReason::Abroad, Gender::Female},
        {1, QStringLiteral("Lê"), BirthDate::fromDate(QDate(2000, 2, 29)), QString(), QString(),
         QString(), AccountStatus::Received, AccountStatus::Activated, QDate(), QDate(2026, 10, 1),
         ExclusionReason::None, Gender::Unknown},
        {1, QStringLiteral("Phạm Hùng"), BirthDate::fromDate(QDate(1975, 12, 31)),
         QStringLiteral("001075000002"), QString(), QStringLiteral("Con"), AccountStatus::None,
         AccountStatus::None, QDate(), QDate(), ExclusionReason::Deceased, Gender::Male},
        {2, nfd, BirthDate::fromDate(QDate(1988, 1, 9)), QString(), QString(), QString(),
         AccountStatus::Approved, AccountStatus::None, QDate(), QDate(), ExclusionReason::None,
         Gender::Male},
        {2, QStringLiteral("Đặng Thị Ánh Tuyết"), BirthDate::fromDate(QDate(1999, 7, 7)), QString(),
         QString(), QString(), AccountStatus::Activated, AccountStatus::None, QDate(2025, 1, 1),
         QDate(), ExclusionReason::None, Gender::Female},
        {2, QStringLiteral("Nguyễn Văn Ánh"), BirthDate::fromDate(QDate(1960, 1, 9)), QString(),
         QString(), QString(), AccountStatus::None, AccountStatus::None, QDate(), QDate(),
         ExclusionReason::None, Gender::Male},
    };
    const QStringList addresses = {QStringLiteral("Số 27 ngõ 85 phố Trần Phú"),
                                   QStringLiteral("12/3 Lê Lợi"),
                                   QStringLiteral("  Số 9  ngõ 85 phố Trần Phú ")};
    const QDate asOf(2026, 11, 20);

    // A: the reference, ResidentStore.
    {
        Transaction tx(*a);
        ResidentStore store(*a);
        auto g = store.ensureGroup(QStringLiteral("Tổ dân phố 5"), asOf);
        QVERIFY(g.ok());
        QVector<qint64> hh;
        for (int i = 0; i < addresses.size(); ++i) {
            Household h;
            h.code = QStringLiteral("HK%1").arg(i);
            h.groupId = g.value();
            h.address = addresses.at(i);
            auto id = store.saveHousehold(h);
            QVERIFY(id.ok());
            hh << id.value();
        }
        for (const Person &p : people) {
            Resident r;
            r.householdId = hh.at(p.household);
            r.fullName = p.name;
            r.birth = p.birth;
            r.idNumber = p.id;
            r.phone = p.phone;
            r.relation = p.relation;
            r.gender = p.gender;
            r.knownSince = asOf;
            r.level1 = p.l1;
            r.level1Date = p.l1Date;
            r.level2 = p.l2;
            r.level2Date = p.l2Date;
            r.exclusion = p.exclusion;
            QVERIFY(store.insertResident(r, QStringLiteral("f.csv")).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    // B: the bulk writer.
    {
        Transaction tx(*b);
        ResidentStore store(*b);
        ResidentBulkWriter bulk(*b);
        QVERIFY(bulk.begin(QStringLiteral("f.csv"), 1000).ok());
        auto g = store.ensureGroup(QStringLiteral("Tổ dân phố 5"), asOf);
        QVERIFY(g.ok());
        QVector<qint64> hh;
        for (int i = 0; i < addresses.size(); ++i) {
            Household h;
            h.code = QStringLiteral("HK%1").arg(i);
            h.groupId = g.value();
            h.address = addresses.at(i);
            auto id = bulk.insertHousehold(h);
            QVERIFY(id.ok());
            QCOMPARE(h.id, id.value());
            hh << id.value();
        }
        for (const Person &p : people) {
            Resident r;
            r.householdId = hh.at(p.household);
            r.fullName = p.name;
            r.birth = p.birth;
            r.idNumber = p.id;
            r.phone = p.phone;
            r.relation = p.relation;
            r.gender = p.gender;
            r.knownSince = asOf;
            r.level1 = p.l1;
            r.level1Date = p.l1Date;
            r.level2 = p.l2;
            r.level2Date = p.l2Date;
            r.exclusion = p.exclusion;
            auto id = bulk.insertResident(r);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            QCOMPARE(r.id, id.value());
        }
        QVERIFY(bulk.finish().ok());
        QVERIFY(tx.commit().ok());
    }
    const QStringList stamps = {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                QStringLiteral("recorded_at")};
    for (const QString &table :
         {QStringLiteral("res_group"), QStringLiteral("household"), QStringLiteral("resident"),
          QStringLiteral("status_event"), QStringLiteral("exclusion_event")}) {
        const QStringList expected = rows(*a, table, stamps);
        QVERIFY2(!expected.isEmpty(), qPrintable(table));
        QCOMPARE(rows(*b, table, stamps), expected);
    }
    QCOMPARE(indexes(*b), indexes(*a));
}

void TestResidentBulkWriter::lookups()
{
    auto db = open(QStringLiteral("lookups.sotay06"));
    QVERIFY(db);
    Transaction tx(*db);
    ResidentStore store(*db);
    ResidentBulkWriter bulk(*db);
    QVERIFY(bulk.begin(QStringLiteral("f.csv"), 10).ok());
    QVERIFY(bulk.wardWasEmpty());
    // ID numbers seen earlier in the file, with their line.
    QCOMPARE(bulk.seenIdNumber(QStringLiteral("001090000001"), 2).value(), 0);
    QCOMPARE(bulk.seenIdNumber(QStringLiteral("001090000002"), 3).value(), 0);
    QCOMPARE(bulk.seenIdNumber(QStringLiteral("001090000001"), 7).value(), 2);
    QCOMPARE(bulk.seenIdNumber(QStringLiteral("001090000001"), 9).value(), 2);

    auto g = store.ensureGroup(QStringLiteral("Tổ 1"), QDate(2026, 1, 1));
    QVERIFY(g.ok());
    QVERIFY(!bulk.householdByCode(QStringLiteral("HK1")));
    Household h;
    h.code = QStringLiteral(" HK1 ");
    h.groupId = g.value();
    h.address = QStringLiteral("Số 3 ngõ 5 phố Huế");
    h.headName = QStringLiteral("Lê Văn Tám");
    QVERIFY(bulk.insertHousehold(h).ok());
    const auto found = bulk.householdByCode(QStringLiteral("HK1"));
    QVERIFY(found);
    QCOMPARE(found->id, h.id);
    QCOMPARE(found->groupId, g.value());
    QCOMPARE(found->address, QStringLiteral("Số 3 ngõ 5 phố Huế"));
    QCOMPARE(found->houseNumber, QStringLiteral("3"));
    QCOMPARE(found->lane, QStringLiteral("ngõ 5"));
    QCOMPARE(found->street, QStringLiteral("phố Huế"));
    QCOMPARE(found->headName, QStringLiteral("Lê Văn Tám"));

    Resident r;
    r.householdId = h.id;
    r.fullName = QStringLiteral("Lê Văn Tám");
    r.birth = BirthDate::fromYear(1940);
    r.idNumber = QStringLiteral("001040000009");
    QVERIFY(bulk.insertResident(r).ok());
    QCOMPARE(bulk.findByIdNumber(QStringLiteral("001040000009")), std::optional<qint64>(r.id));
    QVERIFY(!bulk.findByIdNumber(QStringLiteral("001040000008")));
    QCOMPARE(r.knownSince, QDate(2026, 11, 23)); // today when not given
}

void TestResidentBulkWriter::indexesDroppedAndRebuilt()
{
    auto db = open(QStringLiteral("rebuild.sotay06"));
    QVERIFY(db);
    const QStringList before = indexes(*db);
    QVERIFY(before.size() > 5);
    Transaction tx(*db);
    ResidentBulkWriter bulk(*db);
    QVERIFY(bulk.begin(QStringLiteral("f.csv"), 300000).ok());
    QCOMPARE(
        bulk.droppedIndexes(),
        QStringList({QStringLiteral("resident_sort"), QStringLiteral("resident_search"),
                     QStringLiteral("household_group"), QStringLiteral("resident_id_number")}));
    QCOMPARE(indexes(*db).size(), before.size() - 4);
    QVERIFY(bulk.finish().ok());
    QVERIFY(bulk.droppedIndexes().isEmpty());
    QVERIFY(tx.commit().ok());
    QCOMPARE(indexes(*db), before);
}

void TestResidentBulkWriter::rollbackKeepsIndexes()
{
    auto db = open(QStringLiteral("rollback.sotay06"));
    QVERIFY(db);
    const QStringList before = indexes(*db);
    {
        Transaction tx(*db);
        ResidentBulkWriter bulk(*db);
        QVERIFY(bulk.begin(QStringLiteral("f.csv"), 300000).ok());
        QVERIFY(indexes(*db).size() < before.size());
        // cancelled: no finish(), no commit
    }
    QCOMPARE(indexes(*db), before);
}

void TestResidentBulkWriter::fewRowsKeepIndexes()
{
    auto db = open(QStringLiteral("few.sotay06"));
    QVERIFY(db);
    {
        Transaction tx(*db);
        ResidentStore store(*db);
        auto g = store.ensureGroup(QStringLiteral("Tổ 1"), QDate(2026, 1, 1));
        Household h;
        h.code = QStringLiteral("HK1");
        h.groupId = g.value();
        QVERIFY(store.saveHousehold(h).ok());
        for (int i = 0; i < 20; ++i) {
            Resident r;
            r.householdId = h.id;
            r.fullName = QStringLiteral("Người %1").arg(i);
            r.birth = BirthDate::fromYear(1980 + i);
            QVERIFY(store.insertResident(r, QStringLiteral("manual")).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    Transaction tx(*db);
    ResidentBulkWriter bulk(*db);
    // 50 rows into a ward of 20: adding row by row is cheaper than rebuilding.
    QVERIFY(bulk.begin(QStringLiteral("f.csv"), 50).ok());
    QVERIFY(!bulk.wardWasEmpty());
    QVERIFY(bulk.droppedIndexes().isEmpty());
    QVERIFY(bulk.finish().ok());
}

QTEST_GUILESS_MAIN(TestResidentBulkWriter)
#include "tst_ResidentBulkWriter.moc"
