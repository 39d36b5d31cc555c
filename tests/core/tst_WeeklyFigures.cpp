#include "Clock.h"
#include "ReportTestWard.h"
#include "reports/ResidentStateQuery.h"
#include "reports/WeeklyFigures.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QTest>

using namespace sotay;
using sotay::testing::ReportTestWard;

using Counts =
    QList<qint64>; // residents, aged14, excluded, eligible, l1, l2, approved, received, none, new

namespace {

Counts countsOf(const FigureRow &r) {
    return {r.residents, r.aged14,   r.excluded, r.eligible,      r.level1,
            r.level2,    r.approved, r.received, r.notRegistered, r.newThisWeek};
}

QDate d(const char *iso) {
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

bool partitionHolds(const FigureRow &r) {
    return r.eligible == r.activated() + r.approved + r.received + r.notRegistered &&
           r.eligible == r.aged14 - r.excluded;
}

} // namespace

class TestWeeklyFigures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { Clock::setFixedToday(QDate(2026, 12, 31)); }
    void cleanup() { Clock::setFixedToday({}); }
    void percent_data();
    void percent();
    void thursdays_data();
    void thursdays();
    void oneResident_data();
    void oneResident();
    void groupsTotalsTargetsTeams();
    void pastReportUnchangedByLaterChanges();
    void stateQueryMatchesStatusAsOf();
    void cachedStateMatchesHistory();
    void laterEventsReplayedNotCached();
};

void TestWeeklyFigures::percent_data() {
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0/0 empty") << qint64(0) << qint64(0) << QString();
    QTest::newRow("5/0 empty") << qint64(5) << qint64(0) << QString();
    QTest::newRow("0/7") << qint64(0) << qint64(7) << QStringLiteral("0.0");
    QTest::newRow("all") << qint64(7) << qint64(7) << QStringLiteral("100.0");
    QTest::newRow("1/3") << qint64(1) << qint64(3) << QStringLiteral("33.3");
    QTest::newRow("2/3") << qint64(2) << qint64(3) << QStringLiteral("66.7");
    // 0.25 % and 0.35 %: exact halves round away from zero (binary doubles would not).
    QTest::newRow("half up 0.25") << qint64(1) << qint64(400) << QStringLiteral("0.3");
    QTest::newRow("half up 0.35") << qint64(7) << qint64(2000) << QStringLiteral("0.4");
    QTest::newRow("just below half") << qint64(2499) << qint64(1000000) << QStringLiteral("0.2");
    QTest::newRow("over target") << qint64(150) << qint64(120) << QStringLiteral("125.0");
}

void TestWeeklyFigures::percent() {
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(QString, expected);
    QCOMPARE(FigureRow::percent(num, den, QLatin1Char('.')), expected);
    QString comma = expected;
    comma.replace(QLatin1Char('.'), QLatin1Char(','));
    QCOMPARE(FigureRow::percent(num, den, QLatin1Char(',')), comma);
}

void TestWeeklyFigures::thursdays_data() {
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("before");
    QTest::addColumn<QDate>("after");
    QTest::newRow("thursday") << d("2026-11-26") << d("2026-11-26") << d("2026-11-26");
    QTest::newRow("wednesday") << d("2026-11-25") << d("2026-11-19") << d("2026-11-26");
    QTest::newRow("friday") << d("2026-11-27") << d("2026-11-26") << d("2026-12-03");
    QTest::newRow("monday over year") << d("2026-12-28") << d("2026-12-24") << d("2026-12-31");
}

void TestWeeklyFigures::thursdays() {
    QFETCH(QDate, day);
    QFETCH(QDate, before);
    QFETCH(QDate, after);
    QCOMPARE(WeeklyFigures::thursdayOnOrBefore(day), before);
    QCOMPARE(WeeklyFigures::thursdayOnOrAfter(day), after);
    ReportTestWard w;
    const auto r = WeeklyFigures::compute(*w.db, day);
    QCOMPARE(r.ok(), day == before);
    if (r.ok()) {
        QCOMPARE(r.value().asOf, day.addDays(-1));
        QCOMPARE(r.value().weekStart, day.addDays(-7));
    } else {
        QVERIFY(r.error().contains(before.toString(QStringLiteral("dd/MM/yyyy"))));
        QVERIFY(r.error().contains(after.toString(QStringLiteral("dd/MM/yyyy"))));
    }
}

