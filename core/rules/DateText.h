#pragma once

#include <QDate>
#include <QString>

namespace sotay {

// Dates as Vietnamese files and screens write them.
class DateText
{
public:
    // dd/mm/yyyy, d/m/yyyy or ISO yyyy-mm-dd; an invalid QDate when unreadable.
    static QDate parse(const QString &text);
    static QString format(const QDate &date); // dd/MM/yyyy
    // "ngày 26 tháng 11 năm 2026"
    static QString longVietnamese(const QDate &date);
};

} // namespace sotay
