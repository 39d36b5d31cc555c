#include "../support/TeamTestWard.h"

#include "Clock.h"
#include "csv/ResidentExporter.h"
#include "dashboard/DashboardFigures.h"
#include "model/WardInfo.h"
#include "query/ResidentQuery.h"
#include "reports/Checklist.h"
#include "reports/WeeklyFigures.h"
#include "storage/WardStore.h"
#include "teams/AssignmentStore.h"
#include "teams/ResponsibleTeam.h"
#include "teams/TeamStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace sotay;

// One ward where every way of making a team responsible occurs once; every reader of the
// rule (the weekly figures, the dashboard, the checklist, the residents list and the export)
// must credit the same households to the same teams.
//
//   group              group assignments           household   own team   responsible
//   Tổ dân phố 1       none                        H1          -          none
//                                                  H2          Tổ 2       Tổ 2
//   Tổ dân phố 2       Tổ 1                        H3          -          Tổ 1
//                                                  H4          Tổ 2       Tổ 2
//   Tổ dân phố 3       Tổ 1, then Tổ 3 (2 rows)    H5          -          Tổ 3 (latest row)
//                                                  H6          Tổ 1       Tổ 1
// Residents (all eligible): one per household, two in H3 and H5 (one of them activated).
class TestResponsibleTeam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rule_data();
    void rule();
    void checklistTeam_data();
    void checklistTeam();
    void readersAgree();
    void dashboardRanking();
    void reassignMovesEverywhere();

private:
    QString teamName(qint64 id) const { return m_names.value(id); }
    QHash<QString, QString> exportedTeams(); // household code → "Tổ công tác" cell
    qint64 rq(const QString &code) const { return m_households.value(code); }

    std::unique_ptr<test::TeamTestWard> m_ward;
    QHash<qint64, QString> m_names;
    QHash<QString, qint64> m_teams;      // name → id
    QHash<QString, qint64> m_households; // code → id
    QDate m_asOf{2026, 11, 22};
};

void TestResponsibleTeam::initTestCase()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
    m_ward = std::make_unique<test::TeamTestWard>();
    QVERIFY2(m_ward->ok(), qPrintable(m_ward->error()));
    Database &db = m_ward->db();
    WardInfo w;
    w.name = QStringLiteral("Phường Phước Tiến");
    QVERIFY(WardStore(db).saveWard(w).ok());

    TeamStore teams(db);
    for (const QString &name :
         {QStringLiteral("Tổ 1"), QStringLiteral("Tổ 2"), QStringLiteral("Tổ 3")}) {
        const auto id = teams.createTeam(name, {});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_teams.insert(name, id.value());
        m_names.insert(id.value(), name);
    }
    const QString g1 = QStringLiteral("Tổ dân phố 1"), g2 = QStringLiteral("Tổ dân phố 2"),
                  g3 = QStringLiteral("Tổ dân phố 3");
    const QList<QPair<QString, QString>> homes = {
        {g1, QStringLiteral("H1")}, {g1, QStringLiteral("H2")}, {g2, QStringLiteral("H3")},
        {g2, QStringLiteral("H4")}, {g3, QStringLiteral("H5")}, {g3, QStringLiteral("H6")}};
    const QDate born(1990, 5, 1);
    for (const auto &[group, code] : homes) {
        m_households.insert(code, m_ward->household(group, code));
        QVERIFY(m_ward->resident(code, QStringLiteral("Người %1").arg(code), born));
    }
    for (const QString code : {QStringLiteral("H3"), QStringLiteral("H5")})
        QVERIFY(m_ward->resident(code, QStringLiteral("Người kích hoạt %1").arg(code), born,
                                 AccountStatus::Activated, QDate(2026, 11, 10),
                                 AccountStatus::Activated, QDate(2026, 11, 10)));

    AssignmentStore assign(db);
    QVERIFY(assign.assignGroup(m_ward->group(g2), m_teams[QStringLiteral("Tổ 1")]).ok());
    QVERIFY(assign.assignHousehold(rq(QStringLiteral("H2")), m_teams[QStringLiteral("Tổ 2")]).ok());
    QVERIFY(assign.assignHousehold(rq(QStringLiteral("H4")), m_teams[QStringLiteral("Tổ 2")]).ok());
    QVERIFY(assign.assignHousehold(rq(QStringLiteral("H6")), m_teams[QStringLiteral("Tổ 1")]).ok());
    // Two rows for one group, as older files and imports may hold (the store replaces): the
    // lower team id first, so "latest row" and "lowest team id" give different answers.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO assignment(team_id, group_id) VALUES (?, ?)"));
    for (const QString &t : {QStringLiteral("Tổ 1"), QStringLiteral("Tổ 3")}) {
        q.addBindValue(m_teams.value(t));
        q.addBindValue(m_ward->group(g3));
        QVERIFY(q.exec());
    }
}

