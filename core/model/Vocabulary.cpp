#include "model/Vocabulary.h"

namespace sotay {

QString Vocabulary::status(AccountStatus s)
{
    switch (s) {
    case AccountStatus::None: return tr("Not registered");
    case AccountStatus::Received: return tr("Received");
    case AccountStatus::Approved: return tr("Approved");
    case AccountStatus::Activated: return tr("Activated");
    }
    return {};
}

QString Vocabulary::exclusion(ExclusionReason r)
{
    switch (r) {
    case ExclusionReason::None: return {};
    case ExclusionReason::Deceased: return tr("Deceased");
    case ExclusionReason::Absent: return tr("Long absent");
    case ExclusionReason::Imprisoned: return tr("Serving a sentence");
    case ExclusionReason::Abroad: return tr("Abroad");
    case ExclusionReason::Military: return tr("In military service");
    case ExclusionReason::NotLivingHere: return tr("Not actually living here");
    }
    return {};
}

QString Vocabulary::gender(Gender g)
{
    switch (g) {
    case Gender::Unknown: return {};
    case Gender::Male: return tr("Male");
    case Gender::Female: return tr("Female");
    }
    return {};
}

QString Vocabulary::residence(Residence r)
{
    return r == Residence::Temporary ? tr("Temporary") : tr("Permanent");
}

QString Vocabulary::idCard(IdCardStatus s)
{
    switch (s) {
    case IdCardStatus::None: return tr("No ID card");
    case IdCardStatus::Applied: return tr("ID card applied for");
    case IdCardStatus::Issued: return tr("ID card issued");
    }
    return {};
}

QString Vocabulary::deviceSurvey(DeviceSurvey d)
{
    switch (d) {
    case DeviceSurvey::Unknown: return tr("Unknown");
    case DeviceSurvey::Smartphone: return tr("Smartphone");
    case DeviceSurvey::ComputerOnly: return tr("Computer only");
    case DeviceSurvey::Neither: return tr("Neither");
    }
    return {};
}

QString Vocabulary::role(MemberRole r)
{
    switch (r) {
    case MemberRole::WardPolice: return tr("Ward police");
    case MemberRole::YouthUnion: return tr("Youth union");
    case MemberRole::WomensUnion: return tr("Women's union");
    case MemberRole::Militia: return tr("Militia");
    case MemberRole::CivilDefence: return tr("Civil defence");
    case MemberRole::DigitalTeam: return tr("Community digital team");
    case MemberRole::Other: return tr("Other");
    }
    return {};
}

QString Vocabulary::outcome(VisitOutcome o)
{
    switch (o) {
    case VisitOutcome::Done: return tr("Done");
    case VisitOutcome::NotHome: return tr("Not home");
    case VisitOutcome::Refused: return tr("Refused");
    case VisitOutcome::NoSmartphone: return tr("No smartphone");
    case VisitOutcome::NeedsLevel2AtPolice: return tr("Needs level 2 at the police");
    case VisitOutcome::NeedsIdCard: return tr("Needs an ID card first");
    case VisitOutcome::ComeBack: return tr("Come back on…");
    }
    return {};
}

QString Vocabulary::nextStep(NextStep n)
{
    switch (n) {
    case NextStep::Nothing: return {};
    case NextStep::WaitingApproval: return tr("Waiting for approval");
    case NextStep::ActivateApproved: return tr("Activate the approved account");
    case NextStep::ApplyLevel2: return tr("Apply for level 2 at the police");
    case NextStep::InstallAndRegister: return tr("Install VNeID and register");
    case NextStep::GetIdCardFirst: return tr("Get an ID card first");
    }
    return {};
}

QString Vocabulary::statusCsv(AccountStatus s)
{
    switch (s) {
    case AccountStatus::None: return QStringLiteral("Chưa đăng ký");
    case AccountStatus::Received: return QStringLiteral("Đã thu nhận");
    case AccountStatus::Approved: return QStringLiteral("Đã phê duyệt");
    case AccountStatus::Activated: return QStringLiteral("Đã kích hoạt");
    }
    return {};
}

QString Vocabulary::statusKey(AccountStatus s)
{
    switch (s) {
    case AccountStatus::None: return QStringLiteral("none");
    case AccountStatus::Received: return QStringLiteral("received");
    case AccountStatus::Approved: return QStringLiteral("approved");
    case AccountStatus::Activated: return QStringLiteral("activated");
    }
    return {};
}

QString Vocabulary::exclusionCsv(ExclusionReason r)
{
    switch (r) {
    case ExclusionReason::None: return {};
    case ExclusionReason::Deceased: return QStringLiteral("Đã chết");
    case ExclusionReason::Absent: return QStringLiteral("Vắng mặt dài ngày");
    case ExclusionReason::Imprisoned: return QStringLiteral("Đang chấp hành án");
    case ExclusionReason::Abroad: return QStringLiteral("Đi nước ngoài");
    case ExclusionReason::Military: return QStringLiteral("Đi nghĩa vụ quân sự");
    case ExclusionReason::NotLivingHere: return QStringLiteral("Không thực tế cư trú");
    }
    return {};
}

QString Vocabulary::exclusionKey(ExclusionReason r)
{
    switch (r) {
    case ExclusionReason::None: return {};
    case ExclusionReason::Deceased: return QStringLiteral("deceased");
    case ExclusionReason::Absent: return QStringLiteral("absent");
    case ExclusionReason::Imprisoned: return QStringLiteral("imprisoned");
    case ExclusionReason::Abroad: return QStringLiteral("abroad");
    case ExclusionReason::Military: return QStringLiteral("military");
    case ExclusionReason::NotLivingHere: return QStringLiteral("not_living_here");
    }
    return {};
}

} // namespace sotay
