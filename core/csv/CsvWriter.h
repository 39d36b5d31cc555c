#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

class QIODevice;

namespace sotay {

// Writes interchange.md CSV: UTF-8 with BOM, ',' separator, CRLF, RFC 4180 quoting, and a
// leading ' before cells a spreadsheet would run as a formula (= + - @ ').
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);
    void writeBom();
    void writeRow(const QStringList &cells);
    // The same row cell by cell, from UTF-8 bytes (bulk export: no QString per cell).
    void addCell(QByteArrayView utf8);
    void endRow();
    bool flush(); // false when the device refused the bytes
    static QString escapeFormula(const QString &cell);
    static QByteArray formatRow(const QStringList &cells); // with the CRLF

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_failed = false;
    bool m_inRow = false;
};

} // namespace sotay
