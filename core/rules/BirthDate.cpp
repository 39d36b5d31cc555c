#include "rules/BirthDate.h"

#include "rules/DateText.h"

namespace sotay {

BirthDate BirthDate::fromDate(const QDate &date)
{
    BirthDate b;
    if (!date.isValid())
        return b;
    b.m_date = date;
    b.m_year = date.year();
    return b;
}

BirthDate BirthDate::fromYear(int year)
{
    BirthDate b;
    if (year < 1800 || year > 9999)
        return b;
    b.m_year = year;
    b.m_yearOnly = true;
    return b;
}

BirthDate BirthDate::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 4) {
        bool ok = false;
        const int y = t.toInt(&ok);
        return ok ? fromYear(y) : BirthDate();
    }
    return fromDate(DateText::parse(t));
}

BirthDate BirthDate::fromStorage(const QString &text)
{
    if (text.size() == 4)
        return fromYear(text.toInt());
    return fromDate(QDate::fromString(text, Qt::ISODate));
}

QDate BirthDate::effectiveDate() const
{
    return m_yearOnly ? QDate(m_year, 1, 1) : m_date;
}

QDate BirthDate::birthday(int years) const
{
    if (!isValid())
        return {};
    const QDate born = effectiveDate();
    const int y = born.year() + years;
    if (born.month() == 2 && born.day() == 29 && !QDate::isLeapYear(y))
        return QDate(y, 3, 1);
    return QDate(y, born.month(), born.day());
}

bool BirthDate::hasReachedAge(int years, const QDate &onDay) const
{
    return isValid() && birthday(years) <= onDay;
}

int BirthDate::ageOn(const QDate &day) const
{
    if (!isValid())
        return -1;
    int age = day.year() - m_year;
    if (age > 0 && !hasReachedAge(age, day))
        --age;
    return age;
}

QString BirthDate::toStorage() const
{
    if (!isValid())
        return {};
    return m_yearOnly ? QString::number(m_year) : m_date.toString(Qt::ISODate);
}

QString BirthDate::toDisplay() const
{
    if (!isValid())
        return {};
    return m_yearOnly ? QString::number(m_year) : DateText::format(m_date);
}

} // namespace sotay
