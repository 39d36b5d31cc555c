// Merging and splitting residential groups: households, teams and targets move as the rules
// of GroupStore / GroupMerger say, every change is refused cleanly when it makes no sense,
// and undo puts back exactly what was there (compared table by table).
#include "../support/TeamTestWard.h"

#include "Clock.h"
#include "rules/Text.h"
#include "storage/AuditLog.h"
#include "storage/GroupStore.h"
#include "storage/Transaction.h"
#include "teams/AssignmentStore.h"
#include "teams/TargetStore.h"
#include "teams/TeamStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace sotay;

namespace {
const QDate kToday(2026, 11, 23);
} // namespace

class TestGroupStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void mergeMovesEveryHousehold();
    void mergeTeams_data();
    void mergeTeams();
    void mergeTargets_data();
    void mergeTargets();
    void undoMergeRestoresExactly_data();
    void undoMergeRestoresExactly();
    void redoAfterUndo();
    void splitToNewGroup();
    void splitIntoExistingGroupKeepsTeams();
    void undoSplitRestoresExactly_data();
    void undoSplitRestoresExactly();
    void refusals_data();
    void refusals();
    void failureHalfWayLeavesNothing();
    void createAndRemoveGroup();
    void householdsInAddressOrder();
    void auditEntries();
    void renameAndUndo();

private:
    QString dump(); // every table a reorganisation touches, row by row
    void setTeams(int teamA, int teamB);
    static QVector<Target> parseTargets(const QString &text, qint64 groupId);
    qint64 team(int which) const { return which == 0 ? 0 : m_teams.value(which - 1); }

    std::unique_ptr<test::TeamTestWard> m_ward;
    std::unique_ptr<GroupStore> m_store;
    qint64 m_a = 0, m_b = 0, m_other = 0; // Tổ dân phố 4 (A), Tổ dân phố 3 (B), Tổ 7
    QVector<qint64> m_aHouseholds, m_bHouseholds; // A3 (the last of A) has its own team
    QVector<qint64> m_teams;                      // Đội X, Đội Y, Đội Z
};

void TestGroupStore::init()
{
    Clock::setFixedToday(kToday);
    m_ward = std::make_unique<test::TeamTestWard>();
    QVERIFY2(m_ward->ok(), qPrintable(m_ward->error()));
    m_store = std::make_unique<GroupStore>(m_ward->db());
    m_b = m_ward->group(QStringLiteral("Tổ dân phố 3"));
    m_a = m_ward->group(QStringLiteral("Tổ dân phố 4"));
    m_other = m_ward->group(QStringLiteral("Tổ dân phố 7"));
    const QString a = QStringLiteral("Tổ dân phố 4"), b = QStringLiteral("Tổ dân phố 3");
    m_aHouseholds = {
        m_ward->household(a, QStringLiteral("A1"), QStringLiteral("Số 27 phố Lê Lợi")),
        m_ward->household(a, QStringLiteral("A2"), QStringLiteral("Số 9 phố Lê Lợi")),
        m_ward->household(a, QStringLiteral("A3"), QStringLiteral("Số 105 phố Lê Lợi"))};
    m_bHouseholds = {m_ward->household(b, QStringLiteral("B1")),
                     m_ward->household(b, QStringLiteral("B2"))};
    m_ward->household(QStringLiteral("Tổ dân phố 7"), QStringLiteral("C1"));
    const QDate born(1990, 5, 1);
    m_ward->resident(QStringLiteral("A1"), QStringLiteral("Nguyễn Văn An"), born);
    m_ward->resident(QStringLiteral("A1"), QStringLiteral("Nguyễn Thị Bình"), born);
    m_ward->resident(QStringLiteral("A2"), QStringLiteral("Trần Văn Cường"), born);
    m_ward->resident(QStringLiteral("A3"), QStringLiteral("Lê Thị Dung"), born);
    m_ward->resident(QStringLiteral("B1"), QStringLiteral("Phạm Văn Em"), born);
    TeamStore teams(m_ward->db());
    m_teams.clear();
    for (const char *name : {"Đội X", "Đội Y", "Đội Z"})
        m_teams << teams.createTeam(QString::fromUtf8(name), QStringLiteral("Tổ trưởng")).value();
    QVERIFY(AssignmentStore(m_ward->db()).assignHousehold(m_aHouseholds.last(), m_teams[2]));
    // A visit to A1: it stays with the household.
    QSqlQuery visit(m_ward->db().connection());
    visit.prepare(QStringLiteral("INSERT INTO visit(date, team_id, household_id, recorded_at) "
                                 "VALUES ('2026-11-10', ?, ?, '2026-11-10T09:00:00')"));
    visit.addBindValue(m_teams[0]);
    visit.addBindValue(m_aHouseholds.first());
    QVERIFY(visit.exec());
}

