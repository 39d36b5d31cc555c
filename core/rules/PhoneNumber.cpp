#include "rules/PhoneNumber.h"

namespace sotay {

QString PhoneNumber::normalize(const QString &text)
{
    QString digits;
    bool plus = false;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += QChar(char16_t(u'0' + c.digitValue()));
        else if (c == QLatin1Char('+') && digits.isEmpty())
            plus = true;
        else if (c.isLetter())
            return text.trimmed(); // not a number at all: leave it for check() to refuse
    }
    if (digits.startsWith(QLatin1String("84")) && (plus || digits.size() >= 11))
        digits = QLatin1Char('0') + digits.mid(2);
    else if (!digits.isEmpty() && !digits.startsWith(QLatin1Char('0')) && digits.size() == 9)
        digits.prepend(QLatin1Char('0')); // Excel drops the leading zero of a number cell
    return digits;
}

bool PhoneNumber::isMobile(const QString &n)
{
    if (n.size() != 10 || n.at(0) != QLatin1Char('0'))
        return false;
    const QChar p = n.at(1);
    return p == QLatin1Char('3') || p == QLatin1Char('5') || p == QLatin1Char('7') ||
           p == QLatin1Char('8') || p == QLatin1Char('9');
}

QString PhoneNumber::check(const QString &n)
{
    const bool digitsOnly = !n.isEmpty() && std::all_of(n.begin(), n.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!digitsOnly)
        return tr("“%1” is not a phone number: use digits only, e.g. 0912345678").arg(n);
    if (isMobile(n))
        return {};
    if (n.size() == 11 && n.startsWith(QLatin1String("02")))
        return {};
    return tr("“%1” is not a Vietnamese phone number: a mobile has 10 digits starting with "
              "03, 05, 07, 08 or 09; a landline has 11 digits starting with 02")
        .arg(n);
}

QString PhoneNumber::masked(const QString &n)
{
    if (n.size() < 7)
        return n;
    return n.left(4) + QString(n.size() - 7, QLatin1Char('*')) + n.right(3);
}

} // namespace sotay
