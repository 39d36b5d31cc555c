#pragma once

#include "model/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace sotay {

// The 12-digit personal ID (Thông tư 07/2016/TT-BCA).
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)
public:
    static bool isProvinceCode(const QString &threeDigits);
    // Empty when valid; otherwise what is wrong, for a ward officer. birthYear 0 and
    // Gender::Unknown skip the checks they feed.
    static QString check(const QString &id, int birthYear, Gender gender);
    // Only the last 4 digits shown: "********1234".
    static QString masked(const QString &id);
};

} // namespace sotay
