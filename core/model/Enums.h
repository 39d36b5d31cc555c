#pragma once

// Stored values: these integers are written to the ward file, so never renumber them.
namespace sotay {

enum class AccountStatus : int { None = 0, Received = 1, Approved = 2, Activated = 3 };

enum class ExclusionReason : int {
    None = 0,
    Deceased = 1,
    Absent = 2,
    Imprisoned = 3,
    Abroad = 4,
    Military = 5,
    NotLivingHere = 6,
};

enum class Gender : int { Unknown = 0, Male = 1, Female = 2 };

enum class Residence : int { Permanent = 0, Temporary = 1 };

enum class IdCardStatus : int { None = 0, Applied = 1, Issued = 2 };

// Household survey of devices; residents carry a plain yes/no/unknown.
enum class DeviceSurvey : int { Unknown = 0, Smartphone = 1, ComputerOnly = 2, Neither = 3 };
enum class Smartphone : int { Unknown = 0, Yes = 1, No = 2 };

enum class MemberRole : int {
    WardPolice = 0,
    YouthUnion = 1,
    WomensUnion = 2,
    Militia = 3,
    CivilDefence = 4,
    DigitalTeam = 5,
    Other = 6,
};

enum class VisitOutcome : int {
    Done = 0,
    NotHome = 1,
    Refused = 2,
    NoSmartphone = 3,
    NeedsLevel2AtPolice = 4,
    NeedsIdCard = 5,
    ComeBack = 6,
};

// What a resident needs next (reports.md, the checklist).
enum class NextStep : int {
    Nothing = 0,          // level 2 activated, or excluded / under 14
    WaitingApproval = 1,  // received, nothing approved or activated
    ActivateApproved = 2, // approved at some level, not activated there
    ApplyLevel2 = 3,      // level 1 activated, level 2 nothing yet
    InstallAndRegister = 4,
    GetIdCardFirst = 5,
};

// The partition of reports.md.
enum class ReportCategory : int {
    ActivatedLevel2 = 0,
    ActivatedLevel1 = 1,
    ApprovedNotActivated = 2,
    ReceivedWaiting = 3,
    NotRegistered = 4,
};

} // namespace sotay
