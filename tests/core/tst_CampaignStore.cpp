#include "../support/TeamTestWard.h"

#include "Clock.h"
#include "storage/AuditLog.h"
#include "teams/CampaignStore.h"

#include <QTest>

using namespace sotay;

class TestCampaignStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void phases_data();
    void phases();
    void campaignLifecycle();
    void changesAreAudited();

private:
    std::unique_ptr<test::TeamTestWard> m_ward;
    std::unique_ptr<CampaignStore> m_store;
};

void TestCampaignStore::init()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
    m_ward = std::make_unique<test::TeamTestWard>();
    QVERIFY2(m_ward->ok(), qPrintable(m_ward->error()));
    m_store = std::make_unique<CampaignStore>(m_ward->db());
}

void TestCampaignStore::cleanup()
{
    m_store.reset();
    m_ward.reset();
    Clock::setFixedToday(QDate());
}

void TestCampaignStore::phases_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<int>("base");
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<bool>("accepted");
    // The campaign runs 1/11 – 31/12 and already asks 50 % of the approved by 30/11.
    QTest::newRow("100 % later") << 100 << 1 << QDate(2026, 12, 31) << true;
    QTest::newRow("less later") << 40 << 1 << QDate(2026, 12, 31) << false;
    QTest::newRow("more earlier") << 80 << 1 << QDate(2026, 11, 15) << false;
    QTest::newRow("less earlier") << 20 << 1 << QDate(2026, 11, 15) << true;
    QTest::newRow("same day other share") << 60 << 1 << QDate(2026, 11, 30) << false;
    QTest::newRow("other base") << 30 << 0 << QDate(2026, 12, 31) << true;
    QTest::newRow("zero") << 0 << 1 << QDate(2026, 12, 31) << false;
    QTest::newRow("over 100") << 101 << 1 << QDate(2026, 12, 31) << false;
    QTest::newRow("before start") << 10 << 1 << QDate(2026, 10, 31) << false;
    QTest::newRow("after end") << 100 << 1 << QDate(2027, 1, 1) << false;
    QTest::newRow("no deadline") << 100 << 1 << QDate() << false;
}

void TestCampaignStore::phases()
{
    QFETCH(int, percent);
    QFETCH(int, base);
    QFETCH(QDate, deadline);
    QFETCH(bool, accepted);
    const qint64 c = m_store
                         ->createCampaign({0, QStringLiteral("Cao điểm 90 ngày"),
                                           QDate(2026, 11, 1), QDate(2026, 12, 31)})
                         .value();
    QVERIFY(m_store
                ->addPhase({0, c, QStringLiteral("Giai đoạn 1"), 50,
                            CampaignPhase::Base::ApprovedNotActivated, QDate(2026, 11, 30)})
                .ok());
    const auto r = m_store->addPhase(
        {0, c, QStringLiteral("Giai đoạn 2"), percent, CampaignPhase::Base(base), deadline});
    QCOMPARE(r.ok(), accepted);
    QCOMPARE(m_store->phases(c).size(), accepted ? 2 : 1);
}

void TestCampaignStore::campaignLifecycle()
{
    QVERIFY(!m_store->createCampaign({0, QStringLiteral("  "), QDate(2026, 11, 1), {}}).ok());
    QVERIFY(
        !m_store->createCampaign({0, QStringLiteral("X"), QDate(2026, 11, 1), QDate(2026, 10, 1)})
             .ok());
    const Campaign c{0, QStringLiteral("Cao điểm"), QDate(2026, 11, 1), QDate(2026, 12, 31)};
    const qint64 id = m_store->createCampaign(c).value();
    const qint64 p1 =
        m_store
            ->addPhase({0, id, QStringLiteral("GĐ 1"), 50,
                        CampaignPhase::Base::ApprovedNotActivated, QDate(2026, 11, 30)})
            .value();
    QVERIFY(m_store
                ->addPhase({0, id, QStringLiteral("GĐ 2"), 100,
                            CampaignPhase::Base::ApprovedNotActivated, QDate(2026, 12, 31)})
                .ok());
    const auto phases = m_store->phases(id);
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.first().id, p1);
    QCOMPARE(phases.last().percent, 100);
    QVERIFY(m_store->deleteCampaign(id).ok());
    QVERIFY(m_store->phases(id).isEmpty());
    Campaign back = c;
    back.id = id;
    QVERIFY(m_store->restoreCampaign(back, phases).ok());
    QCOMPARE(m_store->phases(id).size(), 2);
    QCOMPARE(m_store->phase(p1)->name, QStringLiteral("GĐ 1"));
    QCOMPARE(m_store->campaigns().size(), 1);
    // A phase's name is optional.
    QVERIFY(m_store->removePhase(p1).ok());
    QVERIFY(m_store
                ->addPhase({0, id, QString(), 50, CampaignPhase::Base::ApprovedNotActivated,
                            QDate(2026, 11, 30)})
                .ok());
}

void TestCampaignStore::changesAreAudited()
{
    AuditLog::Filter all;
    all.action = QStringLiteral("campaign");
    const qint64 id =
        m_store->createCampaign({0, QStringLiteral("Cao điểm"), QDate(2026, 11, 1), {}}).value();
    QVERIFY(m_store
                ->addPhase({0, id, QStringLiteral("GĐ 1"), 50, CampaignPhase::Base::Eligible,
                            QDate(2026, 11, 30)})
                .ok());
    QCOMPARE(AuditLog(m_ward->db()).entries(all).size(), 2);
    {
        // Bulk work (the sample ward) writes its own summary instead.
        const AuditLog::BulkScope bulk(m_ward->db());
        QVERIFY(m_store->createCampaign({0, QStringLiteral("Đợt 2"), QDate(2026, 11, 2), {}}).ok());
    }
    QCOMPARE(AuditLog(m_ward->db()).entries(all).size(), 2);
    QVERIFY(m_store->createCampaign({0, QStringLiteral("Đợt 3"), QDate(2026, 11, 3), {}}).ok());
    QCOMPARE(AuditLog(m_ward->db()).entries(all).size(), 3);
    QCOMPARE(m_store->campaigns().size(), 3);
}

QTEST_GUILESS_MAIN(TestCampaignStore)
#include "tst_CampaignStore.moc"
