#include "csv/StatusMerge.h"

namespace sotay {

StatusMerge::Action StatusMerge::decide(AccountStatus wanted, const QDate &fileDate,
                                        AccountStatus storedAsOf, AccountStatus current,
                                        const QDate &currentDate)
{
    if (wanted == AccountStatus::Activated && current == AccountStatus::Activated) {
        // Already activated (perhaps after the import's day): the activation and its date stay.
        if (fileDate.isValid() && fileDate != currentDate)
            return Action::OtherDate;
        return Action::Same;
    }
    if (int(wanted) < int(storedAsOf))
        return Action::Lower;
    if (wanted == storedAsOf)
        return Action::Same;
    return Action::Record;
}

} // namespace sotay
