#pragma once

#include "model/Enums.h"
#include "rules/BirthDate.h"

#include <QDate>

namespace sotay {

// The rules of reports.md: who counts, in which part of the partition, what they need.
class StatusRules
{
public:
    static constexpr int kEligibleAge = 14;

    static bool isAged14(const BirthDate &birth, const QDate &onDay)
    {
        return birth.hasReachedAge(kEligibleAge, onDay);
    }
    static bool isEligible(const BirthDate &birth, ExclusionReason exclusion, const QDate &onDay)
    {
        return isAged14(birth, onDay) && exclusion == ExclusionReason::None;
    }
    // Everyone born on or before this day is 14 or older on `day` (29 February included):
    // lets SQL select the 14+ with `birth_eff <= cutoff`.
    static QDate cutoff14(const QDate &day) { return day.addYears(-kEligibleAge); }
    static ReportCategory category(AccountStatus level1, AccountStatus level2);
    // hasIdCard: the resident holds an ID card (an ID number, or a card issued).
    static NextStep nextStep(AccountStatus level1, AccountStatus level2, bool hasIdCard);
    // Statuses only move forward, unless the change is an explicit correction.
    static bool isForward(AccountStatus from, AccountStatus to) { return int(to) > int(from); }
};

} // namespace sotay
