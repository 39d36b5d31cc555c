#include "rules/DateText.h"

#include <QRegularExpression>

namespace sotay {

QDate DateText::parse(const QString &text)
{
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    const QString t = text.trimmed();
    // The form almost every file uses, dd/mm/yyyy in ASCII digits, without the regexes
    // (an import reads up to three dates a row).
    if (t.size() == 10 && t.at(2) == QLatin1Char('/') && t.at(5) == QLatin1Char('/')) {
        int v[8], k = 0;
        for (qsizetype i : {0, 1, 3, 4, 6, 7, 8, 9}) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9')
                break;
            v[k++] = c - u'0';
        }
        if (k == 8)
            return QDate(v[4] * 1000 + v[5] * 100 + v[6] * 10 + v[7], v[2] * 10 + v[3],
                         v[0] * 10 + v[1]);
    }
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dmy.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

QString DateText::format(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString DateText::longVietnamese(const QDate &date)
{
    // Nghị định 30/2020: days and months below 10 (and month below 3) take a leading zero.
    const QString day = date.day() < 10 ? QStringLiteral("0%1").arg(date.day())
                                        : QString::number(date.day());
    const QString month = date.month() < 3 ? QStringLiteral("0%1").arg(date.month())
                                           : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(date.year());
}

} // namespace sotay
