#include "../support/TeamTestWard.h"

#include "Clock.h"
#include "storage/AuditLog.h"
#include "teams/AssignmentStore.h"
#include "teams/TargetStore.h"
#include "teams/TeamStore.h"

#include <QTest>

using namespace sotay;

class TestTeamStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createAndList();
    void namesAreUnique_data();
    void namesAreUnique();
    void updateTeam();
    void memberValidation_data();
    void memberValidation();
    void memberPhoneIsNormalized();
    void householdOverridesGroup();
    void reassignGroupReplaces();
    void assignUnknownScopeFails();
    void deleteAndRestore();
    void changesAreAudited();

private:
    std::unique_ptr<test::TeamTestWard> m_ward;
    std::unique_ptr<TeamStore> m_store;
    std::unique_ptr<AssignmentStore> m_assign;
};

void TestTeamStore::init()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
    m_ward = std::make_unique<test::TeamTestWard>();
    QVERIFY2(m_ward->ok(), qPrintable(m_ward->error()));
    m_store = std::make_unique<TeamStore>(m_ward->db());
    m_assign = std::make_unique<AssignmentStore>(m_ward->db());
}

void TestTeamStore::cleanup()
{
    m_assign.reset();
    m_store.reset();
    m_ward.reset();
    Clock::setFixedToday(QDate());
}

void TestTeamStore::createAndList()
{
    const auto a = m_store->createTeam(QStringLiteral("  Tổ 10 "), QStringLiteral("Nguyễn Văn An"));
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QVERIFY(m_store->createTeam(QStringLiteral("Tổ 2"), QStringLiteral("Lê Thị Bình")).ok());
    const QVector<Team> teams = m_store->teams();
    QCOMPARE(teams.size(), 2);
    // Natural order: "Tổ 2" before "Tổ 10"; names are cleaned.
    QCOMPARE(teams.at(0).name, QStringLiteral("Tổ 2"));
    QCOMPARE(teams.at(1).name, QStringLiteral("Tổ 10"));
    QCOMPARE(teams.at(1).leaderName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(teams.at(1).id, a.value());
}

void TestTeamStore::namesAreUnique_data()
{
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("same") << QStringLiteral("Tổ công tác số 1") << false;
    QTest::newRow("spaces") << QStringLiteral("  Tổ  công tác số 1 ") << false;
    QTest::newRow("no accents, lower case") << QStringLiteral("to cong tac so 1") << false;
    QTest::newRow("other number") << QStringLiteral("Tổ công tác số 2") << true;
    QTest::newRow("empty") << QStringLiteral("   ") << false;
}

void TestTeamStore::namesAreUnique()
{
    QFETCH(QString, second);
    QFETCH(bool, accepted);
    QVERIFY(m_store->createTeam(QStringLiteral("Tổ công tác số 1"), {}).ok());
    const auto r = m_store->createTeam(second, {});
    QCOMPARE(r.ok(), accepted);
    if (!accepted)
        QVERIFY(!r.error().isEmpty());
    QCOMPARE(m_store->teams().size(), accepted ? 2 : 1);
}

void TestTeamStore::updateTeam()
{
    const qint64 a = m_store->createTeam(QStringLiteral("Tổ 1"), {}).value();
    const qint64 b = m_store->createTeam(QStringLiteral("Tổ 2"), {}).value();
    Team t = *m_store->team(a);
    t.name = QStringLiteral("Tổ 2");
    QVERIFY(!m_store->updateTeam(t).ok()); // taken by b
    t.name = QStringLiteral("Tổ xung kích");
    t.leaderName = QStringLiteral("Trần Văn Cường");
    QVERIFY(m_store->updateTeam(t).ok());
    QCOMPARE(m_store->team(a)->name, QStringLiteral("Tổ xung kích"));
    QCOMPARE(m_store->team(a)->leaderName, QStringLiteral("Trần Văn Cường"));
    QCOMPARE(m_store->team(b)->name, QStringLiteral("Tổ 2"));
    t.id = 999;
    QVERIFY(!m_store->updateTeam(t).ok());
}

void TestTeamStore::memberValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("mobile") << QStringLiteral("Phạm Thị Dung") << int(MemberRole::WardPolice)
                            << QStringLiteral("0912345678") << true;
    QTest::newRow("+84 spaced") << QStringLiteral("Phạm Thị Dung") << int(MemberRole::YouthUnion)
                                << QStringLiteral("+84 912 345 678") << true;
    QTest::newRow("no phone") << QStringLiteral("Phạm Thị Dung") << int(MemberRole::Militia)
                              << QString() << true;
    QTest::newRow("too short") << QStringLiteral("Phạm Thị Dung") << int(MemberRole::Other)
                               << QStringLiteral("09123") << false;
    QTest::newRow("letters") << QStringLiteral("Phạm Thị Dung") << int(MemberRole::Other)
                             << QStringLiteral("09abc45678") << false;
    QTest::newRow("no name") << QStringLiteral("  ") << int(MemberRole::Other) << QString()
                             << false;
    QTest::newRow("bad role") << QStringLiteral("Phạm Thị Dung") << 42 << QString() << false;
}

