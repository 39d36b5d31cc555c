#include "../support/TeamTestWard.h"

#include "Clock.h"
#include "storage/AuditLog.h"
#include "teams/AssignmentStore.h"
#include "teams/RowTableModel.h"
#include "teams/CampaignStore.h"
#include "teams/TargetStore.h"
#include "teams/TeamStore.h"
#include "teams/TeamsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace sotay;

// Drives the real Teams page offscreen and checks what reached the database.
class TestTeamsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createTeamAddMemberUndoRedo();
    void memberValidationShowsProblem_data();
    void memberValidationShowsProblem();
    void assignGroupAndHousehold();
    void setTargetAndUndo();
    void campaignWithPhases();
    void failureIsShown();
    void deleteTeamAndUndo();

private:
    template <typename T> T *child(const char *name)
    {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void click(const char *name) { child<QPushButton>(name)->click(); }
    qint64 createTeam(const QString &name);
    void selectRow(const char *view, int row) { child<QTableView>(view)->selectRow(row); }
    void chooseData(const char *combo, qint64 id)
    {
        auto *box = child<QComboBox>(combo);
        const int i = box->findData(id);
        QVERIFY(i >= 0);
        box->setCurrentIndex(i);
    }

    std::unique_ptr<test::TeamTestWard> m_ward;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<TeamsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_group1 = 0, m_group2 = 0, m_household = 0;
};

void TestTeamsPage::init()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
    m_ward = std::make_unique<test::TeamTestWard>();
    QVERIFY2(m_ward->ok(), qPrintable(m_ward->error()));
    m_household = m_ward->household(QStringLiteral("Tổ 1"), QStringLiteral("H1"));
    m_ward->household(QStringLiteral("Tổ 1"), QStringLiteral("H2"));
    m_ward->household(QStringLiteral("Tổ 2"), QStringLiteral("H3"));
    m_group1 = m_ward->group(QStringLiteral("Tổ 1"));
    m_group2 = m_ward->group(QStringLiteral("Tổ 2"));
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<TeamsPage>(m_ward->db(), m_undo.get());
    m_page->resize(1200, 800);
    m_page->show();
    for (auto *model : m_page->findChildren<RowTableModel *>())
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    QCOMPARE(m_testers.size(), size_t(6));
}

void TestTeamsPage::cleanup()
{
    m_testers.clear();
    m_page.reset();
    m_undo.reset();
    m_ward.reset();
    Clock::setFixedToday(QDate());
}

qint64 TestTeamsPage::createTeam(const QString &name)
{
    child<QLineEdit>("teamName")->setText(name);
    child<QLineEdit>("teamLeader")->setText(QStringLiteral("Nguyễn Văn An"));
    click("createTeam");
    for (const Team &t : TeamStore(m_ward->db()).teams()) {
        if (t.name == name)
            return t.id;
    }
    return 0;
}

void TestTeamsPage::createTeamAddMemberUndoRedo()
{
    const qint64 team = createTeam(QStringLiteral("Tổ công tác số 1"));
    QVERIFY(team != 0);
    QCOMPARE(TeamStore(m_ward->db()).team(team)->leaderName, QStringLiteral("Nguyễn Văn An"));
    // The new team is selected: its members can be added at once.
    QCOMPARE(child<QTableView>("teamView")->selectionModel()->selectedRows().size(), 1);

    child<QLineEdit>("memberName")->setText(QStringLiteral("Trần Thị Bình"));
    child<QComboBox>("memberRole")->setCurrentIndex(int(MemberRole::YouthUnion));
    child<QLineEdit>("memberPhone")->setText(QStringLiteral("+84 912 345 678"));
    click("addMember");
    QVector<TeamMember> members = TeamStore(m_ward->db()).members(team);
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.at(0).name, QStringLiteral("Trần Thị Bình"));
    QCOMPARE(members.at(0).role, MemberRole::YouthUnion);
    QCOMPARE(members.at(0).phone, QStringLiteral("0912345678"));
    QCOMPARE(child<QTableView>("memberView")->model()->rowCount(), 1);
    const qint64 memberId = members.at(0).id;

    // Rename the team through the form.
    child<QLineEdit>("teamName")->setText(QStringLiteral("Tổ công tác số 1A"));
    click("saveTeam");
    QCOMPARE(TeamStore(m_ward->db()).team(team)->name, QStringLiteral("Tổ công tác số 1A"));
    QCOMPARE(m_undo->count(), 3);

    m_undo->undo(); // rename
    QCOMPARE(TeamStore(m_ward->db()).team(team)->name, QStringLiteral("Tổ công tác số 1"));
    m_undo->undo(); // member
    QVERIFY(TeamStore(m_ward->db()).members(team).isEmpty());
    m_undo->undo(); // team
    QVERIFY(TeamStore(m_ward->db()).teams().isEmpty());
    QCOMPARE(child<QTableView>("teamView")->model()->rowCount(), 0);

    m_undo->redo();
    m_undo->redo();
    m_undo->redo();
    const auto back = TeamStore(m_ward->db()).team(team); // same id
    QVERIFY(back.has_value());
    QCOMPARE(back->name, QStringLiteral("Tổ công tác số 1A"));
    QCOMPARE(TeamStore(m_ward->db()).member(memberId)->phone, QStringLiteral("0912345678"));

    AuditLog::Filter filter;
    filter.action = QStringLiteral("team");
    QVERIFY(AuditLog(m_ward->db()).entries(filter).size() >= 9);
}

