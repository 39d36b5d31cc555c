#include "Clock.h"
#include "storage/Database.h"
#include "storage/ResidentStore.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

class TestResidentStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void derivedKeysAndCache();
    void statusNeverLowersWithoutCorrection();
    void correctionLowersFromItsDay();
    void asOfUsesHistory();
    void exclusionHistory();
    void identityMatching();

private:
    qint64 addResident(const QString &name, AccountStatus l1 = AccountStatus::None,
                       const QDate &l1Date = {});
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ResidentStore> m_store;
    qint64 m_household = 0;
    int m_counter = 0;
};

void TestResidentStore::init() {
    Clock::setFixedToday(QDate(2026, 11, 23));
    auto r = Database::open(m_dir.filePath(QStringLiteral("w%1.sotay06").arg(++m_counter)),
                            Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    m_db = r.take();
    m_store = std::make_unique<ResidentStore>(*m_db);
    auto g = m_store->ensureGroup(QStringLiteral("Tổ dân phố 5"), QDate(2026, 1, 1));
    QVERIFY(g.ok());
    Household h;
    h.code = QStringLiteral("HK001");
    h.groupId = g.value();
    h.address = QStringLiteral("Số 27 ngõ 85 phố Trần Phú");
    auto hid = m_store->saveHousehold(h);
    QVERIFY(hid.ok());
    m_household = hid.value();
}

void TestResidentStore::cleanup() {
    m_store.reset();
    m_db.reset();
    Clock::setFixedToday(QDate());
}

qint64 TestResidentStore::addResident(const QString &name, AccountStatus l1, const QDate &l1Date) {
    Resident r;
    r.householdId = m_household;
    r.fullName = name;
    r.birth = BirthDate::fromDate(QDate(1990, 5, 1));
    r.knownSince = QDate(2026, 1, 1);
    r.level1 = l1;
    r.level1Date = l1Date;
    auto id = m_store->insertResident(r, QStringLiteral("test"));
    if (!id.ok())
        qWarning("insertResident: %s", qPrintable(id.error()));
    return id.ok() ? id.value() : 0;
}

void TestResidentStore::derivedKeysAndCache() {
    const qint64 id = addResident(QStringLiteral("  Nguye\u0302\u0303n  Thị Hường "),
                                  AccountStatus::Approved, QDate(2026, 10, 1));
    QVERIFY(id > 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT full_name, family_name, middle_name, given_name, search_key, "
                              "l1_status, l1_date FROM resident WHERE id = %1")
                   .arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Nguyễn Thị Hường"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Nguyễn"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Thị"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("Hường"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("nguyen thi huong"));
    QCOMPARE(q.value(5).toInt(), int(AccountStatus::Approved));
    QCOMPARE(q.value(6).toString(), QStringLiteral("2026-10-01"));
    const auto h = m_store->householdByCode(QStringLiteral("HK001"));
    QVERIFY(h.has_value());
    QCOMPARE(h->houseNumber, QStringLiteral("27"));
    QCOMPARE(h->lane, QStringLiteral("ngõ 85"));
    QCOMPARE(h->street, QStringLiteral("phố Trần Phú"));
}

void TestResidentStore::statusNeverLowersWithoutCorrection() {
    const qint64 id =
        addResident(QStringLiteral("Lê Văn An"), AccountStatus::Activated, QDate(2026, 10, 1));
    ResidentStore::StatusEvent e;
    e.residentId = id;
    e.level = 1;
    e.status = AccountStatus::Approved;
    e.date = QDate(2026, 11, 1); // later, but lower: an old list arriving late
    QVERIFY(m_store->recordStatus(e).ok());
    const auto r = m_store->resident(id);
    QCOMPARE(r->level1, AccountStatus::Activated);
    QCOMPARE(r->level1Date, QDate(2026, 10, 1));
}

void TestResidentStore::correctionLowersFromItsDay() {
    const qint64 id =
        addResident(QStringLiteral("Lê Văn Bình"), AccountStatus::Activated, QDate(2026, 10, 1));
    ResidentStore::StatusEvent e;
    e.residentId = id;
    e.level = 1;
    e.status = AccountStatus::Approved;
    e.date = QDate(2026, 11, 1);
    e.correction = true;
    const auto eventId = m_store->recordStatus(e);
    QVERIFY(eventId.ok());
    QCOMPARE(m_store->resident(id)->level1, AccountStatus::Approved);
    // Before the correction's day the history still says activated.
    QCOMPARE(m_store->statusAsOf(id, 1, QDate(2026, 10, 31)).first, AccountStatus::Activated);
    // Undo of the correction restores the status.
    QVERIFY(m_store->deleteStatusEvent(eventId.value()).ok());
    QCOMPARE(m_store->resident(id)->level1, AccountStatus::Activated);
}

void TestResidentStore::asOfUsesHistory() {
    const qint64 id =
        addResident(QStringLiteral("Trần Thị Cúc"), AccountStatus::Received, QDate(2026, 9, 1));
    for (const auto &[status, date] : {std::pair{AccountStatus::Approved, QDate(2026, 10, 1)},
                                       std::pair{AccountStatus::Activated, QDate(2026, 11, 5)}}) {
        ResidentStore::StatusEvent e;
        e.residentId = id;
        e.level = 1;
        e.status = status;
        e.date = date;
        QVERIFY(m_store->recordStatus(e).ok());
    }
    QCOMPARE(m_store->statusAsOf(id, 1, QDate(2026, 8, 31)).first, AccountStatus::None);
    QCOMPARE(m_store->statusAsOf(id, 1, QDate(2026, 9, 1)).first, AccountStatus::Received);
    QCOMPARE(m_store->statusAsOf(id, 1, QDate(2026, 11, 4)).first, AccountStatus::Approved);
    const auto now = m_store->statusAsOf(id, 1, QDate(2026, 11, 5));
    QCOMPARE(now.first, AccountStatus::Activated);
    QCOMPARE(now.second, QDate(2026, 11, 5));
    QCOMPARE(m_store->statusAsOf(id, 2, QDate(2026, 11, 5)).first, AccountStatus::None);
}

void TestResidentStore::exclusionHistory() {
    const qint64 id = addResident(QStringLiteral("Phạm Văn Dũng"));
    const auto ex = m_store->recordExclusion(id, ExclusionReason::Military, QDate(2026, 3, 1),
                                             QStringLiteral("manual"));
    QVERIFY(ex.ok());
    QCOMPARE(m_store->resident(id)->exclusion, ExclusionReason::Military);
    QCOMPARE(m_store->resident(id)->excludedOn, QDate(2026, 3, 1));
    QVERIFY(m_store
                ->recordExclusion(id, ExclusionReason::None, QDate(2026, 9, 1),
                                  QStringLiteral("manual"))
                .ok());
    QCOMPARE(m_store->resident(id)->exclusion, ExclusionReason::None);
    QVERIFY(!m_store->resident(id)->excludedOn.isValid());
    QVERIFY(m_store->deleteExclusionEvent(ex.value()).ok());
    QCOMPARE(m_store->resident(id)->exclusion, ExclusionReason::None);
}

void TestResidentStore::identityMatching() {
    const qint64 id = addResident(QStringLiteral("Hoàng Văn Em"));
    const BirthDate birth = BirthDate::fromDate(QDate(1990, 5, 1));
    QCOMPARE(m_store->findByIdentity(QStringLiteral("HK001"), QStringLiteral("HOÀNG  VĂN EM"),
                                     birth, false),
             std::optional<qint64>(id));
    QCOMPARE(m_store->findByIdentity(QStringLiteral("HK002"), QStringLiteral("Hoàng Văn Em"), birth,
                                     false),
             std::nullopt);
    QCOMPARE(m_store->findByIdentity(QStringLiteral("HK001"), QStringLiteral("Hoàng Văn Em"),
                                     BirthDate::fromYear(1990), false),
             std::nullopt);
    auto r = *m_store->resident(id);
    r.idNumber = QStringLiteral("056090001234");
    QVERIFY(m_store->updateResident(r).ok());
    QCOMPARE(m_store->findByIdNumber(QStringLiteral("056090001234")), std::optional<qint64>(id));
    QCOMPARE(m_store->findByIdentity(QStringLiteral("HK001"), QStringLiteral("Hoàng Văn Em"), birth,
                                     true),
             std::nullopt);
}

QTEST_GUILESS_MAIN(TestResidentStore)
#include "tst_ResidentStore.moc"
