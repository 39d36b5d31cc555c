#include "../support/TeamTestWard.h"

#include "Clock.h"
#include "dashboard/DashboardFigures.h"
#include "reports/WeeklyFigures.h"
#include "teams/AssignmentStore.h"
#include "teams/CampaignStore.h"
#include "teams/TargetStore.h"
#include "teams/TeamStore.h"

#include <QTest>

using namespace sotay;

namespace {
using S = AccountStatus;
QDate d(int m, int day)
{
    return QDate(2026, m, day);
}
} // namespace

// A small ward whose figures are computed by hand in the comments below.
//   Tổ 1 (team A): H1 r1 L1 act 10/11 · r2 L1 act 05/11 + L2 act 12/11 · r3 L1 approved 01/10
//                  · r4 under 14, activated (not eligible)
//                  H2 (own team B) r5 act 12/11 · r6 nothing
//   Tổ 2 (team B): H3 r7 L2 approved 01/11, activated 22/11 · r8 deceased, activated
//                  · r9 activated 21/11
//   Tổ 10 (none):  H4 r10 act 10/11 · r11 received 01/11
//   Team C: nothing assigned.
class TestDashboardFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void totalsAsOf_data();
    void totalsAsOf();
    void perGroup();
    void teamsRanked();
    void dailySeriesAndPlan();
    void waitingLongestFirst();
    void phases();
    void neededPer_data();
    void neededPer();
    void emptyWard();
    void teamTargetsWhenGroupsHaveNone();
    void agreesWithWeeklyFigures_data();
    void agreesWithWeeklyFigures();

private:
    std::unique_ptr<test::TeamTestWard> m_ward;
    qint64 m_teamA = 0, m_teamB = 0, m_teamC = 0;
    qint64 m_r3 = 0, m_r7 = 0;
};

