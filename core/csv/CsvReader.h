#pragma once

#include "Result.h"
#include "csv/CsvEncoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace sotay {

// Streams an interchange.md CSV file record by record in constant memory: detects the
// encoding and the separator, follows RFC 4180 (quoted separators, "" and line breaks
// inside quotes, CRLF or LF, optional final line end), skips empty and separator-only
// lines, and tracks the line each record starts on (the header is line 1).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Record
    {
        QStringList cells; // cleaned (Text::clean, formula quote dropped)
        qint64 line = 0;
    };

    CsvReader();
    ~CsvReader();

    // Opens the file and reads the header; fails with a message for the user.
    Status open(const QString &path);
    // The next non-empty record; false at the end or on an error (see error()).
    bool next(Record &record);
    QString error() const { return m_error; }

    QStringList header() const { return m_header; }
    CsvEncoding::Kind encoding() const { return m_kind; }
    QString encodingName() const { return CsvEncoding::name(m_kind); }
    QChar separator() const { return m_separator; }
    QString separatorName() const;
    qint64 bytesRead() const;
    qint64 totalBytes() const;

    // Text::clean, then drops one leading ' standing before = + - @ '.
    static QString cleanCell(const QString &raw);
    // Counts , ; TAB outside quotes in the header line and picks the most frequent.
    static QChar detectSeparator(QStringView headerLine);

private:
    bool fill();
    int get();
    int peek();
    bool readRaw(QStringList &cells, qint64 &startLine);

    QFile m_file;
    CsvEncoding::Kind m_kind = CsvEncoding::Utf8;
    std::optional<QStringDecoder> m_decoder;
    QByteArray m_chunk;
    QString m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    QChar m_separator = QLatin1Char(',');
    QStringList m_header;
    QString m_error;
};

} // namespace sotay
