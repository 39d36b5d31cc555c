#include "csv/CsvWriter.h"

#include <QIODevice>

namespace sotay {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(1 << 20);
}

void CsvWriter::writeBom()
{
    m_buffer.append("\xEF\xBB\xBF");
}

QString CsvWriter::escapeFormula(const QString &cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.at(0);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\''))
            return QLatin1Char('\'') + cell;
    }
    return cell;
}

QByteArray CsvWriter::formatRow(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        const QByteArray utf8 = escapeFormula(cells.at(i)).toUtf8();
        const bool quote =
            utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
        if (quote) {
            line += '"';
            line += QByteArray(utf8).replace('"', "\"\"");
            line += '"';
        } else {
            line += utf8;
        }
    }
    line += "\r\n";
    return line;
}

void CsvWriter::writeRow(const QStringList &cells)
{
    m_buffer += formatRow(cells);
    if (m_buffer.size() > (1 << 20))
        flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        if (m_device->write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
    return !m_failed;
}

} // namespace sotay