void TestDashboardFigures::init()
{
    Clock::setFixedToday(d(11, 23));
    m_ward = std::make_unique<test::TeamTestWard>();
    QVERIFY2(m_ward->ok(), qPrintable(m_ward->error()));
    test::TeamTestWard &w = *m_ward;
    const QDate adult(1990, 5, 5);
    w.household(QStringLiteral("Tổ 1"), QStringLiteral("H1"));
    w.household(QStringLiteral("Tổ 1"), QStringLiteral("H2"));
    w.household(QStringLiteral("Tổ 2"), QStringLiteral("H3"));
    w.household(QStringLiteral("Tổ 10"), QStringLiteral("H4"));
    w.resident(QStringLiteral("H1"), QStringLiteral("Nguyễn Văn Một"), adult, S::Activated,
               d(11, 10));
    w.resident(QStringLiteral("H1"), QStringLiteral("Nguyễn Văn Hai"), adult, S::Activated,
               d(11, 5), S::Activated, d(11, 12));
    m_r3 = w.resident(QStringLiteral("H1"), QStringLiteral("Nguyễn Thị Ba"), adult, S::Approved,
                      d(10, 1));
    w.resident(QStringLiteral("H1"), QStringLiteral("Nguyễn Văn Bốn"), QDate(2015, 1, 1),
               S::Activated, d(11, 10));
    w.resident(QStringLiteral("H2"), QStringLiteral("Trần Văn Năm"), adult, S::Activated,
               d(11, 12));
    w.resident(QStringLiteral("H2"), QStringLiteral("Trần Thị Sáu"), adult);
    m_r7 = w.resident(QStringLiteral("H3"), QStringLiteral("Lê Văn Bảy"), adult, S::None, {},
                      S::Approved, d(11, 1));
    ResidentStore::StatusEvent later;
    later.residentId = m_r7;
    later.level = 2;
    later.status = S::Activated;
    later.date = d(11, 22);
    QVERIFY(w.residents().recordStatus(later).ok());
    w.resident(QStringLiteral("H3"), QStringLiteral("Lê Văn Tám"), adult, S::Activated, d(11, 10),
               S::None, {}, ExclusionReason::Deceased);
    w.resident(QStringLiteral("H3"), QStringLiteral("Lê Thị Chín"), adult, S::Activated, d(11, 21));
    w.resident(QStringLiteral("H4"), QStringLiteral("Phạm Văn Mười"), adult, S::Activated,
               d(11, 10));
    w.resident(QStringLiteral("H4"), QStringLiteral("Phạm Thị Mười Một"), adult, S::Received,
               d(11, 1));

    TeamStore teams(w.db());
    m_teamA = teams.createTeam(QStringLiteral("Tổ công tác A"), {}).value();
    m_teamB = teams.createTeam(QStringLiteral("Tổ công tác B"), {}).value();
    m_teamC = teams.createTeam(QStringLiteral("Tổ công tác C"), {}).value();
    QVERIFY(AssignmentStore(w.db()).assignGroup(w.group(QStringLiteral("Tổ 1")), m_teamA).ok());
    QVERIFY(AssignmentStore(w.db()).assignGroup(w.group(QStringLiteral("Tổ 2")), m_teamB).ok());
    QVERIFY(AssignmentStore(w.db())
                .assignHousehold(w.household(QStringLiteral("Tổ 1"), QStringLiteral("H2")), m_teamB)
                .ok());

    TargetStore targets(w.db());
    const auto set = [&](qint64 group, qint64 team, int value, QDate deadline, QDate from) {
        Target t;
        t.groupId = group;
        t.teamId = team;
        t.target = value;
        t.deadline = deadline;
        t.effectiveFrom = from;
        const auto r = targets.setTarget(t);
        QVERIFY2(r.ok(), qPrintable(r.error()));
    };
    set(w.group(QStringLiteral("Tổ 1")), 0, 4, d(11, 30), d(11, 1));
    set(w.group(QStringLiteral("Tổ 2")), 0, 5, d(12, 31), d(10, 1));
    set(w.group(QStringLiteral("Tổ 2")), 0, 2, d(12, 10), d(11, 15));
    set(w.group(QStringLiteral("Tổ 10")), 0, 3, d(12, 31), d(11, 25)); // not yet in force
    set(0, m_teamA, 3, d(11, 30), d(11, 1));
}

void TestDashboardFigures::cleanup()
{
    m_ward.reset();
    Clock::setFixedToday(QDate());
}

void TestDashboardFigures::totalsAsOf_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("eligible");
    QTest::addColumn<qint64>("activated");
    QTest::addColumn<qint64>("approved");
    QTest::addColumn<int>("target");
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<qint64>("perDay");
    // Tổ 1 4 + Tổ 2 2 = 6 by 10/12: 2 missing over 20 days.
    QTest::newRow("20/11") << d(11, 20) << qint64(9) << qint64(4) << qint64(2) << 6 << d(12, 10)
                           << 20 << qint64(1);
    // r5 not yet activated; Tổ 2's first target (5 by 31/12) in force: 9 − 3 over 50 days.
    QTest::newRow("11/11") << d(11, 11) << qint64(9) << qint64(3) << qint64(2) << 9 << d(12, 31)
                           << 50 << qint64(1);
    // r9 (21/11) and r7 (22/11) activated; Tổ 10's target in force from 25/11: 4+2+3.
    QTest::newRow("25/11") << d(11, 25) << qint64(9) << qint64(6) << qint64(1) << 9 << d(12, 31)
                           << 36 << qint64(1);
    // Past every deadline: all that is missing, at once.
    QTest::newRow("past") << QDate(2027, 1, 5) << qint64(9) << qint64(6) << qint64(1) << 9
                          << d(12, 31) << 0 << qint64(3);
    // Before anything: no activation, no target.
    QTest::newRow("before") << d(9, 1) << qint64(9) << qint64(0) << qint64(0) << -1 << QDate() << 0
                            << qint64(0);
}

