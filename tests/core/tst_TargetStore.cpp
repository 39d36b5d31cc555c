#include "../support/TeamTestWard.h"

#include "Clock.h"
#include "storage/AuditLog.h"
#include "teams/TargetStore.h"
#include "teams/TeamStore.h"

#include <QTest>

using namespace sotay;

class TestTargetStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void inForceOnDay_data();
    void inForceOnDay();
    void sameDayReplaces();
    void check_data();
    void check();
    void teamTargets();

private:
    qint64 setGroupTarget(int target, const QDate &from, const QDate &deadline);
    std::unique_ptr<test::TeamTestWard> m_ward;
    std::unique_ptr<TargetStore> m_store;
    qint64 m_group = 0;
};

void TestTargetStore::init()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
    m_ward = std::make_unique<test::TeamTestWard>();
    QVERIFY2(m_ward->ok(), qPrintable(m_ward->error()));
    m_store = std::make_unique<TargetStore>(m_ward->db());
    m_group = m_ward->group(QStringLiteral("Tổ dân phố 3"));
}

void TestTargetStore::cleanup()
{
    m_store.reset();
    m_ward.reset();
    Clock::setFixedToday(QDate());
}

qint64 TestTargetStore::setGroupTarget(int target, const QDate &from, const QDate &deadline)
{
    Target t;
    t.groupId = m_group;
    t.target = target;
    t.effectiveFrom = from;
    t.deadline = deadline;
    const auto r = m_store->setTarget(t);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error()));
    return r.ok() ? r.value() : 0;
}

void TestTargetStore::inForceOnDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("expected"); // -1: none in force
    QTest::newRow("before any") << QDate(2026, 9, 30) << -1;
    QTest::newRow("first day of first") << QDate(2026, 10, 1) << 100;
    QTest::newRow("between") << QDate(2026, 10, 31) << 100;
    QTest::newRow("first day of second") << QDate(2026, 11, 1) << 150;
    QTest::newRow("long after") << QDate(2027, 6, 1) << 150;
}

void TestTargetStore::inForceOnDay()
{
    QFETCH(QDate, day);
    QFETCH(int, expected);
    // Saved out of order: the effective day decides, not the order of saving.
    QVERIFY(setGroupTarget(150, QDate(2026, 11, 1), QDate(2026, 12, 31)));
    QVERIFY(setGroupTarget(100, QDate(2026, 10, 1), QDate(2026, 11, 30)));
    const auto t = m_store->groupTargetOn(m_group, day);
    QCOMPARE(t.has_value() ? t->target : -1, expected);
    QCOMPARE(m_store->groupTargetsOn(day).contains(m_group), expected >= 0);
}

void TestTargetStore::sameDayReplaces()
{
    const qint64 first = setGroupTarget(100, {}, QDate(2026, 12, 31));
    QVERIFY(first);
    const qint64 second = setGroupTarget(120, {}, QDate(2026, 12, 15));
    QCOMPARE(second, first);
    QCOMPARE(m_store->history(m_group, 0).size(), 1);
    const auto t = m_store->groupTargetOn(m_group, Clock::today());
    QCOMPARE(t->target, 120);
    QCOMPARE(t->deadline, QDate(2026, 12, 15));
    QCOMPARE(t->effectiveFrom, QDate(2026, 11, 23)); // defaults to today
    QVERIFY(m_store->removeTarget(first).ok());
    QVERIFY(!m_store->groupTargetOn(m_group, Clock::today()).has_value());
    AuditLog::Filter f;
    f.action = QStringLiteral("target");
    QCOMPARE(AuditLog(m_ward->db()).entries(f).size(), 3);
}

void TestTargetStore::check_data()
{
    QTest::addColumn<bool>("group");
    QTest::addColumn<bool>("team");
    QTest::addColumn<int>("target");
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("group") << true << false << 50 << QDate(2026, 12, 31) << true;
    QTest::newRow("zero, no deadline") << true << false << 0 << QDate() << true;
    QTest::newRow("deadline today") << true << false << 5 << QDate(2026, 11, 23) << true;
    QTest::newRow("deadline before") << true << false << 5 << QDate(2026, 11, 22) << false;
    QTest::newRow("negative") << true << false << -1 << QDate(2026, 12, 31) << false;
    QTest::newRow("no scope") << false << false << 5 << QDate() << false;
    QTest::newRow("both scopes") << true << true << 5 << QDate() << false;
}

void TestTargetStore::check()
{
    QFETCH(bool, group);
    QFETCH(bool, team);
    QFETCH(int, target);
    QFETCH(QDate, deadline);
    QFETCH(bool, accepted);
    const qint64 teamId = TeamStore(m_ward->db()).createTeam(QStringLiteral("Tổ 1"), {}).value();
    Target t;
    t.groupId = group ? m_group : 0;
    t.teamId = team ? teamId : 0;
    t.target = target;
    t.deadline = deadline;
    QCOMPARE(TargetStore::check(t).isEmpty(), accepted);
    QCOMPARE(m_store->setTarget(t).ok(), accepted);
}

void TestTargetStore::teamTargets()
{
    TeamStore teams(m_ward->db());
    const qint64 a = teams.createTeam(QStringLiteral("Tổ A"), {}).value();
    Target t;
    t.teamId = a;
    t.target = 30;
    t.effectiveFrom = QDate(2026, 11, 1);
    QVERIFY(m_store->setTarget(t).ok());
    QCOMPARE(m_store->teamTargetOn(a, Clock::today())->target, 30);
    QVERIFY(!m_store->groupTargetOn(m_group, Clock::today()).has_value());
    QCOMPARE(m_store->teamTargetsOn(Clock::today()).size(), 1);
    t.teamId = 4242;
    QVERIFY(!m_store->setTarget(t).ok()); // no such team
}

QTEST_GUILESS_MAIN(TestTargetStore)
#include "tst_TargetStore.moc"
