#pragma once

#include <QString>

namespace sotay {

// An address split the way a team walks it: "Số 27 ngõ 85 phố Trần Phú" →
// house "27", lane "ngõ 85", street "phố Trần Phú".
class Address
{
public:
    static Address parse(const QString &text);

    QString houseNumber;
    QString lane;
    QString street;

    // Street, then lane, then house number, each in natural order.
    QString walkKey() const;
};

} // namespace sotay
