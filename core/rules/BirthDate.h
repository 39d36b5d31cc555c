#pragma once

#include <QDate>
#include <QString>

namespace sotay {

// A birth date, or only its year: older residents' papers often give just the year.
class BirthDate
{
public:
    BirthDate() = default;
    static BirthDate fromDate(const QDate &date);
    static BirthDate fromYear(int year);
    // dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, or a bare yyyy. Invalid if unreadable.
    static BirthDate parse(const QString &text);
    // The stored form: "yyyy-mm-dd", or "yyyy" for a year only.
    static BirthDate fromStorage(const QString &text);

    bool isValid() const { return m_year > 0; }
    bool yearOnly() const { return m_yearOnly; }
    int year() const { return m_year; }
    // The day used for age: a year-only birth counts as 1 January.
    QDate effectiveDate() const;

    // The day the resident turns `years`; a 29 February birthday turns on 1 March in a
    // year that is not a leap year.
    QDate birthday(int years) const;
    bool hasReachedAge(int years, const QDate &onDay) const;
    int ageOn(const QDate &day) const;

    QString toStorage() const;
    QString toDisplay() const; // dd/MM/yyyy or yyyy

    bool operator==(const BirthDate &o) const = default;

private:
    QDate m_date;
    int m_year = 0;
    bool m_yearOnly = false;
};

} // namespace sotay
