#include "Clock.h"
#include "rules/IdNumber.h"
#include "rules/PersonName.h"
#include "rules/PhoneNumber.h"
#include "rules/StatusRules.h"
#include "sample/SamplePopulation.h"
#include "sample/SampleWard.h"
#include "storage/Database.h"
#include "storage/GroupSummary.h"
#include "storage/WardStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

class TestSampleWard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void samePopulationForSameSeed();
    void idNumbersAndPhonesAreValid();
    void householdsOfOneToEight();
    void familyNamesFollowRealFrequency();
    void agesSpreadOverThePyramid();
    void statusesLikeAWardMidCampaign();
    void groupCount_data();
    void groupCount();
    void fillWritesTheSameWardForTheSameSeed();
    void fillRefusesAWardWithResidents();
    void fillMakesTeamsTargetsCampaignVisits();

private:
    static QString dump(Database &db);
    QTemporaryDir m_dir;
    const QDate m_today{2026, 11, 19};
};

void TestSampleWard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Clock::setFixedToday(m_today);
}

void TestSampleWard::cleanupTestCase()
{
    Clock::setFixedToday(QDate());
}

static SamplePopulation population(int n, quint64 seed, const QDate &today)
{
    SamplePopulation::Options o;
    o.residents = n;
    o.seed = seed;
    o.today = today;
    return SamplePopulation(o);
}

static QStringList flatten(const SamplePopulation &p)
{
    QStringList out;
    for (const auto &h : p.households)
        for (const auto &r : h.members)
            out << h.household.address + u'|' + r.fullName + u'|' + r.birth.toStorage() + u'|' +
                       r.idNumber + u'|' + r.phone + u'|' + QString::number(int(r.level1)) +
                       r.level1Date.toString(Qt::ISODate);
    return out;
}