void TestGroupStore::cleanup()
{
    m_store.reset();
    m_ward.reset();
    Clock::setFixedToday(QDate());
}

QString TestGroupStore::dump()
{
    QStringList out;
    for (const char *table :
         {"res_group", "household", "assignment", "target", "visit", "resident", "team"}) {
        QSqlQuery q(m_ward->db().connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
            return q.lastQuery();
        while (q.next()) {
            QStringList row{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out << row.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

void TestGroupStore::setTeams(int teamA, int teamB)
{
    AssignmentStore assignments(m_ward->db());
    QVERIFY(assignments.assignGroup(m_a, team(teamA)));
    QVERIFY(assignments.assignGroup(m_b, team(teamB)));
}

// "100@2026-10-01 150@2026-11-01"
QVector<Target> TestGroupStore::parseTargets(const QString &text, qint64 groupId)
{
    QVector<Target> out;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Target t;
        t.groupId = groupId;
        t.target = part.section(QLatin1Char('@'), 0, 0).toInt();
        t.effectiveFrom = QDate::fromString(part.section(QLatin1Char('@'), 1), Qt::ISODate);
        t.deadline = QDate(2026, 12, 31);
        out << t;
    }
    return out;
}

void TestGroupStore::mergeMovesEveryHousehold()
{
    const auto before = m_store->groups();
    QCOMPARE(before.size(), 3);
    const auto merged = m_store->merge(m_a, m_b);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    QCOMPARE(merged.value().households, m_aHouseholds);
    QVERIFY(!m_store->group(m_a));
    const auto b = m_store->group(m_b);
    QVERIFY(b);
    QCOMPARE(b->households, qint64(m_aHouseholds.size() + m_bHouseholds.size()));
    QCOMPARE(b->name, QStringLiteral("Tổ dân phố 3"));
    QCOMPARE(m_store->households(m_b).size(), 5);
    QCOMPARE(m_store->households(m_a).size(), 0);
    // Residents and visits stay with their households; nothing is lost.
    QSqlQuery q(m_ward->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM resident r JOIN household h ON "
                                  "h.id = r.household_id WHERE h.group_id = %1")
                       .arg(m_b)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QVERIFY(q.exec(QStringLiteral("SELECT household_id FROM visit")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), m_aHouseholds.first());
    QCOMPARE(m_store->groups().size(), 2);
    QCOMPARE(m_store->group(m_other)->households, qint64(1));
}

void TestGroupStore::mergeTeams_data()
{
    QTest::addColumn<int>("teamA"); // 0 none, 1 Đội X, 2 Đội Y
    QTest::addColumn<int>("teamB");
    QTest::addColumn<int>("groupTeamAfter"); // B's team after the merge
    QTest::addColumn<int>("movedTeamAfter"); // who visits A1 and A2 after
    QTest::addColumn<int>("createdAssignments");
    QTest::newRow("no teams") << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("A's team goes to B") << 1 << 0 << 1 << 1 << 1;
    QTest::newRow("same team") << 1 << 1 << 1 << 1 << 0;
    QTest::newRow("different teams: households keep theirs") << 1 << 2 << 2 << 1 << 2;
    QTest::newRow("only B has a team") << 0 << 2 << 2 << 2 << 0;
}

void TestGroupStore::mergeTeams()
{
    QFETCH(int, teamA);
    QFETCH(int, teamB);
    QFETCH(int, groupTeamAfter);
    QFETCH(int, movedTeamAfter);
    QFETCH(int, createdAssignments);
    setTeams(teamA, teamB);
    const auto merged = m_store->merge(m_a, m_b);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    QCOMPARE(merged.value().createdAssignments.size(), createdAssignments);
    AssignmentStore assignments(m_ward->db());
    QCOMPARE(assignments.groupTeam(m_b), team(groupTeamAfter));
    QCOMPARE(assignments.teamForHousehold(m_aHouseholds[0]), team(movedTeamAfter));
    QCOMPARE(assignments.teamForHousehold(m_aHouseholds[1]), team(movedTeamAfter));
    QCOMPARE(assignments.teamForHousehold(m_aHouseholds[2]), m_teams[2]); // its own team
    QCOMPARE(assignments.teamForHousehold(m_bHouseholds[0]), team(groupTeamAfter));
}

void TestGroupStore::mergeTargets_data()
{
    QTest::addColumn<QString>("targetsA");
    QTest::addColumn<QString>("targetsB");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("expected"); // -1: no target in force
    const QString a = QStringLiteral("100@2026-10-01 150@2026-11-01");
    const QString b = QStringLiteral("200@2026-10-15");
    QTest::newRow("before any") << a << b << QDate(2026, 9, 30) << -1;
    QTest::newRow("only A's yet") << a << b << QDate(2026, 10, 1) << 100;
    QTest::newRow("both") << a << b << QDate(2026, 10, 20) << 300;
    QTest::newRow("A raised") << a << b << QDate(2026, 11, 1) << 350;
    QTest::newRow("today: in force added") << a << b << kToday << 350;
    QTest::newRow("A only has targets") << a << QString() << kToday << 150;
    QTest::newRow("B only has targets") << QString() << b << kToday << 200;
    QTest::newRow("neither") << QString() << QString() << kToday << -1;
}

void TestGroupStore::mergeTargets()
{
    QFETCH(QString, targetsA);
    QFETCH(QString, targetsB);
    QFETCH(QDate, day);
    QFETCH(int, expected);
    TargetStore targets(m_ward->db());
    for (const Target &t : parseTargets(targetsA, m_a) + parseTargets(targetsB, m_b))
        QVERIFY(targets.setTarget(t));
    // A team target is not touched.
    Target teamTarget;
    teamTarget.teamId = m_teams[0];
    teamTarget.target = 42;
    teamTarget.effectiveFrom = QDate(2026, 10, 1);
    QVERIFY(targets.setTarget(teamTarget));
    const int wardTotalBefore = [&] {
        int sum = 0;
        for (const Target &t : targets.groupTargetsOn(day))
            sum += t.target;
        return sum;
    }();
    QVERIFY(m_store->merge(m_a, m_b));
    const auto inForce = targets.groupTargetOn(m_b, day);
    QCOMPARE(inForce ? inForce->target : -1, expected);
    if (inForce)
        QCOMPARE(inForce->deadline, QDate(2026, 12, 31));
    QVERIFY(!targets.groupTargetOn(m_a, day));
    int wardTotalAfter = 0;
    for (const Target &t : targets.groupTargetsOn(day))
        wardTotalAfter += t.target;
    QCOMPARE(wardTotalAfter, wardTotalBefore); // the ward's total target never changes
    QCOMPARE(targets.teamTargetOn(m_teams[0], day) ? 42 : 0, day >= QDate(2026, 10, 1) ? 42 : 0);
}

void TestGroupStore::undoMergeRestoresExactly_data()
{
    QTest::addColumn<int>("teamA");
    QTest::addColumn<int>("teamB");
    QTest::addColumn<QString>("targetsA");
    QTest::addColumn<QString>("targetsB");
    QTest::newRow("bare") << 0 << 0 << QString() << QString();
    QTest::newRow("A's team and targets to B")
        << 1 << 0 << QStringLiteral("100@2026-10-01") << QString();
    QTest::newRow("different teams, both targets")
        << 1 << 2 << QStringLiteral("100@2026-10-01 150@2026-11-01")
        << QStringLiteral("200@2026-10-15 220@2026-11-20");
    QTest::newRow("same team") << 2 << 2 << QString() << QStringLiteral("200@2026-10-15");
}

void TestGroupStore::undoMergeRestoresExactly()
{
    QFETCH(int, teamA);
    QFETCH(int, teamB);
    QFETCH(QString, targetsA);
    QFETCH(QString, targetsB);
    setTeams(teamA, teamB);
    TargetStore targets(m_ward->db());
    for (const Target &t : parseTargets(targetsA, m_a) + parseTargets(targetsB, m_b))
        QVERIFY(targets.setTarget(t));
    const QString before = dump();
    const auto merged = m_store->merge(m_a, m_b);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    QVERIFY(dump() != before);
    const Status undone = m_store->undoMerge(merged.value());
    QVERIFY2(undone.ok(), qPrintable(undone.error()));
    QCOMPARE(dump(), before);
}

void TestGroupStore::redoAfterUndo()
{
    setTeams(1, 2);
    const QString before = dump();
    auto first = m_store->merge(m_a, m_b);
    QVERIFY(first);
    const QString merged = dump();
    QVERIFY(m_store->undoMerge(first.value()));
    auto again = m_store->merge(m_a, m_b); // redo
    QVERIFY(again);
    QCOMPARE(again.value().households, first.value().households);
    QCOMPARE(dump(), merged);
    QVERIFY(m_store->undoMerge(again.value()));
    QCOMPARE(dump(), before);
}

void TestGroupStore::splitToNewGroup()
{
    setTeams(1, 0);
    const QVector<qint64> moved{m_aHouseholds[0], m_aHouseholds[2]};
    const auto split = m_store->splitToNew(m_a, moved, QStringLiteral("  Tổ dân phố 4B "));
    QVERIFY2(split.ok(), qPrintable(split.error()));
    const GroupSplitRecord &r = split.value();
    QVERIFY(r.created);
    QCOMPARE(r.to.name, QStringLiteral("Tổ dân phố 4B"));
    QCOMPARE(r.to.households, qint64(2));
    QCOMPARE(m_store->group(m_a)->households, qint64(1));
    QCOMPARE(m_store->households(r.to.id).size(), 2);
    // The new group keeps the team of the group it came from; A3 keeps its own.
    AssignmentStore assignments(m_ward->db());
    QCOMPARE(assignments.groupTeam(r.to.id), m_teams[0]);
    QCOMPARE(assignments.teamForHousehold(m_aHouseholds[0]), m_teams[0]);
    QCOMPARE(assignments.teamForHousehold(m_aHouseholds[2]), m_teams[2]);
    // Natural order: "Tổ dân phố 4B" between 4 and 7.
    QStringList names;
    for (const GroupRow &g : m_store->groups())
        names << g.name;
    QCOMPARE(names, QStringList({QStringLiteral("Tổ dân phố 3"), QStringLiteral("Tổ dân phố 4"),
                                 QStringLiteral("Tổ dân phố 4B"), QStringLiteral("Tổ dân phố 7")}));
}

void TestGroupStore::splitIntoExistingGroupKeepsTeams()
{
    setTeams(1, 2);
    const auto split = m_store->splitInto(m_a, {m_aHouseholds[0], m_aHouseholds[1]}, m_b);
    QVERIFY2(split.ok(), qPrintable(split.error()));
    QVERIFY(!split.value().created);
    QCOMPARE(split.value().createdAssignments.size(), 2);
    QCOMPARE(m_store->group(m_b)->households, qint64(4));
    QCOMPARE(m_store->group(m_a)->households, qint64(1));
    AssignmentStore assignments(m_ward->db());
    QCOMPARE(assignments.teamForHousehold(m_aHouseholds[0]), m_teams[0]);
    QCOMPARE(assignments.teamForHousehold(m_bHouseholds[0]), m_teams[1]);
}

void TestGroupStore::undoSplitRestoresExactly_data()
{
    QTest::addColumn<bool>("toNew");
    QTest::addColumn<int>("teamA");
    QTest::addColumn<int>("teamB");
    QTest::newRow("new group, no team") << true << 0 << 0;
    QTest::newRow("new group with A's team") << true << 1 << 0;
    QTest::newRow("existing group, other team") << false << 1 << 2;
    QTest::newRow("existing group, same team") << false << 2 << 2;
}

void TestGroupStore::undoSplitRestoresExactly()
{
    QFETCH(bool, toNew);
    QFETCH(int, teamA);
    QFETCH(int, teamB);
    setTeams(teamA, teamB);
    const QString before = dump();
    const QVector<qint64> moved{m_aHouseholds[1], m_aHouseholds[2]};
    const auto split = toNew ? m_store->splitToNew(m_a, moved, QStringLiteral("Tổ dân phố 12"))
                             : m_store->splitInto(m_a, moved, m_b);
    QVERIFY2(split.ok(), qPrintable(split.error()));
    QVERIFY(dump() != before);
    const Status undone = m_store->undoSplit(split.value());
    QVERIFY2(undone.ok(), qPrintable(undone.error()));
    QCOMPARE(dump(), before);
}

void TestGroupStore::refusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("merge into itself") << "mergeSelf"
                                       << "A residential group cannot be merged into itself.";
    QTest::newRow("merge a removed group") << "mergeGone"
                                           << "The residential group no longer exists.";
    QTest::newRow("empty split") << "splitEmpty"
                                 << "Choose at least one household to move.";
    QTest::newRow("name clash") << "splitClash"
                                << "A residential group named “Tổ dân phố 3” already exists.";
    QTest::newRow("name clash, other case")
        << "splitClashCase"
        << "A residential group named “Tổ dân phố 3” already exists.";
    QTest::newRow("no name") << "splitNoName"
                             << "The residential group needs a name.";
    QTest::newRow("split into itself") << "splitSelf"
                                       << "The households are already in this residential group.";
    QTest::newRow("household of another group")
        << "splitForeign"
        << "A chosen household is no longer in the residential group it was in.";
    QTest::newRow("household twice") << "splitTwice"
                                     << "A household is chosen twice.";
}

void TestGroupStore::refusals()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedError);
    setTeams(1, 0);
    const QString before = dump();
    const QVector<qint64> one{m_aHouseholds[0]};
    QString error;
    if (change == QLatin1String("mergeSelf"))
        error = m_store->merge(m_a, m_a).error();
    else if (change == QLatin1String("mergeGone"))
        error = m_store->merge(m_a, 9999).error();
    else if (change == QLatin1String("splitEmpty"))
        error = m_store->splitToNew(m_a, {}, QStringLiteral("Tổ mới")).error();
    else if (change == QLatin1String("splitClash"))
        error = m_store->splitToNew(m_a, one, QStringLiteral("Tổ dân phố 3")).error();
    else if (change == QLatin1String("splitClashCase"))
        error = m_store->splitToNew(m_a, one, QStringLiteral("tổ dân phố  3")).error();
    else if (change == QLatin1String("splitNoName"))
        error = m_store->splitToNew(m_a, one, QStringLiteral("  ")).error();
    else if (change == QLatin1String("splitSelf"))
        error = m_store->splitInto(m_a, one, m_a).error();
    else if (change == QLatin1String("splitForeign"))
        error = m_store->splitInto(m_a, {m_aHouseholds[0], m_bHouseholds[0]}, m_other).error();
    else if (change == QLatin1String("splitTwice"))
        error = m_store->splitInto(m_a, {m_aHouseholds[0], m_aHouseholds[0]}, m_b).error();
    QCOMPARE(error, expectedError);
    QCOMPARE(dump(), before); // nothing half done
}

void TestGroupStore::failureHalfWayLeavesNothing()
{
    // Inside the caller's transaction too: the first household moved, the new group made,
    // then the second household is not in the group — all of the split is rolled back, and
    // the caller's own earlier change survives.
    Transaction tx(m_ward->db());
    QVERIFY(tx.isActive());
    QVERIFY(AssignmentStore(m_ward->db()).assignGroup(m_other, m_teams[1]));
    const QString before = dump();
    const auto split =
        m_store->splitToNew(m_a, {m_aHouseholds[0], m_bHouseholds[0]}, QStringLiteral("Tổ mới"));
    QVERIFY(!split.ok());
    QCOMPARE(dump(), before);
    QVERIFY(tx.commit());
    QCOMPARE(AssignmentStore(m_ward->db()).groupTeam(m_other), m_teams[1]);
}

void TestGroupStore::createAndRemoveGroup()
{
    const auto created = m_store->createGroup(QStringLiteral("Khu phố 10"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created.value().createdOn, kToday);
    QCOMPARE(m_store->group(created.value().id)->name, QStringLiteral("Khu phố 10"));
    QCOMPARE(m_store->createGroup(QStringLiteral("KHU PHỐ 10")).error(),
             QStringLiteral("A residential group named “Khu phố 10” already exists."));
    QVERIFY(!m_store->removeEmptyGroup(m_a).ok()); // has households
    QVERIFY(m_store->group(m_a));
    QVERIFY(m_store->removeEmptyGroup(created.value().id));
    QVERIFY(!m_store->group(created.value().id));
}

void TestGroupStore::householdsInAddressOrder()
{
    QStringList addresses;
    for (const GroupHouseholdRow &h : m_store->households(m_a))
        addresses << h.address;
    QCOMPARE(addresses,
             QStringList({QStringLiteral("Số 9 phố Lê Lợi"), QStringLiteral("Số 27 phố Lê Lợi"),
                          QStringLiteral("Số 105 phố Lê Lợi")}));
    QCOMPARE(m_store->households(m_a).at(1).residents, 2);
}

void TestGroupStore::auditEntries()
{
    const auto merged = m_store->merge(m_a, m_b);
    QVERIFY(merged);
    QVERIFY(m_store->undoMerge(merged.value()));
    QVERIFY(m_store->splitToNew(m_a, {m_aHouseholds[0]}, QStringLiteral("Tổ dân phố 4B")));
    AuditLog::Filter filter;
    filter.action = QStringLiteral("group.");
    const auto entries = AuditLog(m_ward->db()).entries(filter); // newest first
    QStringList actions;
    for (const auto &e : entries)
        actions << e.action;
    QCOMPARE(actions,
             QStringList({QStringLiteral("group.split"), QStringLiteral("group.create"),
                          QStringLiteral("group.merge.undo"), QStringLiteral("group.merge")}));
    const auto &merge = entries.last();
    QCOMPARE(merge.entityId, m_a);
    QCOMPARE(merge.oldValue, QStringLiteral("Tổ dân phố 4"));
    QCOMPARE(merge.newValue, QStringLiteral("Tổ dân phố 3"));
    QVERIFY(merge.detail.startsWith(QStringLiteral("households=3;")));
}

void TestGroupStore::renameAndUndo()
{
    // Empty names and clashes (case-insensitively) are refused; nothing changes.
    QCOMPARE(m_store->renameGroup(m_a, QStringLiteral("  ")).error(),
             QStringLiteral("The residential group needs a name."));
    QCOMPARE(m_store->renameGroup(m_a, QStringLiteral("tổ dân phố 3")).error(),
             QStringLiteral("A residential group named “Tổ dân phố 3” already exists."));
    QVERIFY(!m_store->renameGroup(987654, QStringLiteral("Tổ 99")));
    QCOMPARE(m_store->group(m_a)->name, QStringLiteral("Tổ dân phố 4"));
    // Its own name in another case is no clash.
    QVERIFY(m_store->renameGroup(m_a, QStringLiteral("TỔ DÂN PHỐ 4")));
    QVERIFY(m_store->undoRename(m_a, QStringLiteral("Tổ dân phố 4")));
    const QString before = dump();
    QVERIFY(m_store->renameGroup(m_a, QStringLiteral("  Tổ dân phố   10 ")));
    const auto renamed = m_store->group(m_a);
    QCOMPARE(renamed->name, QStringLiteral("Tổ dân phố 10"));
    QCOMPARE(renamed->sortKey, Text::naturalKey(QStringLiteral("Tổ dân phố 10")));
    QCOMPARE(renamed->households, 3);
    // Natural order: 3, 7, 10.
    QStringList names;
    for (const GroupRow &g : m_store->groups())
        names << g.name;
    QCOMPARE(names, QStringList({QStringLiteral("Tổ dân phố 3"), QStringLiteral("Tổ dân phố 7"),
                                 QStringLiteral("Tổ dân phố 10")}));
    QVERIFY(m_store->undoRename(m_a, QStringLiteral("Tổ dân phố 4")));
    QCOMPARE(dump(), before);
    AuditLog::Filter filter;
    filter.action = QStringLiteral("group.rename");
    const auto entries = AuditLog(m_ward->db()).entries(filter); // newest first
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).action, QStringLiteral("group.rename.undo"));
    QCOMPARE(entries.at(0).oldValue, QStringLiteral("Tổ dân phố 10"));
    QCOMPARE(entries.at(0).newValue, QStringLiteral("Tổ dân phố 4"));
    QCOMPARE(entries.at(1).action, QStringLiteral("group.rename"));
    QCOMPARE(entries.at(1).entityId, m_a);
    QCOMPARE(entries.at(1).oldValue, QStringLiteral("Tổ dân phố 4"));
    QCOMPARE(entries.at(1).newValue, QStringLiteral("Tổ dân phố 10"));
}

QTEST_GUILESS_MAIN(TestGroupStore)
#include "tst_GroupStore.moc"