void TestTeamStore::memberValidation()
{
    QFETCH(QString, name);
    QFETCH(int, role);
    QFETCH(QString, phone);
    QFETCH(bool, accepted);
    const qint64 team = m_store->createTeam(QStringLiteral("Tổ 1"), {}).value();
    TeamMember m{0, team, name, MemberRole(role), phone};
    QCOMPARE(TeamStore::checkMember(m).isEmpty(), accepted);
    const auto r = m_store->addMember(m);
    QCOMPARE(r.ok(), accepted);
    QCOMPARE(m_store->members(team).size(), accepted ? 1 : 0);
}

void TestTeamStore::memberPhoneIsNormalized()
{
    const qint64 team = m_store->createTeam(QStringLiteral("Tổ 1"), {}).value();
    const qint64 id = m_store
                          ->addMember({0, team, QStringLiteral("Hoàng Văn Em"),
                                       MemberRole::WomensUnion, QStringLiteral("+84 912.345.678")})
                          .value();
    const auto m = m_store->member(id);
    QVERIFY(m.has_value());
    QCOMPARE(m->phone, QStringLiteral("0912345678"));
    QCOMPARE(m->role, MemberRole::WomensUnion);
    TeamMember changed = *m;
    changed.role = MemberRole::DigitalTeam;
    QVERIFY(m_store->updateMember(changed).ok());
    QCOMPARE(m_store->member(id)->role, MemberRole::DigitalTeam);
    QVERIFY(m_store->removeMember(id).ok());
    QVERIFY(!m_store->member(id).has_value());
    QVERIFY(!m_store->removeMember(id).ok());
    QVERIFY(m_store->restoreMember(changed).ok());
    QCOMPARE(m_store->member(id)->name, QStringLiteral("Hoàng Văn Em"));
}

void TestTeamStore::householdOverridesGroup()
{
    const qint64 g1 = m_ward->group(QStringLiteral("Tổ dân phố 1"));
    const qint64 h1 = m_ward->household(QStringLiteral("Tổ dân phố 1"), QStringLiteral("H1"));
    const qint64 h2 = m_ward->household(QStringLiteral("Tổ dân phố 1"), QStringLiteral("H2"));
    const qint64 a = m_store->createTeam(QStringLiteral("Tổ A"), {}).value();
    const qint64 b = m_store->createTeam(QStringLiteral("Tổ B"), {}).value();
    QCOMPARE(m_assign->teamForHousehold(h1), qint64(0));
    QCOMPARE(m_assign->assignGroup(g1, a).value(), qint64(0)); // no previous team
    QCOMPARE(m_assign->teamForGroup(g1), a);
    QCOMPARE(m_assign->teamForHousehold(h1), a);
    QCOMPARE(m_assign->assignHousehold(h2, b).value(), qint64(0));
    QCOMPARE(m_assign->teamForHousehold(h1), a);
    QCOMPARE(m_assign->teamForHousehold(h2), b); // overrides the group's team
    QCOMPARE(m_assign->householdOwnTeam(h2), b);
    QCOMPARE(m_assign->assignHousehold(h2, 0).value(), b); // back to the group's team
    QCOMPARE(m_assign->teamForHousehold(h2), a);
    QCOMPARE(m_assign->assignGroup(g1, 0).value(), a);
    QCOMPARE(m_assign->teamForHousehold(h1), qint64(0));
}

