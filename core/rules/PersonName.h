#pragma once

#include <QString>

namespace sotay {

// A Vietnamese full name as given, and the parts a list sorts by:
// "Nguyễn Thị Minh Khai" → family "Nguyễn", middle "Thị Minh", given "Khai".
class PersonName
{
public:
    explicit PersonName(const QString &fullName);

    QString full() const { return m_full; }
    QString family() const { return m_family; }
    QString middle() const { return m_middle; }
    QString given() const { return m_given; }

    // Sorts as Vietnamese lists do: given name, then family name, then middle names.
    QString sortKey() const;
    // Names compared for identity on import: same letters, spacing and Unicode form aside.
    static bool sameName(const QString &a, const QString &b);

private:
    QString m_full, m_family, m_middle, m_given;
};

} // namespace sotay