void TestDashboardFigures::totalsAsOf()
{
    QFETCH(QDate, asOf);
    const auto r = DashboardFigures::compute(m_ward->db(), asOf);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const DashboardFigures &f = r.value();
    QCOMPARE(f.asOf, asOf);
    QTEST(f.eligible, "eligible");
    QTEST(f.activated, "activated");
    QTEST(f.approvedNotActivated, "approved");
    QTEST(f.target, "target");
    QTEST(f.deadline, "deadline");
    QTEST(f.daysLeft, "daysLeft");
    QTEST(f.neededPerDay, "perDay");
}

void TestDashboardFigures::perGroup()
{
    const DashboardFigures f = DashboardFigures::compute(m_ward->db(), d(11, 20)).value();
    QCOMPARE(f.groups.size(), 3);
    // Natural order of the names.
    QCOMPARE(f.groups.at(0).name, QStringLiteral("Tổ 1"));
    QCOMPARE(f.groups.at(1).name, QStringLiteral("Tổ 2"));
    QCOMPARE(f.groups.at(2).name, QStringLiteral("Tổ 10"));
    QCOMPARE(f.groups.at(0).eligible, 5);
    QCOMPARE(f.groups.at(0).activated, 3);
    QCOMPARE(f.groups.at(0).approved, 1);
    QCOMPARE(f.groups.at(0).target, 4);
    QCOMPARE(f.groups.at(0).deadline, d(11, 30));
    QCOMPARE(f.groups.at(1).eligible, 2);
    QCOMPARE(f.groups.at(1).activated, 0);
    QCOMPARE(f.groups.at(1).target, 2);
    QCOMPARE(f.groups.at(2).eligible, 2);
    QCOMPARE(f.groups.at(2).activated, 1);
    QCOMPARE(f.groups.at(2).target, -1);
}

void TestDashboardFigures::teamsRanked()
{
    const DashboardFigures f = DashboardFigures::compute(m_ward->db(), d(11, 20)).value();
    QCOMPARE(f.teams.size(), 3);
    // A: r1 r2 r3, 2 activated (66.7 %); B: r5 r6 (household H2) r7 r9, 1 (25 %); C: nobody.
    QCOMPARE(f.teams.at(0).id, m_teamA);
    QCOMPARE(f.teams.at(0).eligible, 3);
    QCOMPARE(f.teams.at(0).activated, 2);
    QCOMPARE(f.teams.at(0).target, 3);
    QCOMPARE(f.teams.at(1).id, m_teamB);
    QCOMPARE(f.teams.at(1).eligible, 4);
    QCOMPARE(f.teams.at(1).activated, 1);
    QCOMPARE(f.teams.at(1).target, -1);
    QCOMPARE(f.teams.at(2).id, m_teamC);
    QCOMPARE(f.teams.at(2).eligible, 0);
    QCOMPARE(f.unassigned.eligible, 2);
    QCOMPARE(f.unassigned.activated, 1);

    // As of 25/11 team B has r7 and r9 too: 3 of 4 (75 %) passes A.
    const DashboardFigures later = DashboardFigures::compute(m_ward->db(), d(11, 25)).value();
    QCOMPARE(later.teams.at(0).id, m_teamB);
    QCOMPARE(later.teams.at(0).activated, 3);
    QCOMPARE(later.teams.at(1).id, m_teamA);
}

void TestDashboardFigures::dailySeriesAndPlan()
{
    const DashboardFigures f = DashboardFigures::compute(m_ward->db(), d(11, 20)).value();
    // Under-14 r4 and deceased r8 (both activated 10/11) do not count.
    QCOMPARE(f.daily.size(), 3);
    QCOMPARE(f.daily.at(0).day, d(11, 5));
    QCOMPARE(f.daily.at(0).count, 1);
    QCOMPARE(f.daily.at(1).day, d(11, 10));
    QCOMPARE(f.daily.at(1).count, 2);
    QCOMPARE(f.daily.at(1).cumulative, 3);
    QCOMPARE(f.daily.at(2).day, d(11, 12));
    QCOMPARE(f.daily.at(2).cumulative, 4);
    // The latest target in force was set on 15/11, when 4 were activated (activations of
    // that very day count as already there); 6 by 10/12.
    QCOMPARE(f.planStart, d(11, 15));
    QCOMPARE(f.planStartValue, 4);
    QCOMPARE(f.planValueOn(d(11, 15)), 4.0);
    QCOMPARE(f.planValueOn(d(11, 30)), 5.2);
    QCOMPARE(f.planValueOn(d(12, 10)), 6.0);
    QCOMPARE(f.planValueOn(d(12, 31)), 6.0);
}