void TestTeamsPage::memberValidationShowsProblem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("fine") << QStringLiteral("Lê Văn Cường") << QStringLiteral("0987654321") << true;
    QTest::newRow("no phone") << QStringLiteral("Lê Văn Cường") << QString() << true;
    QTest::newRow("short phone") << QStringLiteral("Lê Văn Cường") << QStringLiteral("0912")
                                 << false;
    QTest::newRow("no name") << QString() << QStringLiteral("0987654321") << false;
}

void TestTeamsPage::memberValidationShowsProblem()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(bool, accepted);
    const qint64 team = createTeam(QStringLiteral("Tổ 5"));
    child<QLineEdit>("memberName")->setText(name);
    child<QLineEdit>("memberPhone")->setText(phone);
    QCOMPARE(child<QLabel>("memberProblem")->text().isEmpty(), accepted);
    click("addMember");
    QCOMPARE(TeamStore(m_ward->db()).members(team).size(), accepted ? 1 : 0);
}

void TestTeamsPage::assignGroupAndHousehold()
{
    const qint64 a = createTeam(QStringLiteral("Tổ công tác A"));
    const qint64 b = createTeam(QStringLiteral("Tổ công tác B"));
    selectRow("groupView", 0); // Tổ 1
    chooseData("groupTeam", a);
    click("assignGroup");
    AssignmentStore store(m_ward->db());
    QCOMPARE(store.groupTeam(m_group1), a);
    QCOMPARE(store.teamForHousehold(m_household), a);
    QCOMPARE(child<QTableView>("groupView")->model()->index(0, 2).data().toString(),
             QStringLiteral("Tổ công tác A"));

    selectRow("householdView", 0); // H1
    chooseData("householdTeam", b);
    click("assignHousehold");
    QCOMPARE(store.householdOwnTeam(m_household), b);
    QCOMPARE(store.teamForHousehold(m_household), b);

    m_undo->undo();
    QCOMPARE(store.teamForHousehold(m_household), a);
    m_undo->undo();
    QCOMPARE(store.groupTeam(m_group1), 0);
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(store.groupTeam(m_group1), a);
    QCOMPARE(store.teamForHousehold(m_household), b);
    QCOMPARE(store.groupTeam(m_group2), 0);
}

void TestTeamsPage::setTargetAndUndo()
{
    chooseData("targetScope", m_group2);
    child<QSpinBox>("targetValue")->setValue(120);
    child<QDateEdit>("targetDeadline")->setDate(QDate(2026, 12, 31));
    click("setTarget");
    TargetStore targets(m_ward->db());
    const QDate today = Clock::today();
    QCOMPARE(targets.groupTargetOn(m_group2, today)->target, 120);
    QCOMPARE(targets.groupTargetOn(m_group2, today)->deadline, QDate(2026, 12, 31));
    QCOMPARE(child<QTableView>("targetHistory")->model()->rowCount(), 1);

    // The same day again replaces it; undo brings the first one back.
    child<QSpinBox>("targetValue")->setValue(150);
    click("setTarget");
    QCOMPARE(targets.groupTargetOn(m_group2, today)->target, 150);
    QCOMPARE(targets.history(m_group2, 0).size(), 1);
    m_undo->undo();
    QCOMPARE(targets.groupTargetOn(m_group2, today)->target, 120);
    m_undo->undo();
    QVERIFY(!targets.groupTargetOn(m_group2, today).has_value());

    // A deadline before the day the target is set is refused on the spot.
    child<QDateEdit>("targetDeadline")->setDate(QDate(2026, 11, 1));
    QVERIFY(!child<QLabel>("targetProblem")->text().isEmpty());
    click("setTarget");
    QVERIFY(!targets.groupTargetOn(m_group2, today).has_value());
}