void TestResponsibleTeam::cleanupTestCase()
{
    m_ward.reset();
    Clock::setFixedToday(QDate());
}

void TestResponsibleTeam::rule_data()
{
    QTest::addColumn<QString>("household");
    QTest::addColumn<QString>("team"); // empty: none

    QTest::newRow("no assignment") << QStringLiteral("H1") << QString();
    QTest::newRow("household only") << QStringLiteral("H2") << QStringLiteral("Tổ 2");
    QTest::newRow("group") << QStringLiteral("H3") << QStringLiteral("Tổ 1");
    QTest::newRow("household overrides group") << QStringLiteral("H4") << QStringLiteral("Tổ 2");
    QTest::newRow("several teams on the group: latest")
        << QStringLiteral("H5") << QStringLiteral("Tổ 3");
    QTest::newRow("household overrides several") << QStringLiteral("H6") << QStringLiteral("Tổ 1");
}

void TestResponsibleTeam::rule()
{
    QFETCH(QString, household);
    QFETCH(QString, team);
    Database &db = m_ward->db();
    const qint64 expected = m_teams.value(team, 0);
    const qint64 home = rq(household);

    QCOMPARE(ResponsibleTeam::forHousehold(db, home), expected);
    QCOMPARE(AssignmentStore(db).teamForHousehold(home), expected);

    // The residents list: its team column, and its team filter.
    ResidentQuery::Spec spec;
    spec.householdId = home;
    const QVector<ResidentQuery::Row> rows = ResidentQuery(db, spec).page(0, 10);
    QVERIFY(!rows.isEmpty());
    for (const ResidentQuery::Row &r : rows) {
        QCOMPARE(r.teamId, expected);
        QCOMPARE(r.teamName, team);
    }
    for (const qint64 t : m_teams) {
        spec.teamId = t;
        QCOMPARE(ResidentQuery(db, spec).count(), t == expected ? qint64(rows.size()) : 0);
    }

    // The export's "Tổ công tác" column.
    QCOMPARE(exportedTeams().value(household), team);
}

void TestResponsibleTeam::checklistTeam_data()
{
    rule_data();
}

void TestResponsibleTeam::checklistTeam()
{
    QFETCH(QString, household);
    QFETCH(QString, team);
    Database &db = m_ward->db();
    const qint64 home = rq(household);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT g.name FROM household h JOIN res_group g ON g.id = h.group_id"
                             " WHERE h.id = ?"));
    q.addBindValue(home);
    QVERIFY(q.exec() && q.next());
    const QString group = q.value(0).toString();
    const QDate day = Clock::today();

    const auto lists = [&](const QString &teamName) {
        const auto c = Checklist::load(db, group, teamName, day);
        if (!c)
            qWarning("checklist: %s", qPrintable(c.error()));
        for (const Checklist::Home &h : c.value().homes)
            if (h.id == home)
                return true;
        return false;
    };
    QVERIFY(lists(QString())); // the whole group's list has every household
    for (auto it = m_teams.cbegin(); it != m_teams.cend(); ++it)
        QCOMPARE(lists(it.key()), it.key() == team);
}

QHash<QString, QString> TestResponsibleTeam::exportedTeams()
{
    const QString path = m_ward->path() + QStringLiteral(".csv");
    const auto written = ResidentExporter(m_ward->db()).exportTo(path);
    if (!written)
        qWarning("export: %s", qPrintable(written.error()));
    QFile f(path);
    QHash<QString, QString> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QStringList lines = QString::fromUtf8(f.readAll())
                            .remove(QChar(0xFEFF))
                            .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList header = lines.takeFirst().split(QLatin1Char(','));
    const qsizetype code = header.indexOf(QStringLiteral("Mã hộ"));
    const qsizetype team = header.indexOf(QStringLiteral("Tổ công tác"));
    if (code < 0 || team < 0)
        qWarning("export header: %s", qPrintable(header.join(QLatin1Char('|'))));
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char(','));
        out.insert(cells.value(code), cells.value(team));
    }
    return out;
}

