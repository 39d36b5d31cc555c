#pragma once

#include "model/Enums.h"

#include <QDate>

namespace sotay {

// What an imported status does to a stored one (interchange.md): a status never moves
// backwards, an activation is never lost, and a stored activation date stays.
class StatusMerge
{
public:
    enum class Action {
        Record,    // a higher status: record the event
        Same,      // nothing to do
        Lower,     // the file is behind the ward: keep, warn
        OtherDate, // both activated, the file gives another date: keep the stored one, warn
    };
    // wanted: the file's status, fileDate its activation/event date when the file gives one;
    // storedAsOf: the stored status as of the import's day; current/currentDate: the stored
    // status now (the cache) and the day it was reached.
    static Action decide(AccountStatus wanted, const QDate &fileDate, AccountStatus storedAsOf,
                         AccountStatus current, const QDate &currentDate);
};

} // namespace sotay
