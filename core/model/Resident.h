#pragma once

#include "model/Enums.h"
#include "rules/BirthDate.h"

#include <QDate>
#include <QString>

namespace sotay {

struct Resident
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString fullName; // NFC, as given; family/middle/given derive from it (PersonName)
    BirthDate birth;
    Gender gender = Gender::Unknown;
    QString idNumber; // empty when none
    QString phone;    // normalized, empty when none
    QString relation;
    Residence residence = Residence::Permanent;
    IdCardStatus idCard = IdCardStatus::None;
    Smartphone smartphone = Smartphone::Unknown;
    QDate knownSince;

    // Current state (latest events).
    AccountStatus level1 = AccountStatus::None;
    QDate level1Date;
    AccountStatus level2 = AccountStatus::None;
    QDate level2Date;
    ExclusionReason exclusion = ExclusionReason::None;
    QDate excludedOn;
};

} // namespace sotay
