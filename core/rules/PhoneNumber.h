#pragma once

#include <QCoreApplication>
#include <QString>

namespace sotay {

// Vietnamese phone numbers: mobiles 10 digits 03/05/07/08/09…, landlines 11 digits 02….
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    // "+84 912 345 678", "84912345678", "0912.345.678" → "0912345678".
    static QString normalize(const QString &text);
    // Empty when the normalized number is valid; otherwise what to fix.
    static QString check(const QString &normalized);
    static bool isMobile(const QString &normalized);
    static QString masked(const QString &normalized); // "0912***678"
};

} // namespace sotay
