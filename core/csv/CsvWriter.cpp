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

void CsvWriter::addCell(QByteArrayView utf8)
{
    if (m_inRow)
        m_buffer += ',';
    m_inRow = true;
    if (utf8.isEmpty())
        return;
    const char first = utf8.front();
    const bool formula =
        first == '=' || first == '+' || first == '-' || first == '@' || first == '\'';
    bool quote = false;
    for (const char c : utf8)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        if (formula)
            m_buffer += '\'';
        m_buffer += utf8;
        return;
    }
    m_buffer += '"';
    if (formula)
        m_buffer += '\'';
    for (const char c : utf8) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

void CsvWriter::endRow()
{
    m_buffer += "\r\n";
    m_inRow = false;
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