void TestTeamStore::reassignGroupReplaces()
{
    const qint64 g1 = m_ward->group(QStringLiteral("Tổ dân phố 1"));
    const qint64 a = m_store->createTeam(QStringLiteral("Tổ A"), {}).value();
    const qint64 b = m_store->createTeam(QStringLiteral("Tổ B"), {}).value();
    QVERIFY(m_assign->assignGroup(g1, a).ok());
    QCOMPARE(m_assign->assignGroup(g1, b).value(), a);
    QCOMPARE(m_assign->assignments(a).size(), 0);
    QCOMPARE(m_assign->assignments(b).size(), 1);
    const auto groups = m_assign->groups();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().teamId, b);
}

void TestTeamStore::assignUnknownScopeFails()
{
    const qint64 a = m_store->createTeam(QStringLiteral("Tổ A"), {}).value();
    QVERIFY(!m_assign->assignGroup(777, a).ok());
    QVERIFY(!m_assign->assignHousehold(777, a).ok());
    const qint64 g1 = m_ward->group(QStringLiteral("Tổ dân phố 1"));
    QVERIFY(!m_assign->assignGroup(g1, 888).ok());
    QCOMPARE(m_assign->teamForGroup(g1), qint64(0));
}

void TestTeamStore::deleteAndRestore()
{
    const qint64 g1 = m_ward->group(QStringLiteral("Tổ dân phố 1"));
    const qint64 h1 = m_ward->household(QStringLiteral("Tổ dân phố 1"), QStringLiteral("H1"));
    const qint64 a =
        m_store->createTeam(QStringLiteral("Tổ A"), QStringLiteral("Đỗ Văn Giang")).value();
    QVERIFY(
        m_store->addMember({0, a, QStringLiteral("Vũ Thị Hà"), MemberRole::WardPolice, {}}).ok());
    QVERIFY(m_assign->assignGroup(g1, a).ok());
    QVERIFY(m_assign->assignHousehold(h1, a).ok());
    TargetStore targets(m_ward->db());
    Target t;
    t.teamId = a;
    t.target = 40;
    t.deadline = QDate(2026, 12, 31);
    QVERIFY(targets.setTarget(t).ok());

    const auto snap = m_store->snapshot(a);
    QVERIFY(snap.ok());
    QVERIFY(m_store->deleteTeam(a).ok());
    QVERIFY(!m_store->team(a).has_value());
    QCOMPARE(m_assign->teamForHousehold(h1), qint64(0));
    QVERIFY(!targets.teamTargetOn(a, Clock::today()).has_value());
    QVERIFY(!m_store->deleteTeam(a).ok());

    QVERIFY(m_store->restoreTeam(snap.value()).ok());
    QCOMPARE(m_store->team(a)->leaderName, QStringLiteral("Đỗ Văn Giang"));
    QCOMPARE(m_store->members(a).size(), 1);
    QCOMPARE(m_assign->teamForGroup(g1), a);
    QCOMPARE(m_assign->householdOwnTeam(h1), a);
    QCOMPARE(targets.teamTargetOn(a, Clock::today())->target, 40);
}

void TestTeamStore::changesAreAudited()
{
    const qint64 g1 = m_ward->group(QStringLiteral("Tổ dân phố 1"));
    const qint64 a = m_store->createTeam(QStringLiteral("Tổ A"), {}).value();
    QVERIFY(m_assign->assignGroup(g1, a).ok());
    QVERIFY(m_store->deleteTeam(a).ok());
    AuditLog::Filter filter;
    filter.action = QStringLiteral("team");
    const auto entries = AuditLog(m_ward->db()).entries(filter);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).action, QStringLiteral("team.create"));
    QCOMPARE(entries.at(1).action, QStringLiteral("team.assign.group"));
    QCOMPARE(entries.at(1).newValue, QString::number(a));
    QCOMPARE(entries.at(0).action, QStringLiteral("team.delete"));
    QCOMPARE(entries.at(0).entityId, a);
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_TeamStore.moc"
