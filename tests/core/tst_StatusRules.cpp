#include "rules/StatusRules.h"

#include <QTest>

using namespace sotay;

Q_DECLARE_METATYPE(sotay::AccountStatus)
Q_DECLARE_METATYPE(sotay::ReportCategory)
Q_DECLARE_METATYPE(sotay::NextStep)

class TestStatusRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void partition_data();
    void partition();
};

void TestStatusRules::partition_data() {
    using S = AccountStatus;
    using C = ReportCategory;
    using N = NextStep;
    QTest::addColumn<S>("l1");
    QTest::addColumn<S>("l2");
    QTest::addColumn<bool>("idCard");
    QTest::addColumn<C>("category");
    QTest::addColumn<N>("next");
    QTest::newRow("nothing, card")
        << S::None << S::None << true << C::NotRegistered << N::InstallAndRegister;
    QTest::newRow("nothing, no card")
        << S::None << S::None << false << C::NotRegistered << N::GetIdCardFirst;
    QTest::newRow("l1 received") << S::Received << S::None << true << C::ReceivedWaiting
                                 << N::WaitingApproval;
    QTest::newRow("l2 received") << S::None << S::Received << true << C::ReceivedWaiting
                                 << N::WaitingApproval;
    QTest::newRow("l1 approved") << S::Approved << S::None << true << C::ApprovedNotActivated
                                 << N::ActivateApproved;
    QTest::newRow("l2 approved") << S::Received << S::Approved << true << C::ApprovedNotActivated
                                 << N::ActivateApproved;
    QTest::newRow("l1 activated") << S::Activated << S::None << true << C::ActivatedLevel1
                                  << N::ApplyLevel2;
    QTest::newRow("l1 act, l2 received")
        << S::Activated << S::Received << true << C::ActivatedLevel1 << N::WaitingApproval;
    QTest::newRow("l1 act, l2 approved")
        << S::Activated << S::Approved << true << C::ActivatedLevel1 << N::ActivateApproved;
    QTest::newRow("l2 activated") << S::Activated << S::Activated << true << C::ActivatedLevel2
                                  << N::Nothing;
    QTest::newRow("l2 only activated")
        << S::None << S::Activated << true << C::ActivatedLevel2 << N::Nothing;
}

void TestStatusRules::partition() {
    QFETCH(AccountStatus, l1);
    QFETCH(AccountStatus, l2);
    QFETCH(bool, idCard);
    QFETCH(ReportCategory, category);
    QFETCH(NextStep, next);
    QCOMPARE(StatusRules::category(l1, l2), category);
    QCOMPARE(StatusRules::nextStep(l1, l2, idCard), next);
}

QTEST_GUILESS_MAIN(TestStatusRules)
#include "tst_StatusRules.moc"
