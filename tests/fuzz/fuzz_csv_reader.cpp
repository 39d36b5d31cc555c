// CsvReader (encoding and separator detection, RFC 4180 records, line numbers) and
// CsvEncoding::detect over any file.
#include "FuzzCheck.h"

#include "csv/CsvEncoding.h"
#include "csv/CsvReader.h"

using namespace sotay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)CsvEncoding::detect(bytes, true);
    (void)CsvEncoding::legacyFont(bytes);

    CsvReader reader;
    if (!reader.open(fuzz::asFile(data, size)))
        return 0;
    fuzz::require(!reader.header().isEmpty(), "an opened file has a header");
    CsvReader::Record record;
    qint64 lastLine = 1;
    int records = 0;
    while (reader.next(record)) {
        fuzz::require(record.line > lastLine, "records start on increasing lines after the header");
        fuzz::require(!record.cells.isEmpty(), "a record has cells");
        for (const QString &c : std::as_const(record.cells))
            fuzz::require(c.trimmed().size() == c.size(), "cells are trimmed");
        lastLine = record.line;
        fuzz::require(++records <= int(size), "no more records than bytes");
    }
    fuzz::require(reader.bytesRead() <= reader.totalBytes(), "never reads past the end");
    return 0;
}