void TestResponsibleTeam::readersAgree()
{
    Database &db = m_ward->db();
    // Expected per team: eligible residents, activated, listed on the checklists.
    struct Expect
    {
        qint64 eligible, activated;
    };
    const QHash<QString, Expect> expect = {{QStringLiteral("Tổ 1"), {3, 1}},
                                           {QStringLiteral("Tổ 2"), {2, 0}},
                                           {QStringLiteral("Tổ 3"), {2, 1}},
                                           {QString(), {1, 0}}};

    const auto weekly = WeeklyFigures::computeAsOf(db, m_asOf);
    QVERIFY2(weekly.ok(), qPrintable(weekly.ok() ? QString() : weekly.error()));
    QCOMPARE(weekly.value().teams.size(), 4); // three teams, then "not assigned"
    QCOMPARE(weekly.value().teams.constLast().id, qint64(0));

    const auto dash = DashboardFigures::compute(db, m_asOf);
    QVERIFY2(dash.ok(), qPrintable(dash.ok() ? QString() : dash.error()));
    QCOMPARE(dash.value().teams.size(), 3);
    QCOMPARE(dash.value().unassigned.eligible, expect.value(QString()).eligible);

    const QHash<QString, QString> exported = exportedTeams();
    QHash<QString, qint64> exportedResidents;
    {
        // exportedTeams() keeps one row per household; count residents from the list instead.
        ResidentQuery::Spec spec;
        const QVector<ResidentQuery::Row> all = ResidentQuery(db, spec).page(0, 100);
        QCOMPARE(all.size(), 8);
        for (const ResidentQuery::Row &r : all) {
            ++exportedResidents[r.teamName];
            QCOMPARE(exported.value(m_households.key(r.householdId)), r.teamName);
        }
    }

    for (const FigureRow &row : weekly.value().teams) {
        const QString name = row.id ? teamName(row.id) : QString();
        QVERIFY2(expect.contains(name), qPrintable(name));
        QCOMPARE(row.eligible, expect.value(name).eligible);
        QCOMPARE(row.activated(), expect.value(name).activated);
        QCOMPARE(exportedResidents.value(name), row.eligible);
        if (!row.id)
            continue;
        const auto d = std::find_if(dash.value().teams.cbegin(), dash.value().teams.cend(),
                                    [&](const DashboardFigures::Row &r) { return r.id == row.id; });
        QVERIFY(d != dash.value().teams.cend());
        QCOMPARE(d->eligible, row.eligible);
        QCOMPARE(d->activated, row.activated());
        // The team's checklists over every group list its residents still to be seen.
        qint64 listed = 0;
        for (const QString &g : {QStringLiteral("Tổ dân phố 1"), QStringLiteral("Tổ dân phố 2"),
                                 QStringLiteral("Tổ dân phố 3")}) {
            const auto c = Checklist::load(db, g, name, Clock::today());
            QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error()));
            listed += c.value().personCount();
        }
        QCOMPARE(listed, row.eligible - row.activated());
    }
}

void TestResponsibleTeam::dashboardRanking()
{
    // Shares: Tổ 3 1/2, Tổ 1 1/3, Tổ 2 0/2 — by the latest group row; the lowest team id
    // would have given Tổ 1 both residents of H5 and ranked it first.
    const auto dash = DashboardFigures::compute(m_ward->db(), m_asOf);
    QVERIFY(dash.ok());
    QStringList ranked;
    for (const DashboardFigures::Row &r : dash.value().teams)
        ranked << r.name;
    QCOMPARE(ranked,
             (QStringList{QStringLiteral("Tổ 3"), QStringLiteral("Tổ 1"), QStringLiteral("Tổ 2")}));
}

void TestResponsibleTeam::reassignMovesEverywhere()
{
    // Through the store, a group has one team: reassigning Tổ dân phố 3 to Tổ 2 replaces
    // both older rows, and every reader follows.
    Database &db = m_ward->db();
    const qint64 g3 = m_ward->group(QStringLiteral("Tổ dân phố 3"));
    QVERIFY(AssignmentStore(db).assignGroup(g3, m_teams.value(QStringLiteral("Tổ 2"))).ok());
    QCOMPARE(ResponsibleTeam::forGroup(db, g3), m_teams.value(QStringLiteral("Tổ 2")));
    QCOMPARE(ResponsibleTeam::forHousehold(db, rq(QStringLiteral("H5"))),
             m_teams.value(QStringLiteral("Tổ 2")));
    QCOMPARE(exportedTeams().value(QStringLiteral("H5")), QStringLiteral("Tổ 2"));
    const auto weekly = WeeklyFigures::computeAsOf(db, m_asOf);
    QVERIFY(weekly.ok());
    for (const FigureRow &row : weekly.value().teams)
        if (row.id == m_teams.value(QStringLiteral("Tổ 2")))
            QCOMPARE(row.eligible, qint64(4));
    const auto c =
        Checklist::load(db, QStringLiteral("Tổ dân phố 3"), QStringLiteral("Tổ 2"), Clock::today());
    QVERIFY(c.ok());
    QCOMPARE(c.value().homes.size(), 1); // H5; H6 keeps its own team
    QCOMPARE(c.value().homes.constFirst().id, rq(QStringLiteral("H5")));
}

QTEST_GUILESS_MAIN(TestResponsibleTeam)
#include "tst_ResponsibleTeam.moc"
