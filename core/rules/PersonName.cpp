#include "rules/PersonName.h"

#include "rules/Text.h"

#include <QStringList>

namespace sotay {

PersonName::PersonName(const QString &fullName)
    : m_full(Text::clean(fullName))
{
    const QStringList words = m_full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    m_given = words.last();
    if (words.size() >= 2)
        m_family = words.first();
    if (words.size() >= 3)
        m_middle = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
}

QString PersonName::sortKey() const
{
    const QChar sep(0x02);
    return Text::collationKey(m_given) + sep + Text::collationKey(m_family) + sep +
           Text::collationKey(m_middle);
}

bool PersonName::sameName(const QString &a, const QString &b)
{
    return Text::clean(a).toCaseFolded() == Text::clean(b).toCaseFolded();
}

} // namespace sotay
