#include "csv/CsvReader.h"

#include "rules/Text.h"

namespace sotay {

namespace {
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kSample = 256 * 1024;
} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

QString CsvReader::separatorName() const
{
    if (m_separator == QLatin1Char(';'))
        return tr("semicolon (;)");
    if (m_separator == QLatin1Char('\t'))
        return tr("tab");
    return tr("comma (,)");
}

qint64 CsvReader::bytesRead() const
{
    return m_file.isOpen() ? m_file.pos() : 0;
}

qint64 CsvReader::totalBytes() const
{
    return m_file.size();
}

QString CsvReader::cleanCell(const QString &raw)
{
    QString s = Text::clean(raw);
    if (s.size() >= 2 && s.at(0) == QLatin1Char('\'')) {
        const QChar c = s.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\''))
            s.remove(0, 1);
    }
    return s;
}

QChar CsvReader::detectSeparator(QStringView line)
{
    int comma = 0, semi = 0, tab = 0;
    bool quoted = false;
    for (QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semi;
        else if (c == QLatin1Char('\t'))
            ++tab;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
    }
    if (tab > comma && tab >= semi)
        return QLatin1Char('\t');
    if (semi > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Status CsvReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot open the file %1: %2").arg(path, m_file.errorString()));
    const QByteArray sample = m_file.peek(kSample);
    const bool whole = sample.size() >= m_file.size();
    auto kind = CsvEncoding::detect(sample, whole);
    if (!kind)
        return Status::failure(kind.error());
    m_kind = kind.value();
    m_file.seek(CsvEncoding::bomLength(m_kind));
    switch (m_kind) {
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8Bom:
        m_decoder.emplace(QStringConverter::Utf8);
        break;
    case CsvEncoding::Utf16LE:
        m_decoder.emplace(QStringConverter::Utf16LE);
        break;
    case CsvEncoding::Utf16BE:
        m_decoder.emplace(QStringConverter::Utf16BE);
        break;
    case CsvEncoding::Cp1258:
        break;
    }
    // The separator comes from the header line: fill until its end (outside quotes).
    while (!m_eof) {
        bool quoted = false, done = false;
        for (QChar c : std::as_const(m_buf)) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                done = true;
                break;
            }
        }
        if (done || !fill())
            break;
    }
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    // Skip blank lines before the header.
    qsizetype start = 0;
    while (start < m_buf.size() && m_buf.at(start).isSpace())
        ++start;
    m_separator = detectSeparator(QStringView(m_buf).mid(start));
    Record header;
    if (!next(header)) {
        if (!m_error.isEmpty())
            return Status::failure(m_error);
        return Status::failure(tr("The file is empty: it has no header row."));
    }
    m_header = header.cells;
    return Status::success();
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > kChunk) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    // One chunk buffer and one text buffer for the whole file, decoded in place: no
    // allocation (and no fresh pages) per chunk.
    m_chunk.resize(kChunk);
    const qint64 n = m_file.read(m_chunk.data(), kChunk);
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    const QByteArrayView bytes(m_chunk.constData(), n);
    if (m_decoder) {
        const qsizetype old = m_buf.size();
        m_buf.resize(old + m_decoder->requiredSpace(n));
        QChar *end = m_decoder->appendToBuffer(m_buf.data() + old, bytes);
        m_buf.truncate(end - m_buf.constData());
        if (m_decoder->hasError()) {
            m_error =
                tr("The file is not valid %1 text after line %2. Save it again as “CSV UTF-8”.")
                    .arg(encodingName())
                    .arg(m_line);
            m_eof = true;
            return false;
        }
    } else {
        m_buf += CsvEncoding::decodeCp1258(bytes.data(), bytes.size());
    }
    return true;
}

int CsvReader::get()
{
    if (m_pos >= m_buf.size() && !fill())
        return -1;
    return m_buf.at(m_pos++).unicode();
}

int CsvReader::peek()
{
    if (m_pos >= m_buf.size() && !fill())
        return -1;
    return m_buf.at(m_pos).unicode();
}

bool CsvReader::readRaw(QStringList &cells, qint64 &startLine)
{
    cells.clear();
    if (peek() < 0)
        return false;
    startLine = m_line;
    const char16_t sep = m_separator.unicode();
    QString field;
    bool inQuotes = false;
    qint64 quoteLine = 0;
    for (;;) {
        // A run of plain characters (no separator, quote or line break) in one append.
        if (m_pos < m_buf.size()) {
            const QChar *data = m_buf.constData();
            const qsizetype size = m_buf.size();
            qsizetype end = m_pos;
            while (end < size) {
                const char16_t u = data[end].unicode();
                if (u == u'"' || u == u'\n' || u == u'\r' || (u == sep && !inQuotes))
                    break;
                ++end;
            }
            if (end > m_pos) {
                field.append(data + m_pos, end - m_pos);
                m_pos = end;
                continue;
            }
        }
        const int c = get();
        if (c < 0) {
            if (inQuotes) {
                m_error = tr("Line %1: a quote (\") opened here is never closed.").arg(quoteLine);
                return false;
            }
            cells << field;
            return true;
        }
        if (inQuotes) {
            if (c == u'"') {
                if (peek() == u'"') {
                    get();
                    field += QLatin1Char('"');
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n') {
                    ++m_line;
                } else if (c == u'\r') {
                    if (peek() == u'\n')
                        get();
                    ++m_line;
                    field += QLatin1Char('\n');
                    continue;
                }
                field += QChar(char16_t(c));
            }
            continue;
        }
        if (c == sep) {
            cells << field;
            field.clear();
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            quoteLine = m_line;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && peek() == u'\n')
                get();
            ++m_line;
            cells << field;
            return true;
        } else {
            field += QChar(char16_t(c));
        }
    }
}

bool CsvReader::next(Record &record)
{
    QStringList raw;
    qint64 line = 0;
    while (readRaw(raw, line)) {
        bool empty = true;
        record.cells.clear();
        record.cells.reserve(raw.size());
        for (const QString &cell : std::as_const(raw)) {
            record.cells << cleanCell(cell);
            if (!record.cells.constLast().isEmpty())
                empty = false;
        }
        if (empty)
            continue;
        record.line = line;
        return true;
    }
    return false;
}

} // namespace sotay