void TestDashboardFigures::waitingLongestFirst()
{
    const DashboardFigures f = DashboardFigures::compute(m_ward->db(), d(11, 20)).value();
    QCOMPARE(f.waiting.size(), 2);
    QCOMPARE(f.waiting.at(0).residentId, m_r3);
    QCOMPARE(f.waiting.at(0).name, QStringLiteral("Nguyễn Thị Ba"));
    QCOMPARE(f.waiting.at(0).group, QStringLiteral("Tổ 1"));
    QCOMPARE(f.waiting.at(0).approvedSince, d(10, 1));
    QCOMPARE(f.waiting.at(0).days, 50);
    QCOMPARE(f.waiting.at(1).residentId, m_r7);
    QCOMPARE(f.waiting.at(1).days, 19);
    // r7 is activated on 22/11: only r3 waits afterwards; the limit is honoured.
    const DashboardFigures later = DashboardFigures::compute(m_ward->db(), d(11, 25)).value();
    QCOMPARE(later.waiting.size(), 1);
    QCOMPARE(later.waiting.at(0).residentId, m_r3);
    QCOMPARE(DashboardFigures::compute(m_ward->db(), d(11, 20), 1).value().waiting.size(), 1);
}

void TestDashboardFigures::phases()
{
    CampaignStore targets(m_ward->db());
    Campaign c;
    c.name = QStringLiteral("Cao điểm 90 ngày");
    c.startDate = d(11, 1);
    c.deadline = d(12, 31);
    const qint64 id = targets.createCampaign(c).value();
    CampaignPhase half;
    half.campaignId = id;
    half.percent = 50;
    half.base = CampaignPhase::Base::ApprovedNotActivated;
    half.deadline = d(11, 30);
    QVERIFY(targets.addPhase(half).ok());
    CampaignPhase all;
    all.campaignId = id;
    all.percent = 100;
    all.base = CampaignPhase::Base::Eligible;
    all.deadline = d(12, 31);
    QVERIFY(targets.addPhase(all).ok());

    const DashboardFigures f = DashboardFigures::compute(m_ward->db(), d(11, 20)).value();
    QCOMPARE(f.campaign.id, id);
    QCOMPARE(f.phases.size(), 2);
    // Approved, not activated: r3 and r7 still wait, 4 were activated since 01/11 → base 6,
    // 50 % → 3, already reached.
    QCOMPARE(f.phases.at(0).base, 6);
    QCOMPARE(f.phases.at(0).required, 3);
    QCOMPARE(f.phases.at(0).achieved, 4);
    QCOMPARE(f.phases.at(0).daysLeft, 10);
    QCOMPARE(f.phases.at(0).neededPerDay, 0);
    QCOMPARE(f.phases.at(1).base, 9);
    QCOMPARE(f.phases.at(1).required, 9);
    QCOMPARE(f.phases.at(1).achieved, 4);
    QCOMPARE(f.phases.at(1).daysLeft, 41);
    QCOMPARE(f.phases.at(1).neededPerDay, 1);
    // Before the campaign starts there is none.
    QCOMPARE(DashboardFigures::compute(m_ward->db(), d(10, 20)).value().campaign.id, 0);
}

