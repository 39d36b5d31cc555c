#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sotay {

// The encodings interchange.md accepts, found from the first bytes of a file.
// Legacy font encodings (TCVN3/ABC, VNI) and non-text files are refused with a message
// that says what to do.
class CsvEncoding
{
    Q_DECLARE_TR_FUNCTIONS(CsvEncoding)
public:
    enum Kind { Utf8, Utf8Bom, Utf16LE, Utf16BE, Cp1258 };

    // sample: the first bytes of the file (the whole file when small); atEnd: sample is
    // the whole file.
    static Result<Kind> detect(const QByteArray &sample, bool atEnd);
    static QString name(Kind k);  // "UTF-8 (BOM)", "Windows-1258", …
    static int bomLength(Kind k); // bytes to skip
    // Windows-1258, byte by byte (combining tone marks stay separate: NFC later).
    static QString decodeCp1258(const char *data, qsizetype size);

    // Scores used by detect(), public for tests.
    static bool isValidUtf8(const QByteArray &bytes, bool atEnd);
    enum class Legacy { None, Tcvn3, Vni };
    static Legacy legacyFont(const QByteArray &bytes);
};

} // namespace sotay
