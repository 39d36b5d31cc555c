#include "../support/TeamTestWard.h"

#include "Clock.h"
#include "dashboard/DashboardPage.h"
#include "teams/AssignmentStore.h"
#include "teams/RowTableModel.h"
#include "teams/TargetStore.h"
#include "teams/TeamStore.h"
#include "teams/TeamsPage.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace sotay;

// Drives the real Dashboard page offscreen over a small ward computed by hand:
//   Tổ 1 (team A): 3 eligible, activated 05/11 and 10/11, one approved since 01/10.
//   Tổ 2 (team B): 2 eligible, one activated 12/11, an under-14 activated (not counted).
//   Targets: Tổ 1 → 3, Tổ 2 → 2, by 30/11, set on 01/11.
class TestDashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsFiguresAsOfTheDay();
    void changingTheDayRecomputes();
    void screenshots();

private:
    template <typename T> T *child(const char *name)
    {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    bool refreshAndWait();

    std::unique_ptr<test::TeamTestWard> m_ward;
    std::unique_ptr<DashboardPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_teamA = 0, m_teamB = 0;
};

void TestDashboardPage::init()
{
    using S = AccountStatus;
    Clock::setFixedToday(QDate(2026, 11, 20));
    m_ward = std::make_unique<test::TeamTestWard>();
    QVERIFY2(m_ward->ok(), qPrintable(m_ward->error()));
    test::TeamTestWard &w = *m_ward;
    const QDate adult(1985, 3, 3);
    w.household(QStringLiteral("Tổ 1"), QStringLiteral("H1"));
    w.household(QStringLiteral("Tổ 2"), QStringLiteral("H2"));
    w.resident(QStringLiteral("H1"), QStringLiteral("Nguyễn Văn An"), adult, S::Activated,
               QDate(2026, 11, 5));
    w.resident(QStringLiteral("H1"), QStringLiteral("Nguyễn Thị Bình"), adult, S::Activated,
               QDate(2026, 11, 10));
    w.resident(QStringLiteral("H1"), QStringLiteral("Nguyễn Văn Chung"), adult, S::Approved,
               QDate(2026, 10, 1));
    w.resident(QStringLiteral("H2"), QStringLiteral("Trần Văn Dũng"), adult, S::Activated,
               QDate(2026, 11, 12));
    w.resident(QStringLiteral("H2"), QStringLiteral("Trần Thị Em"), adult);
    w.resident(QStringLiteral("H2"), QStringLiteral("Trần Văn Bé"), QDate(2016, 1, 1), S::Activated,
               QDate(2026, 11, 12));
    TeamStore teams(w.db());
    m_teamA = teams.createTeam(QStringLiteral("Tổ công tác A"), {}).value();
    m_teamB = teams.createTeam(QStringLiteral("Tổ công tác B"), {}).value();
    QVERIFY(AssignmentStore(w.db()).assignGroup(w.group(QStringLiteral("Tổ 1")), m_teamA).ok());
    QVERIFY(AssignmentStore(w.db()).assignGroup(w.group(QStringLiteral("Tổ 2")), m_teamB).ok());
    TargetStore targets(w.db());
    for (const auto &[group, value] :
         {std::pair{QStringLiteral("Tổ 1"), 3}, {QStringLiteral("Tổ 2"), 2}}) {
        Target t;
        t.groupId = w.group(group);
        t.target = value;
        t.deadline = QDate(2026, 11, 30);
        t.effectiveFrom = QDate(2026, 11, 1);
        QVERIFY(targets.setTarget(t).ok());
    }
    m_page = std::make_unique<DashboardPage>(w.db());
    m_page->resize(1400, 900);
    m_page->show();
    for (auto *model : m_page->findChildren<RowTableModel *>())
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    QCOMPARE(m_testers.size(), size_t(2));
}

void TestDashboardPage::cleanup()
{
    m_testers.clear();
    m_page.reset();
    m_ward.reset();
    Clock::setFixedToday(QDate());
}

bool TestDashboardPage::refreshAndWait()
{
    QSignalSpy spy(m_page.get(), &DashboardPage::refreshed);
    m_page->refresh();
    return spy.wait(20000);
}