void TestSampleWard::samePopulationForSameSeed()
{
    const QStringList a = flatten(population(2000, 42, m_today));
    const QStringList b = flatten(population(2000, 42, m_today));
    const QStringList c = flatten(population(2000, 43, m_today));
    QCOMPARE(a.size(), 2000);
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestSampleWard::idNumbersAndPhonesAreValid()
{
    const auto p = population(20000, 7, m_today);
    int ids = 0, phones = 0, adults = 0;
    QSet<QString> seen;
    for (const auto &h : p.households) {
        for (const auto &r : h.members) {
            adults += r.birth.ageOn(m_today) >= 18;
            if (!r.idNumber.isEmpty()) {
                ++ids;
                QCOMPARE(IdNumber::check(r.idNumber, r.birth.year(), r.gender), QString());
                QVERIFY2(!seen.contains(r.idNumber), qPrintable(r.idNumber));
                seen.insert(r.idNumber);
            }
            if (!r.phone.isEmpty()) {
                ++phones;
                QCOMPARE(PhoneNumber::check(r.phone), QString());
                QVERIFY(PhoneNumber::isMobile(r.phone));
            }
        }
    }
    // Most adults carry an ID number and a mobile.
    QVERIFY2(ids > adults * 0.85, qPrintable(QString::number(ids)));
    QVERIFY2(phones > adults * 0.7, qPrintable(QString::number(phones)));
}

void TestSampleWard::householdsOfOneToEight()
{
    const auto p = population(20000, 8, m_today);
    QVector<int> bySize(9);
    for (const auto &h : p.households) {
        const auto n = h.members.size();
        QVERIFY(n >= 1 && n <= 8);
        ++bySize[n];
        QCOMPARE(h.members.first().relation, QStringLiteral("Chủ hộ"));
        QCOMPARE(h.household.headName, h.members.first().fullName);
        // Children carry their father's family name.
        const Resident *father = nullptr;
        for (const auto &r : h.members)
            if (r.relation == QStringLiteral("Chồng") ||
                (r.relation == QStringLiteral("Chủ hộ") && r.gender == Gender::Male))
                father = &r;
        if (father)
            for (const auto &r : h.members)
                if (r.relation == QStringLiteral("Con"))
                    QCOMPARE(PersonName(r.fullName).family(),
                             PersonName(father->fullName).family());
    }
    for (int s = 1; s <= 8; ++s)
        QVERIFY2(bySize[s] > 0, qPrintable(QString::number(s)));
}

void TestSampleWard::familyNamesFollowRealFrequency()
{
    const auto p = population(30000, 9, m_today);
    QHash<QString, int> count;
    int total = 0;
    for (const auto &h : p.households)
        for (const auto &r : h.members) {
            ++count[PersonName(r.fullName).family()];
            ++total;
        }
    auto share = [&](const char16_t *name) {
        return 100.0 * count.value(QString::fromUtf16(name)) / total;
    };
    QVERIFY2(share(u"Nguyễn") > 33 && share(u"Nguyễn") < 43,
             qPrintable(QString::number(share(u"Nguyễn"))));
    QVERIFY(share(u"Trần") > 8.5 && share(u"Trần") < 13.5);
    QVERIFY(share(u"Lê") > 7 && share(u"Lê") < 12);
    QVERIFY(share(u"Phạm") > 5 && share(u"Phạm") < 9);
    QVERIFY(share(u"Lý") > 0.1 && share(u"Lý") < 1.2);
    QVERIFY(share(u"Nguyễn") > share(u"Trần") && share(u"Trần") > share(u"Phạm"));
}

void TestSampleWard::agesSpreadOverThePyramid()
{
    const auto p = population(20000, 10, m_today);
    int under14 = 0, soon14 = 0, yearOnly = 0, over60 = 0, total = 0;
    for (const auto &h : p.households)
        for (const auto &r : h.members) {
            ++total;
            const int age = r.birth.ageOn(m_today);
            under14 += age < 14;
            over60 += age >= 60;
            yearOnly += r.birth.yearOnly();
            soon14 += !StatusRules::isAged14(r.birth, m_today) &&
                      StatusRules::isAged14(r.birth, m_today.addDays(42));
        }
    QVERIFY2(under14 > total * 0.1 && under14 < total * 0.35, qPrintable(QString::number(under14)));
    QVERIFY(over60 > total * 0.05);
    QVERIFY(soon14 >= 20);
    QVERIFY(yearOnly > 0);
}

void TestSampleWard::statusesLikeAWardMidCampaign()
{
    const auto p = population(20000, 11, m_today);
    int eligible = 0, l1 = 0, l2 = 0, approved = 0, excluded = 0;
    QSet<int> activationWeeks;
    for (const auto &h : p.households)
        for (const auto &r : h.members) {
            if (!StatusRules::isAged14(r.birth, m_today)) {
                QCOMPARE(int(r.level1), 0);
                continue;
            }
            if (r.exclusion != ExclusionReason::None) {
                ++excluded;
                continue;
            }
            ++eligible;
            l1 += r.level1 == AccountStatus::Activated && r.level2 != AccountStatus::Activated;
            l2 += r.level2 == AccountStatus::Activated;
            approved += r.level1 == AccountStatus::Approved;
            if (r.level1 == AccountStatus::Activated)
                activationWeeks.insert(int(r.level1Date.daysTo(m_today) / 7));
        }
    const auto pct = [&](int n) { return 100.0 * n / eligible; };
    QVERIFY2(pct(l1) > 35 && pct(l1) < 50, qPrintable(QString::number(pct(l1))));
    QVERIFY(pct(l2) > 14 && pct(l2) < 24);
    QVERIFY(pct(approved) > 10 && pct(approved) < 19);
    QVERIFY(excluded > eligible * 0.015 && excluded < eligible * 0.05);
    // New activations in each of the last ten weeks.
    for (int w = 0; w < 10; ++w)
        QVERIFY2(activationWeeks.contains(w), qPrintable(QString::number(w)));
}

void TestSampleWard::groupCount_data()
{
    QTest::addColumn<int>("residents");
    QTest::addColumn<int>("groups");
    QTest::newRow("small") << 100 << 3;
    QTest::newRow("4500") << 4500 << 3;
    QTest::newRow("30000") << 30000 << 20;
    QTest::newRow("300000") << 300000 << 200;
}

void TestSampleWard::groupCount()
{
    QFETCH(int, residents);
    QFETCH(int, groups);
    QCOMPARE(SamplePopulation::groupCountFor(residents), groups);
    if (residents <= 30000) {
        const auto p = population(residents, 1, m_today);
        QCOMPARE(p.groups.size(), groups);
        QCOMPARE(p.groups.first(), QStringLiteral("Tổ dân phố 1"));
        int total = 0;
        for (const auto &h : p.households)
            total += int(h.members.size());
        QCOMPARE(total, residents);
    }
}

QString TestSampleWard::dump(Database &db)
{
    QSqlQuery q(db.connection());
    QString out;
    q.exec(QStringLiteral(
        "SELECT g.name, h.code, h.address, r.full_name, r.birth_date, ifnull(r.id_number,''), "
        "r.phone, "
        "r.l1_status, ifnull(r.l1_date,''), r.l2_status, r.exclusion FROM resident r "
        "JOIN household h ON h.id = r.household_id JOIN res_group g ON g.id = h.group_id ORDER BY "
        "r.id"));
    while (q.next())
        for (int i = 0; i < 11; ++i)
            out += q.value(i).toString() + u'|';
    q.exec(QStringLiteral("SELECT t.name, m.name, m.phone, m.role FROM team_member m JOIN team t "
                          "ON t.id = m.team_id ORDER BY m.id"));
    while (q.next())
        for (int i = 0; i < 4; ++i)
            out += q.value(i).toString() + u'|';
    q.exec(QStringLiteral("SELECT group_id, target, deadline FROM target ORDER BY id"));
    while (q.next())
        out += q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
    return out;
}

void TestSampleWard::fillWritesTheSameWardForTheSameSeed()
{
    QString dumps[2];
    for (int i = 0; i < 2; ++i) {
        auto db = Database::open(m_dir.filePath(QStringLiteral("same%1.sotay06").arg(i)),
                                 Database::Mode::Create);
        QVERIFY2(db, qPrintable(db.error()));
        SampleWard::Options o;
        o.residents = 4500;
        o.seed = 77;
        auto made = SampleWard::fill(*db.value(), o);
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(made.value().residents, 4500);
        QCOMPARE(made.value().groups, 3);
        dumps[i] = dump(*db.value());
        // The ward row is created when missing.
        QCOMPARE(WardStore(*db.value()).ward().value().name, QStringLiteral("Phường Phước Tiến"));
        const auto groups = GroupSummary::load(*db.value(), m_today);
        QCOMPARE(groups.size(), 3);
        qint64 residents = 0;
        for (const auto &g : groups)
            residents += g.residents;
        QCOMPARE(residents, 4500);
    }
    QVERIFY(dumps[0].size() > 100000);
    QCOMPARE(dumps[0], dumps[1]);
}

void TestSampleWard::fillRefusesAWardWithResidents()
{
    auto db =
        Database::open(m_dir.filePath(QStringLiteral("twice.sotay06")), Database::Mode::Create);
    QVERIFY(db);
    SampleWard::Options o;
    o.residents = 50;
    QVERIFY(SampleWard::fill(*db.value(), o));
    const auto again = SampleWard::fill(*db.value(), o);
    QVERIFY(!again);
    QVERIFY(!again.error().isEmpty());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM resident")) && q.next());
    QCOMPARE(q.value(0).toInt(), 50);
}

void TestSampleWard::fillMakesTeamsTargetsCampaignVisits()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("org.sotay06")), Database::Mode::Create);
    QVERIFY(db);
    SampleWard::Options o;
    o.residents = 15000;
    auto made = SampleWard::fill(*db.value(), o);
    QVERIFY2(made, qPrintable(made.error()));
    QCOMPARE(made.value().groups, 10);
    QVERIFY(made.value().teams >= 4 && made.value().teams <= 5);
    QVERIFY(made.value().visits > 0);
    QSqlQuery q(db.value()->connection());
    auto scalar = [&](const char *sql) {
        q.exec(QString::fromLatin1(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(scalar("SELECT count(DISTINCT group_id) FROM assignment"), 10);
    QCOMPARE(scalar("SELECT count(*) FROM team WHERE (SELECT count(*) FROM team_member m WHERE "
                    "m.team_id = team.id) "
                    "NOT BETWEEN 3 AND 5"),
             0);
    QCOMPARE(scalar("SELECT count(*) FROM target WHERE group_id IS NOT NULL"), 10);
    QCOMPARE(scalar("SELECT count(*) FROM campaign_phase"), 2);
    QCOMPARE(scalar("SELECT count(DISTINCT exclusion) FROM resident WHERE exclusion > 0"), 6);
    QVERIFY(scalar("SELECT count(*) FROM visit_outcome") > 0);
    QCOMPARE(scalar("PRAGMA foreign_key_check"), -1);
    // Through AssignmentStore: one team per group.
    QCOMPARE(scalar("SELECT count(*) FROM assignment"), 10);
    QCOMPARE(
        scalar("SELECT count(*) FROM visit_outcome WHERE outcome = 6 AND come_back_at IS NULL"), 0);
    // The stores audit every change, but the sample is one entry.
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'team.%' OR action LIKE "
                    "'target.%' OR action LIKE 'campaign.%'"),
             0);
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE action = 'sample.create'"), 1);
    // Targets are about 90 % of the eligible.
    const auto groups = GroupSummary::load(*db.value(), m_today);
    q.exec(QStringLiteral("SELECT target FROM target ORDER BY id LIMIT 1"));
    QVERIFY(q.next());
    QVERIFY(std::abs(q.value(0).toDouble() - groups.first().eligible * 0.9) <= 1);
}

QTEST_GUILESS_MAIN(TestSampleWard)
#include "tst_SampleWard.moc"
