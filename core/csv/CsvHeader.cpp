#include "csv/CsvHeader.h"

#include "rules/Text.h"

namespace sotay {

bool CsvHeader::matches(const QString &cell, const CsvColumn &column)
{
    const QString f = Text::fold(Text::clean(cell));
    return f == Text::fold(column.name) || f == column.key;
}

Result<CsvHeader> CsvHeader::map(const QStringList &header, const QVector<CsvColumn> &columns)
{
    CsvHeader h;
    h.m_header = header;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).isEmpty())
            continue;
        bool known = false;
        for (const CsvColumn &c : columns) {
            if (!matches(header.at(i), c))
                continue;
            known = true;
            if (h.m_index.contains(c.key))
                h.m_warnings
                    << tr("The column “%1” appears twice; the second one (column %2) is ignored.")
                           .arg(header.at(i))
                           .arg(i + 1);
            else
                h.m_index.insert(c.key, i);
        }
        if (!known)
            h.m_warnings << tr("Unknown column “%1” is ignored.").arg(header.at(i));
    }
    QStringList missing;
    for (const CsvColumn &c : columns)
        if (c.required && !h.m_index.contains(c.key))
            missing << QStringLiteral("“%1”").arg(c.name);
    if (!missing.isEmpty())
        return Result<CsvHeader>::failure(
            tr("The file lacks the required column(s) %1. The header row (line 1) must name them.")
                .arg(missing.join(QStringLiteral(", "))));
    return h;
}

QString CsvHeader::spelled(const QString &key) const
{
    const int i = index(key);
    return i >= 0 ? m_header.at(i) : QString();
}

} // namespace sotay
