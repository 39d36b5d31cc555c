#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace sotay {

// One column of an interchange kind: its Vietnamese name and its ASCII key.
struct CsvColumn
{
    QString key;
    QString name;
    bool required = false;
};

// Which cell holds which column: header cells match a column's name after trim, case
// folding and removing diacritics, or its ASCII key.
class CsvHeader
{
    Q_DECLARE_TR_FUNCTIONS(CsvHeader)
public:
    // Fails when a required column is missing; unknown columns become warnings.
    static Result<CsvHeader> map(const QStringList &header, const QVector<CsvColumn> &columns);

    int index(const QString &key) const { return m_index.value(key, -1); }
    bool has(const QString &key) const { return m_index.contains(key); }
    QString spelled(const QString &key) const; // the header text of the column
    int width() const { return m_header.size(); }
    QStringList warnings() const { return m_warnings; }
    static bool matches(const QString &headerCell, const CsvColumn &column);

private:
    QStringList m_header;
    QHash<QString, int> m_index;
    QStringList m_warnings;
};

} // namespace sotay
