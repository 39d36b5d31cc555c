#pragma once

#include <QDate>
#include <QDateTime>

namespace sotay {

// The one place core asks for "today": reports, age and "no date after today" rules depend
// on it, so tests pin it (and SOTAY06_TODAY=yyyy-mm-dd pins it for whole-program tests).
class Clock
{
public:
    static QDate today();
    static QDateTime now();
    static void setFixedToday(const QDate &date); // invalid date = real clock
};

} // namespace sotay