void TestDashboardPage::showsFiguresAsOfTheDay()
{
    QVERIFY(refreshAndWait());
    const DashboardFigures *f = m_page->figures();
    QVERIFY(f);
    QCOMPARE(f->asOf, QDate(2026, 11, 20));
    QCOMPARE(f->activated, 3);
    QCOMPARE(f->target, 5);
    QCOMPARE(f->daysLeft, 10);
    QCOMPARE(f->neededPerDay, 1);
    QVERIFY2(child<QLabel>("dashboardHeadline")
                 ->text()
                 .contains(QStringLiteral("Activated 3 of the target 5")),
             qPrintable(child<QLabel>("dashboardHeadline")->text()));
    QVERIFY(child<QLabel>("dashboardDetails")->text().contains(QStringLiteral("10 days left")));

    // Ranking: A has 2 of 3 (66.7 %), B 1 of 2 (50 %).
    QAbstractItemModel *ranking = child<QTableView>("teamRanking")->model();
    QCOMPARE(ranking->rowCount(), 2);
    QCOMPARE(ranking->index(0, 1).data().toString(), QStringLiteral("Tổ công tác A"));
    QCOMPARE(ranking->index(1, 1).data().toString(), QStringLiteral("Tổ công tác B"));
    QCOMPARE(ranking->index(1, 3).data().toString(), QStringLiteral("1"));

    QAbstractItemModel *waiting = child<QTableView>("waitingList")->model();
    QCOMPARE(waiting->rowCount(), 1);
    QCOMPARE(waiting->index(0, 0).data().toString(), QStringLiteral("Nguyễn Văn Chung"));
    QCOMPARE(waiting->index(0, 2).data().toString(), QStringLiteral("01/10/2026"));
    QCOMPARE(waiting->index(0, 3).data().toString(), QStringLiteral("50"));

    // Bars per group: activated 2 and 1 against targets 3 and 2.
    QChart *groups = child<QChartView>("groupChart")->chart();
    QCOMPARE(groups->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(groups->series().at(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().at(0)->count(), 2);
    QCOMPARE(bars->barSets().at(0)->at(0), 2.0);
    QCOMPARE(bars->barSets().at(1)->at(1), 2.0);
    // Progress: the cumulative line ends at 3; the on-time line runs from 0 on 01/11 to 5.
    QChart *progress = child<QChartView>("progressChart")->chart();
    QCOMPARE(progress->series().size(), 2);
    auto *done = qobject_cast<QLineSeries *>(progress->series().at(0));
    QCOMPARE(done->points().last().y(), 3.0);
    auto *plan = qobject_cast<QLineSeries *>(progress->series().at(1));
    QCOMPARE(plan->points().first().y(), 0.0);
    QCOMPARE(plan->points().last().y(), 5.0);
}

void TestDashboardPage::changingTheDayRecomputes()
{
    QVERIFY(refreshAndWait());
    QSignalSpy spy(m_page.get(), &DashboardPage::refreshed);
    child<QDateEdit>("dashboardAsOf")->setDate(QDate(2026, 11, 6));
    QVERIFY(spy.wait(20000));
    QCOMPARE(m_page->figures()->activated, 1);
    QCOMPARE(m_page->figures()->daysLeft, 24);
    QVERIFY(child<QLabel>("dashboardHeadline")
                ->text()
                .contains(QStringLiteral("Activated 1 of the target 5")));
    // Before the targets were set there is none.
    child<QDateEdit>("dashboardAsOf")->setDate(QDate(2026, 10, 15));
    QVERIFY(spy.wait(20000));
    QCOMPARE(m_page->figures()->target, -1);
    QCOMPARE(child<QChartView>("progressChart")->chart()->series().size(), 1);
}

// Screenshots for docs/images: SOTAY06_SCREENSHOT_WARD=<ward file, e.g. from
// `sotay06-cli sample`> SOTAY06_SCREENSHOT_DIR=docs/images [SOTAY06_TODAY=yyyy-mm-dd]
// [SOTAY06_SCREENSHOT_QM=sotay06_vi.qm].
void TestDashboardPage::screenshots()
{
    const QString wardFile = qEnvironmentVariable("SOTAY06_SCREENSHOT_WARD");
    const QString dir = qEnvironmentVariable("SOTAY06_SCREENSHOT_DIR");
    if (wardFile.isEmpty() || dir.isEmpty())
        QSKIP("set SOTAY06_SCREENSHOT_WARD and SOTAY06_SCREENSHOT_DIR to take screenshots");
    if (const QDate today = QDate::fromString(qEnvironmentVariable("SOTAY06_TODAY"), Qt::ISODate);
        today.isValid())
        Clock::setFixedToday(today);
    // SOTAY06_SCREENSHOT_QM: a compiled translation (e.g. lrelease of translations/sotay06_vi.ts).
    QTranslator translator;
    if (const QString qm = qEnvironmentVariable("SOTAY06_SCREENSHOT_QM"); !qm.isEmpty()) {
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }
    auto opened = Database::open(wardFile, Database::Mode::ReadWrite);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    std::unique_ptr<Database> db = opened.take();
    QDir().mkpath(dir);
    {
        QUndoStack undo;
        TeamsPage teams(*db, &undo);
        teams.resize(1400, 860);
        teams.show();
        QTest::qWait(200);
        QVERIFY(teams.grab().save(QDir(dir).filePath(QStringLiteral("teams.png"))));
    }
    DashboardPage page(*db);
    page.resize(1500, 950);
    page.show();
    QSignalSpy spy(&page, &DashboardPage::refreshed);
    page.refresh();
    QVERIFY(spy.wait(60000));
    QTest::qWait(200);
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("dashboard.png"))));
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestDashboardPage)
#include "tst_DashboardPage.moc"
