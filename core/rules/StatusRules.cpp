#include "rules/StatusRules.h"

namespace sotay {

ReportCategory StatusRules::category(AccountStatus l1, AccountStatus l2)
{
    if (l2 == AccountStatus::Activated)
        return ReportCategory::ActivatedLevel2;
    if (l1 == AccountStatus::Activated)
        return ReportCategory::ActivatedLevel1;
    if (l1 == AccountStatus::Approved || l2 == AccountStatus::Approved)
        return ReportCategory::ApprovedNotActivated;
    if (l1 == AccountStatus::Received || l2 == AccountStatus::Received)
        return ReportCategory::ReceivedWaiting;
    return ReportCategory::NotRegistered;
}

NextStep StatusRules::nextStep(AccountStatus l1, AccountStatus l2, bool hasIdCard)
{
    if (l2 == AccountStatus::Activated)
        return NextStep::Nothing;
    if ((l1 == AccountStatus::Approved) || (l2 == AccountStatus::Approved))
        return NextStep::ActivateApproved;
    if (l1 == AccountStatus::Activated)
        return l2 == AccountStatus::None ? NextStep::ApplyLevel2 : NextStep::WaitingApproval;
    if (l1 == AccountStatus::Received || l2 == AccountStatus::Received)
        return NextStep::WaitingApproval;
    return hasIdCard ? NextStep::InstallAndRegister : NextStep::GetIdCardFirst;
}

} // namespace sotay