// One resident, its history written as "level:status:date" events (a leading c marks a
// correction) and "reason:date" exclusions, counted as of a day.
void TestWeeklyFigures::oneResident_data() {
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QDate>("knownSince");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("exclusions");
    QTest::addColumn<Counts>("expected");
    const QDate wed = d("2026-11-25"); // report of Thursday 26/11/2026: week 19/11 … 25/11
    const QDate jan = d("2026-01-01");
    const Counts notRegistered{1, 1, 0, 1, 0, 0, 0, 0, 1, 0};
    const Counts child{1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    const Counts l1Old{1, 1, 0, 1, 1, 0, 0, 0, 0, 0};
    const Counts l1New{1, 1, 0, 1, 1, 0, 0, 0, 0, 1};
    const Counts excluded{1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("turns 14 on D-1")
        << wed << "2012-11-25" << jan << QStringList() << QStringList() << notRegistered;
    QTest::newRow("turns 14 on D")
        << wed << "2012-11-26" << jan << QStringList() << QStringList() << child;
    QTest::newRow("29 Feb, 28 Feb of a common year")
        << d("2022-02-28") << "2008-02-29" << d("2021-01-01") << QStringList() << QStringList()
        << child;
    QTest::newRow("29 Feb, 1 March of a common year")
        << d("2022-03-01") << "2008-02-29" << d("2021-01-01") << QStringList() << QStringList()
        << notRegistered;
    QTest::newRow("29 Feb, leap year")
        << d("2036-02-29") << "2008-02-29" << d("2021-01-01") << QStringList() << QStringList()
        << Counts{1, 1, 0, 1, 0, 0, 0, 0, 1, 0};
    QTest::newRow("year only, 14 in that year")
        << wed << "2012" << jan << QStringList() << QStringList() << notRegistered;
    QTest::newRow("year only, next year")
        << wed << "2013" << jan << QStringList() << QStringList() << child;
    QTest::newRow("excluded before D-1")
        << wed << "1980-05-05" << jan << QStringList() << QStringList{"1:2026-11-20"} << excluded;
    QTest::newRow("excluded on D-1")
        << wed << "1980-05-05" << jan << QStringList() << QStringList{"4:2026-11-25"} << excluded;
    QTest::newRow("excluded on D") << wed << "1980-05-05" << jan << QStringList()
                                   << QStringList{"4:2026-11-26"} << notRegistered;
    QTest::newRow("exclusion lifted")
        << wed << "1980-05-05" << jan << QStringList()
        << QStringList{"2:2026-10-01", "0:2026-11-10"} << notRegistered;
    QTest::newRow("lifted after D-1") << wed << "1980-05-05" << jan << QStringList()
                                      << QStringList{"2:2026-10-01", "0:2026-11-26"} << excluded;
    QTest::newRow("excluded child")
        << wed << "2015-01-01" << jan << QStringList() << QStringList{"4:2026-02-01"} << child;
    QTest::newRow("activated D-8")
        << wed << "1980-05-05" << jan << QStringList{"1:3:2026-11-18"} << QStringList() << l1Old;
    QTest::newRow("activated D-7")
        << wed << "1980-05-05" << jan << QStringList{"1:3:2026-11-19"} << QStringList() << l1New;
    QTest::newRow("activated D-1")
        << wed << "1980-05-05" << jan << QStringList{"1:3:2026-11-25"} << QStringList() << l1New;
    QTest::newRow("activated D") << wed << "1980-05-05" << jan << QStringList{"1:3:2026-11-26"}
                                 << QStringList() << notRegistered;
    QTest::newRow("level 2 this week, level 1 before")
        << wed << "1980-05-05" << jan << QStringList{"1:3:2026-11-01", "2:3:2026-11-20"}
        << QStringList() << Counts{1, 1, 0, 1, 0, 1, 0, 0, 0, 0};
    QTest::newRow("level 2 first, this week")
        << wed << "1980-05-05" << jan << QStringList{"2:3:2026-11-21"} << QStringList()
        << Counts{1, 1, 0, 1, 0, 1, 0, 0, 0, 1};
    QTest::newRow("approved l1, received l2")
        << wed << "1980-05-05" << jan << QStringList{"2:1:2026-11-01", "1:2:2026-11-02"}
        << QStringList() << Counts{1, 1, 0, 1, 0, 0, 1, 0, 0, 0};
    QTest::newRow("received") << wed << "1980-05-05" << jan << QStringList{"1:1:2026-11-01"}
                              << QStringList() << Counts{1, 1, 0, 1, 0, 0, 0, 1, 0, 0};
    QTest::newRow("lower plain event ignored")
        << wed << "1980-05-05" << jan << QStringList{"1:3:2026-11-01", "1:1:2026-11-10"}
        << QStringList() << l1Old;
    QTest::newRow("corrected down before D-1")
        << wed << "1980-05-05" << jan << QStringList{"1:3:2026-11-10", "c1:1:2026-11-15"}
        << QStringList() << Counts{1, 1, 0, 1, 0, 0, 0, 1, 0, 0};
    QTest::newRow("corrected after D-1")
        << wed << "1980-05-05" << jan << QStringList{"1:3:2026-11-20", "c1:1:2026-11-26"}
        << QStringList() << l1New;
    QTest::newRow("corrected, activated again this week")
        << wed << "1980-05-05" << jan
        << QStringList{"1:3:2026-11-01", "c1:2:2026-11-10", "1:3:2026-11-20"} << QStringList()
        << l1New;
    QTest::newRow("excluded, activated")
        << wed << "1980-05-05" << jan << QStringList{"1:3:2026-11-20"}
        << QStringList{"5:2026-11-21"} << excluded;
    QTest::newRow("known since D")
        << wed << "1980-05-05" << d("2026-11-26") << QStringList{"1:3:2026-11-20"} << QStringList()
        << Counts{0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("known since D-1")
        << wed << "1980-05-05" << wed << QStringList() << QStringList() << notRegistered;
}

void TestWeeklyFigures::oneResident() {
    QFETCH(QDate, asOf);
    QFETCH(QString, birth);
    QFETCH(QDate, knownSince);
    QFETCH(QStringList, events);
    QFETCH(QStringList, exclusions);
    QFETCH(Counts, expected);
    Clock::setFixedToday(QDate(2040, 1, 1));
    ReportTestWard w;
    const qint64 g = w.group(QStringLiteral("Tổ dân phố 1"));
    const qint64 h = w.household(g, QStringLiteral("H1"), QStringLiteral("Số 1 phố Huế"));
    const qint64 r = w.resident(h, QStringLiteral("Nguyễn Văn An"), birth, knownSince);
    QVERIFY(r > 0);
    for (QString e : events) {
        const bool corr = e.startsWith(QLatin1Char('c'));
        const QStringList p = e.remove(QLatin1Char('c')).split(QLatin1Char(':'));
        QVERIFY(w.status(r, p.at(0).toInt(), AccountStatus(p.at(1).toInt()), d(p.at(2).toLatin1()),
                         corr));
    }
    for (const QString &x : exclusions) {
        const QStringList p = x.split(QLatin1Char(':'));
        QVERIFY(w.exclude(r, ExclusionReason(p.at(0).toInt()), d(p.at(1).toLatin1())));
    }
    const auto f = WeeklyFigures::computeAsOf(*w.db, asOf);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(f.value().groups.size(), 1);
    QCOMPARE(countsOf(f.value().groups.first()), expected);
    QCOMPARE(countsOf(f.value().total), expected);
    QVERIFY(partitionHolds(f.value().total));
}

void TestWeeklyFigures::groupsTotalsTargetsTeams() {
    ReportTestWard w;
    const qint64 g10 = w.group(QStringLiteral("Tổ dân phố 10"));
    const qint64 g2 = w.group(QStringLiteral("Tổ dân phố 2"));
    QVERIFY(w.group(QStringLiteral("Tổ dân phố 3")) > 0);
    const qint64 h10 = w.household(g10, QStringLiteral("A"), QStringLiteral("Số 2 phố Huế"));
    const qint64 h2a = w.household(g2, QStringLiteral("B"), QStringLiteral("Số 9 ngõ 4 phố Huế"));
    const qint64 h2b = w.household(g2, QStringLiteral("C"), QStringLiteral("Số 27 ngõ 4 phố Huế"));
    const QDate jan(2026, 1, 1);
    // Group 10: 2 adults, one activated at level 2 this week, one child.
    const qint64 a = w.resident(h10, QStringLiteral("Lê Thị Ánh"), QStringLiteral("1990-03-04"));
    w.resident(h10, QStringLiteral("Lê Văn Bé"), QStringLiteral("2020"));
    w.resident(h10, QStringLiteral("Lê Văn Cường"), QStringLiteral("1960"));
    QVERIFY(w.status(a, 2, AccountStatus::Activated, QDate(2026, 11, 24)));
    // Group 2: 3 adults: level 1 activated long ago, approved, excluded.
    const qint64 b = w.resident(h2a, QStringLiteral("Phạm Văn Đức"), QStringLiteral("1970-01-01"));
    const qint64 c = w.resident(h2b, QStringLiteral("Phạm Thị Én"), QStringLiteral("1975-01-01"));
    const qint64 e =
        w.resident(h2b, QStringLiteral("Phạm Văn Giang"), QStringLiteral("1950-01-01"));
    QVERIFY(w.status(b, 1, AccountStatus::Activated, QDate(2026, 6, 1)));
    QVERIFY(w.status(c, 1, AccountStatus::Approved, QDate(2026, 6, 1)));
    QVERIFY(w.exclude(e, ExclusionReason::Deceased, QDate(2026, 7, 1)));
    // Targets: group 2 has 4 from June, replaced by 3 from November; a later one (after
    // D-1) is not in force; group 10 has none.
    QVERIFY(w.target(g2, 0, 4, QDate(2026, 6, 1)));
    QVERIFY(w.target(g2, 0, 3, QDate(2026, 11, 1), QDate(2026, 12, 31)));
    QVERIFY(w.target(g2, 0, 99, QDate(2026, 11, 26)));
    // Teams: team "Tổ 2" holds group 2, but household C is given to "Tổ 10".
    const qint64 t2 = w.team(QStringLiteral("Tổ 2"));
    const qint64 t10 = w.team(QStringLiteral("Tổ 10"));
    QVERIFY(w.assign(t2, g2, 0));
    QVERIFY(w.assign(t10, 0, h2b));
    QVERIFY(w.target(0, t10, 2, QDate(2026, 1, 1)));

    const auto r = WeeklyFigures::compute(*w.db, QDate(2026, 11, 26));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const WeeklyFigures &f = r.value();
    QCOMPARE(f.groups.size(), 3);
    QCOMPARE(f.groups.at(0).name, QStringLiteral("Tổ dân phố 2"));
    QCOMPARE(f.groups.at(1).name, QStringLiteral("Tổ dân phố 3"));
    QCOMPARE(f.groups.at(2).name, QStringLiteral("Tổ dân phố 10"));
    QCOMPARE(countsOf(f.groups.at(0)), (Counts{3, 3, 1, 2, 1, 0, 1, 0, 0, 0}));
    QCOMPARE(countsOf(f.groups.at(1)), (Counts{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(countsOf(f.groups.at(2)), (Counts{3, 2, 0, 2, 0, 1, 0, 0, 1, 1}));
    QCOMPARE(countsOf(f.total), (Counts{6, 5, 1, 4, 1, 1, 1, 0, 1, 1}));
    for (const FigureRow &row : f.groups)
        QVERIFY(partitionHolds(row));
    QVERIFY(partitionHolds(f.total));
    QCOMPARE(f.groups.at(0).activationRate(QLatin1Char('.')), QStringLiteral("50.0"));
    QCOMPARE(f.groups.at(1).activationRate(QLatin1Char('.')), QString());
    QCOMPARE(f.total.activationRate(QLatin1Char(',')), QStringLiteral("50,0"));
    QVERIFY(f.groups.at(0).hasTarget);
    QCOMPARE(f.groups.at(0).target, qint64(3));
    QCOMPARE(f.groups.at(0).deadline, QDate(2026, 12, 31));
    QCOMPARE(f.groups.at(0).targetRate(QLatin1Char('.')), QStringLiteral("33.3"));
    QVERIFY(!f.groups.at(2).hasTarget);
    QCOMPARE(f.groups.at(2).targetRate(QLatin1Char('.')), QString());
    QCOMPARE(f.total.target, qint64(3));
    QCOMPARE(f.total.targetRate(QLatin1Char('.')), QStringLiteral("66.7"));

    // Teams in natural order, then the residents nobody is assigned to.
    QCOMPARE(f.teams.size(), 3);
    QCOMPARE(f.teams.at(0).name, QStringLiteral("Tổ 2"));
    QCOMPARE(countsOf(f.teams.at(0)), (Counts{1, 1, 0, 1, 1, 0, 0, 0, 0, 0}));
    QCOMPARE(f.teams.at(1).name, QStringLiteral("Tổ 10"));
    QCOMPARE(countsOf(f.teams.at(1)), (Counts{2, 2, 1, 1, 0, 0, 1, 0, 0, 0}));
    QCOMPARE(f.teams.at(1).target, qint64(2));
    QCOMPARE(f.teams.at(2).name, QStringLiteral("Chưa phân công"));
    QCOMPARE(countsOf(f.teams.at(2)), countsOf(f.groups.at(2)));
}

void TestWeeklyFigures::pastReportUnchangedByLaterChanges() {
    ReportTestWard w;
    const qint64 g = w.group(QStringLiteral("Tổ dân phố 5"));
    const qint64 h = w.household(g, QStringLiteral("H"), QStringLiteral("Số 5 phố Huế"));
    const qint64 a = w.resident(h, QStringLiteral("Võ Văn A"), QStringLiteral("1990"));
    const qint64 b = w.resident(h, QStringLiteral("Võ Văn B"), QStringLiteral("1991"));
    const qint64 c = w.resident(h, QStringLiteral("Võ Văn C"), QStringLiteral("1992"));
    QVERIFY(w.status(a, 1, AccountStatus::Activated, QDate(2026, 11, 20)));
    QVERIFY(w.status(b, 1, AccountStatus::Approved, QDate(2026, 11, 20)));
    const QDate thursday(2026, 11, 26);
    const auto before = WeeklyFigures::compute(*w.db, thursday);
    QVERIFY(before.ok());

    // The next weeks: activations, a correction, an exclusion, new residents, a new target.
    QVERIFY(w.status(b, 1, AccountStatus::Activated, QDate(2026, 11, 26)));
    QVERIFY(w.status(a, 1, AccountStatus::Received, QDate(2026, 12, 1), true));
    QVERIFY(w.exclude(c, ExclusionReason::Abroad, QDate(2026, 12, 2)));
    w.resident(h, QStringLiteral("Võ Văn D"), QStringLiteral("1993"), QDate(2026, 12, 3));
    QVERIFY(w.target(g, 0, 10, QDate(2026, 12, 1)));
    const auto after = WeeklyFigures::compute(*w.db, thursday);
    QVERIFY(after.ok());
    QCOMPARE(countsOf(after.value().total), countsOf(before.value().total));
    QCOMPARE(after.value().total.hasTarget, false);
    QCOMPARE(countsOf(before.value().total), (Counts{3, 3, 0, 3, 1, 0, 1, 0, 1, 1}));

    const auto next = WeeklyFigures::compute(*w.db, QDate(2026, 12, 10));
    QVERIFY(next.ok());
    QCOMPARE(countsOf(next.value().total), (Counts{4, 4, 1, 3, 1, 0, 0, 1, 1, 0}));
}

// The set-based query agrees with ResidentStore::statusAsOf, resident by resident, on
// random histories with corrections.
void TestWeeklyFigures::stateQueryMatchesStatusAsOf() {
    ReportTestWard w;
    QRandomGenerator rng(20261126);
    const qint64 g = w.group(QStringLiteral("Tổ dân phố 1"));
    const qint64 h = w.household(g, QStringLiteral("H"), QStringLiteral("Số 1 phố Huế"));
    QVector<qint64> ids;
    for (int i = 0; i < 60; ++i) {
        const qint64 r = w.resident(h, QStringLiteral("Người %1").arg(i), QStringLiteral("1980"));
        ids << r;
        const int n = rng.bounded(6);
        for (int k = 0; k < n; ++k)
            QVERIFY(w.status(r, 1 + rng.bounded(2), AccountStatus(rng.bounded(4)),
                             QDate(2026, 11, 1).addDays(rng.bounded(30)), rng.bounded(4) == 0));
    }
    for (const QDate &day : {QDate(2026, 11, 5), QDate(2026, 11, 15), QDate(2026, 11, 30)}) {
        const ResidentStateQuery state(day, g);
        QSqlQuery q(w.db->connection());
        q.prepare(QStringLiteral("WITH ") + state.sql() +
                  QStringLiteral("SELECT id, l1, l2, first_act FROM state"));
        state.bind(q);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 r = q.value(0).toLongLong();
            const auto [s1, d1] = w.store->statusAsOf(r, 1, day);
            const auto [s2, d2] = w.store->statusAsOf(r, 2, day);
            QCOMPARE(q.value(1).toInt(), int(s1));
            QCOMPARE(q.value(2).toInt(), int(s2));
            QDate first;
            if (s1 == AccountStatus::Activated)
                first = d1;
            if (s2 == AccountStatus::Activated && (!first.isValid() || d2 < first))
                first = d2;
            QCOMPARE(QDate::fromString(q.value(3).toString(), Qt::ISODate), first);
        }
        QCOMPARE(rows, ids.size());
    }
}

// The fast path (cached columns for residents with no later event) gives, resident by
// resident, what replaying the whole history gives, on random histories with corrections,
// exclusions and lifts, for days before, inside and after the events.
void TestWeeklyFigures::cachedStateMatchesHistory() {
    ReportTestWard w;
    QRandomGenerator rng(20261203);
    const qint64 g1 = w.group(QStringLiteral("Tổ dân phố 1"));
    const qint64 g2 = w.group(QStringLiteral("Tổ dân phố 2"));
    const qint64 h1 = w.household(g1, QStringLiteral("H1"), QStringLiteral("Số 1 phố Huế"));
    const qint64 h2 = w.household(g2, QStringLiteral("H2"), QStringLiteral("Số 2 phố Huế"));
    for (int i = 0; i < 80; ++i) {
        const qint64 r =
            w.resident(i % 2 ? h1 : h2, QStringLiteral("Người %1").arg(i),
                       i % 7 == 0 ? QStringLiteral("2013-11-10") : QStringLiteral("1980"),
                       QDate(2026, 10, 25).addDays(rng.bounded(20)));
        const int n = rng.bounded(6);
        for (int k = 0; k < n; ++k)
            QVERIFY(w.status(r, 1 + rng.bounded(2), AccountStatus(rng.bounded(4)),
                             QDate(2026, 11, 1).addDays(rng.bounded(30)), rng.bounded(4) == 0));
        if (rng.bounded(3) == 0)
            QVERIFY(w.exclude(r, ExclusionReason(1 + rng.bounded(6)),
                              QDate(2026, 11, 1).addDays(rng.bounded(30))));
        if (rng.bounded(5) == 0)
            QVERIFY(
                w.exclude(r, ExclusionReason::None, QDate(2026, 11, 1).addDays(rng.bounded(30))));
    }
    const auto rows = [&](const ResidentStateQuery &state) {
        QSqlQuery q(w.db->connection());
        q.prepare(QStringLiteral("WITH ") + state.sql() +
                  QStringLiteral("SELECT id, group_id, aged14, excluded, l1, l2, first_act FROM "
                                 "state ORDER BY id"));
        state.bind(q);
        QStringList out;
        if (!q.exec())
            out << q.lastError().text();
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < 7; ++c)
                cells << q.value(c).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    };
    using S = ResidentStateQuery::Source;
    for (int offset = -10; offset <= 35; offset += 3) {
        const QDate day = QDate(2026, 11, 1).addDays(offset);
        for (qint64 group : {qint64(0), g1}) {
            const QStringList history = rows(ResidentStateQuery(day, group, S::History));
            const QStringList cached = rows(ResidentStateQuery(day, group, S::CacheWhereUnchanged));
            QCOMPARE(cached, history);
        }
    }
    // After every event nobody is replayed: the whole answer comes from the cache.
    QCOMPARE(rows(ResidentStateQuery(QDate(2026, 12, 31), 0, S::CacheWhereUnchanged)),
             rows(ResidentStateQuery(QDate(2026, 12, 31))));
}

// A resident whose state changed after the day (activation, correction, exclusion) is
// counted as it was on the day, not as the cache says now.
void TestWeeklyFigures::laterEventsReplayedNotCached() {
    ReportTestWard w;
    const qint64 g = w.group(QStringLiteral("Tổ dân phố 9"));
    const qint64 h = w.household(g, QStringLiteral("H"), QStringLiteral("Số 9 phố Huế"));
    const qint64 a = w.resident(h, QStringLiteral("Lê Văn A"), QStringLiteral("1990"));
    const qint64 b = w.resident(h, QStringLiteral("Lê Văn B"), QStringLiteral("1990"));
    const qint64 c = w.resident(h, QStringLiteral("Lê Văn C"), QStringLiteral("1990"));
    const qint64 e = w.resident(h, QStringLiteral("Lê Văn E"), QStringLiteral("1990"));
    QVERIFY(w.status(a, 1, AccountStatus::Received, QDate(2026, 11, 10)));
    QVERIFY(w.status(a, 2, AccountStatus::Activated, QDate(2026, 11, 26))); // on D
    QVERIFY(w.status(b, 1, AccountStatus::Activated, QDate(2026, 11, 20)));
    QVERIFY(w.status(b, 1, AccountStatus::Received, QDate(2026, 11, 30), true)); // correction
    QVERIFY(w.exclude(c, ExclusionReason::Deceased, QDate(2026, 11, 27)));
    QVERIFY(w.exclude(e, ExclusionReason::Abroad, QDate(2026, 11, 1)));
    QVERIFY(w.exclude(e, ExclusionReason::None, QDate(2026, 12, 1))); // lifted later
    // The cache holds the newest state...
    QSqlQuery q(w.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT l2_status FROM resident WHERE id = %1").arg(a)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(AccountStatus::Activated));
    // ...but the report of Thursday 26/11 shows 25/11.
    const auto f = WeeklyFigures::compute(*w.db, QDate(2026, 11, 26));
    QVERIFY(f.ok());
    // residents, aged14, excluded, eligible, l1, l2, approved, received, none, new
    QCOMPARE(countsOf(f.value().total), (Counts{4, 4, 1, 3, 1, 0, 0, 1, 1, 1}));
    const auto later = WeeklyFigures::compute(*w.db, QDate(2026, 12, 3));
    QVERIFY(later.ok());
    QCOMPARE(countsOf(later.value().total), (Counts{4, 4, 1, 3, 0, 1, 0, 1, 1, 1}));

    // Activations since a campaign's start, counted in the same pass: B's activation of 20/11
    // by 25/11; A's of 26/11 by 2/12, when B's has been corrected away.
    const QVector<QDate> starts{QDate(2026, 11, 21), QDate(2026, 11, 1), QDate(2026, 11, 20),
                                QDate(2026, 11, 26), QDate(2026, 11, 27)};
    const auto since = WeeklyFigures::compute(*w.db, QDate(2026, 11, 26), starts);
    QVERIFY(since.ok());
    QCOMPARE(since.value().activatedSince.size(), starts.size());
    QCOMPARE(since.value().activatedSince.value(QDate(2026, 11, 1)), qint64(1));
    QCOMPARE(since.value().activatedSince.value(QDate(2026, 11, 20)), qint64(1));
    QCOMPARE(since.value().activatedSince.value(QDate(2026, 11, 21)), qint64(0));
    QCOMPARE(since.value().activatedSince.value(QDate(2026, 11, 26)), qint64(0));
    QCOMPARE(countsOf(since.value().total), countsOf(f.value().total));
    const auto sinceLater = WeeklyFigures::compute(*w.db, QDate(2026, 12, 3), starts);
    QVERIFY(sinceLater.ok());
    QCOMPARE(sinceLater.value().activatedSince.value(QDate(2026, 11, 1)), qint64(1));
    QCOMPARE(sinceLater.value().activatedSince.value(QDate(2026, 11, 26)), qint64(1));
    QCOMPARE(sinceLater.value().activatedSince.value(QDate(2026, 11, 27)), qint64(0));
}

QTEST_GUILESS_MAIN(TestWeeklyFigures)
#include "tst_WeeklyFigures.moc"
