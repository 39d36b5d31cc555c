#include "Clock.h"

#include <QProcessEnvironment>

namespace sotay {

namespace {
QDate &fixedToday()
{
    static QDate date = [] {
        const QString env = qEnvironmentVariable("SOTAY06_TODAY");
        return env.isEmpty() ? QDate() : QDate::fromString(env, Qt::ISODate);
    }();
    return date;
}
} // namespace

QDate Clock::today()
{
    const QDate fixed = fixedToday();
    return fixed.isValid() ? fixed : QDate::currentDate();
}

QDateTime Clock::now()
{
    const QDate fixed = fixedToday();
    if (fixed.isValid())
        return QDateTime(fixed, QTime::currentTime());
    return QDateTime::currentDateTime();
}

void Clock::setFixedToday(const QDate &date)
{
    fixedToday() = date;
}

} // namespace sotay
