#include "rules/IdNumber.h"

#include <QSet>

namespace sotay {

bool IdNumber::isProvinceCode(const QString &code)
{
    static const QSet<int> codes = {1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20,
                                    22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38,
                                    40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60,
                                    62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82,
                                    83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};
    bool ok = false;
    const int n = code.toInt(&ok);
    return code.size() == 3 && ok && codes.contains(n);
}

QString IdNumber::check(const QString &id, int birthYear, Gender gender)
{
    if (id.size() != 12 || !std::all_of(id.begin(), id.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return tr("the ID number must have exactly 12 digits (it has %1 characters)")
            .arg(id.size());
    if (!isProvinceCode(id.left(3)))
        return tr("the ID number starts with %1, which is not a province code").arg(id.left(3));
    const int centuryGender = id.at(3).digitValue();
    if (centuryGender > 5)
        return tr("the 4th digit of the ID number (%1) must be 0–5 (century and gender)")
            .arg(centuryGender);
    if (birthYear > 0) {
        const int century = 1900 + 100 * (centuryGender / 2);
        const int year = century + id.mid(4, 2).toInt();
        if (birthYear / 100 * 100 != century)
            return tr("the 4th digit of the ID number (%1) does not fit the birth year %2")
                .arg(centuryGender)
                .arg(birthYear);
        if (year != birthYear)
            return tr("digits 5–6 of the ID number (%1) do not match the birth year %2")
                .arg(id.mid(4, 2))
                .arg(birthYear);
    }
    if (gender != Gender::Unknown) {
        const bool female = centuryGender % 2 == 1;
        if (female != (gender == Gender::Female))
            return tr("the 4th digit of the ID number (%1) says %2, but the gender given is %3")
                .arg(centuryGender)
                .arg(female ? tr("female") : tr("male"), gender == Gender::Female ? tr("female") : tr("male"));
    }
    return {};
}

QString IdNumber::masked(const QString &id)
{
    if (id.size() <= 4)
        return id;
    return QString(id.size() - 4, QLatin1Char('*')) + id.right(4);
}

} // namespace sotay