void TestTeamsPage::campaignWithPhases()
{
    child<QLineEdit>("campaignName")->setText(QStringLiteral("Cao điểm 90 ngày"));
    child<QDateEdit>("campaignStart")->setDate(QDate(2026, 11, 1));
    child<QDateEdit>("campaignEnd")->setDate(QDate(2027, 1, 31));
    click("createCampaign");
    CampaignStore targets(m_ward->db());
    QCOMPARE(targets.campaigns().size(), 1);
    const qint64 campaign = targets.campaigns().at(0).id;

    child<QSpinBox>("phasePercent")->setValue(50);
    child<QDateEdit>("phaseDeadline")->setDate(QDate(2026, 12, 15));
    click("addPhase");
    child<QSpinBox>("phasePercent")->setValue(100);
    child<QDateEdit>("phaseDeadline")->setDate(QDate(2027, 1, 31));
    click("addPhase");
    const QVector<CampaignPhase> phases = targets.phases(campaign);
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(0).percent, 50);
    QCOMPARE(phases.at(0).base, CampaignPhase::Base::ApprovedNotActivated);
    QCOMPARE(phases.at(1).deadline, QDate(2027, 1, 31));
    QCOMPARE(child<QTableView>("phaseView")->model()->rowCount(), 2);

    selectRow("phaseView", 0);
    click("removePhase");
    QCOMPARE(targets.phases(campaign).size(), 1);
    m_undo->undo();
    QCOMPARE(targets.phases(campaign).size(), 2);
    // Undoing the campaign removes its phases; redo puts both back.
    m_undo->undo();
    m_undo->undo();
    m_undo->undo();
    QVERIFY(targets.campaigns().isEmpty());
    m_undo->redo();
    QCOMPARE(targets.campaigns().size(), 1);
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(targets.phases(campaign).size(), 2);
}

void TestTeamsPage::failureIsShown()
{
    createTeam(QStringLiteral("Tổ 7"));
    const int before = m_undo->count();
    // A name already taken (ignoring case and accents) is refused by the store.
    createTeam(QStringLiteral("Tổ 8"));
    child<QLineEdit>("teamName")->setText(QStringLiteral("to 7"));
    click("saveTeam");
    QVERIFY(child<QLabel>("teamsError")->isVisible());
    QVERIFY(child<QLabel>("teamsError")->text().contains(QStringLiteral("Tổ 7")));
    QCOMPARE(m_undo->count(), before + 1); // the failed change is not kept
    QCOMPARE(TeamStore(m_ward->db()).teams().size(), 2);
}

void TestTeamsPage::deleteTeamAndUndo()
{
    const qint64 team = createTeam(QStringLiteral("Tổ công tác C"));
    child<QLineEdit>("memberName")->setText(QStringLiteral("Đỗ Văn Dũng"));
    click("addMember");
    selectRow("groupView", 1); // Tổ 2
    chooseData("groupTeam", team);
    click("assignGroup");
    chooseData("targetScope", -team); // teams are listed with negative keys
    child<QSpinBox>("targetValue")->setValue(40);
    child<QDateEdit>("targetDeadline")->setDate(QDate(2026, 12, 31));
    click("setTarget");
    TeamStore store(m_ward->db());
    AssignmentStore assignments(m_ward->db());
    TargetStore targets(m_ward->db());
    QCOMPARE(targets.teamTargetOn(team, Clock::today())->target, 40);

    child<QTableView>("teamView")->selectRow(0);
    click("deleteTeam");
    QVERIFY(!store.team(team).has_value());
    QCOMPARE(assignments.groupTeam(m_group2), 0);
    QVERIFY(!targets.teamTargetOn(team, Clock::today()).has_value());
    QCOMPARE(child<QTableView>("teamView")->model()->rowCount(), 0);

    m_undo->undo(); // members, assignment and target come back with the team
    QCOMPARE(store.team(team)->name, QStringLiteral("Tổ công tác C"));
    QCOMPARE(store.members(team).size(), 1);
    QCOMPARE(assignments.groupTeam(m_group2), team);
    QCOMPARE(targets.teamTargetOn(team, Clock::today())->target, 40);
    m_undo->redo();
    QVERIFY(!store.team(team).has_value());
}

QTEST_MAIN(TestTeamsPage)
#include "tst_TeamsPage.moc"