void TestDashboardFigures::neededPer_data()
{
    QTest::addColumn<qint64>("target");
    QTest::addColumn<qint64>("activated");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(100) << qint64(40) << 10 << qint64(6);
    QTest::newRow("rounded up") << qint64(100) << qint64(41) << 10 << qint64(6);
    QTest::newRow("reached") << qint64(100) << qint64(120) << 10 << qint64(0);
    QTest::newRow("no day left") << qint64(100) << qint64(40) << 0 << qint64(60);
    QTest::newRow("one day") << qint64(7) << qint64(0) << 1 << qint64(7);
}

void TestDashboardFigures::neededPer()
{
    QFETCH(qint64, target);
    QFETCH(qint64, activated);
    QFETCH(int, daysLeft);
    QTEST(DashboardFigures::neededPer(target, activated, daysLeft), "expected");
}

void TestDashboardFigures::emptyWard()
{
    test::TeamTestWard empty;
    QVERIFY(empty.ok());
    const auto r = DashboardFigures::compute(empty.db(), d(11, 20));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().eligible, 0);
    QCOMPARE(r.value().target, -1);
    QVERIFY(r.value().groups.isEmpty());
    QVERIFY(r.value().daily.isEmpty());
}

// Without group targets the ward's target is the sum of the team targets in force.
void TestDashboardFigures::teamTargetsWhenGroupsHaveNone()
{
    test::TeamTestWard w;
    QVERIFY(w.ok());
    w.household(QStringLiteral("Tổ 1"), QStringLiteral("A1"));
    w.resident(QStringLiteral("A1"), QStringLiteral("Võ Văn Hùng"), QDate(1980, 1, 1), S::Activated,
               d(11, 3));
    TeamStore teams(w.db());
    const qint64 a = teams.createTeam(QStringLiteral("A"), {}).value();
    const qint64 b = teams.createTeam(QStringLiteral("B"), {}).value();
    TargetStore targets(w.db());
    for (const auto &[team, value, deadline] :
         {std::tuple{a, 10, d(12, 1)}, std::tuple{b, 5, d(12, 15)}}) {
        Target t;
        t.teamId = team;
        t.target = value;
        t.deadline = deadline;
        t.effectiveFrom = d(11, 2);
        QVERIFY(targets.setTarget(t).ok());
    }
    const DashboardFigures f = DashboardFigures::compute(w.db(), d(11, 5)).value();
    QCOMPARE(f.target, 15);
    QCOMPARE(f.deadline, d(12, 15));
    QCOMPARE(f.daysLeft, 40);
    QCOMPARE(f.neededPerDay, 1); // 14 missing over 40 days
    QCOMPARE(f.planStart, d(11, 2));
    QCOMPARE(f.planStartValue, 0);
    QCOMPARE(f.unassigned.eligible, 1);
}

void TestDashboardFigures::agreesWithWeeklyFigures_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("11/11") << d(11, 11);
    QTest::newRow("20/11") << d(11, 20);
    QTest::newRow("25/11") << d(11, 25);
}

// The dashboard and the weekly report read the same history: as of the same day they agree.
void TestDashboardFigures::agreesWithWeeklyFigures()
{
    QFETCH(QDate, asOf);
    const DashboardFigures f = DashboardFigures::compute(m_ward->db(), asOf).value();
    const WeeklyFigures w = WeeklyFigures::computeAsOf(m_ward->db(), asOf).value();
    QCOMPARE(f.eligible, w.total.eligible);
    QCOMPARE(f.activated, w.total.activated());
    QCOMPARE(f.approvedNotActivated, w.total.approved);
    QCOMPARE(f.groups.size(), w.groups.size());
    for (qsizetype i = 0; i < f.groups.size(); ++i) {
        QCOMPARE(f.groups.at(i).id, w.groups.at(i).id);
        QCOMPARE(f.groups.at(i).eligible, w.groups.at(i).eligible);
        QCOMPARE(f.groups.at(i).activated, w.groups.at(i).activated());
    }
}

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_DashboardFigures.moc"
