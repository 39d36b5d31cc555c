#include "csv/CsvEncoding.h"

namespace sotay {

namespace {

// Windows-1258, 0x80–0xFF (checked against Python's codecs 'cp1258'); 0xFFFD = unassigned.
// 0xCC 0xD2 0xDE 0xEC 0xF2 are the combining tone marks grave, hook, tilde, acute, dot below.
const char16_t kCp1258[128] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0xFFFD, 0x2039,
    0x0152, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0xFFFD, 0x203A, 0x0153, 0xFFFD, 0xFFFD, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF, 0x0110, 0x00D1, 0x0309, 0x00D3,
    0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x0301, 0x00ED, 0x00EE, 0x00EF, 0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF};

bool isVietnameseLetter(QChar c)
{
    // A letter of the Vietnamese alphabet, with or without a tone (NFC).
    static const QString base = QStringLiteral("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY");
    if (c == QChar(0x0111) || c == QChar(0x0110))
        return true;
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    if (d.size() < 2)
        return false;
    // Re-compose the shape marks (ă â ê ô ơ ư) and check what is left is one tone.
    QString shape;
    QChar tone;
    for (QChar m : d.mid(1)) {
        const char16_t u = m.unicode();
        if (u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323) {
            if (!tone.isNull())
                return false;
            tone = m;
        } else {
            shape += m;
        }
    }
    const QString letter = (d.left(1) + shape).normalized(QString::NormalizationForm_C);
    return letter.size() == 1 && base.contains(letter);
}

} // namespace

QString CsvEncoding::decodeCp1258(const char *data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char b = static_cast<unsigned char>(data[i]);
        o[i] = QChar(b < 0x80 ? char16_t(b) : kCp1258[b - 0x80]);
    }
    return out;
}

bool CsvEncoding::isValidUtf8(const QByteArray &bytes, bool atEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        int extra = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
            extra = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            extra = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= n) { // a sequence cut by the end of the sample
            for (qsizetype k = i + 1; k < n; ++k)
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            return !atEnd;
        }
        for (int k = 1; k <= extra; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += extra + 1;
    }
    return true;
}

CsvEncoding::Legacy CsvEncoding::legacyFont(const QByteArray &bytes)
{
    // Decode as Windows-1258 and look for what Vietnamese text never holds: Latin letters
    // outside the Vietnamese alphabet (ø ï û ñ ö …), symbols (µ ¸ ¶ …), or tone marks on
    // consonants. TCVN3 puts its letters in 0xA1–0xFE alone; VNI writes a plain vowel
    // followed by a mark byte.
    const QString text =
        decodeCp1258(bytes.constData(), bytes.size()).normalized(QString::NormalizationForm_C);
    int foreign = 0, high = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        ++high;
        if (u == 0x00A0 || (u >= 0x2010 && u <= 0x203A) || u == 0x20AB || u == 0x20AC)
            continue; // spaces, quotes, dashes, currency: harmless punctuation
        if (!isVietnameseLetter(c))
            ++foreign;
    }
    if (foreign == 0 || foreign * 20 < high)
        return Legacy::None;
    int tcvn = 0, vni = 0;
    static const QByteArray vniMarks = QByteArray::fromHex(
        "f8f9fbf5efe2eae1e0e5e4e3e9e8fafcebf6f4d8d9dbd5cfc2cac1c0c5c4c3c9c8dadccbd6d4");
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char b = static_cast<unsigned char>(bytes.at(i));
        if (b >= 0xA1 && b <= 0xBF)
            ++tcvn;
        if (b == 0xF1 || b == 0xD1)
            ++vni;
        if (i > 0 && vniMarks.contains(char(b)) &&
            QByteArray("aeiouyAEIOUY").contains(bytes.at(i - 1)))
            ++vni;
    }
    return vni > tcvn ? Legacy::Vni : Legacy::Tcvn3;
}

Result<CsvEncoding::Kind> CsvEncoding::detect(const QByteArray &s, bool atEnd)
{
    using R = Result<Kind>;
    const QString saveAs =
        tr("Open it in Excel or LibreOffice and save it again as “CSV UTF-8 "
           "(Comma delimited)” (LibreOffice: Text CSV, character set Unicode (UTF-8)).");
    if (s.isEmpty())
        return R::failure(tr("The file is empty."));
    if (s.startsWith("PK\x03\x04"))
        return R::failure(tr("This is an Excel workbook (.xlsx), not a CSV file. %1").arg(saveAs));
    if (s.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")))
        return R::failure(
            tr("This is an old Excel workbook (.xls), not a CSV file. %1").arg(saveAs));
    if (s.startsWith("\xEF\xBB\xBF"))
        return Utf8Bom;
    if (s.startsWith("\xFF\xFE"))
        return Utf16LE;
    if (s.startsWith("\xFE\xFF"))
        return Utf16BE;
    // Control bytes other than TAB, CR, LF (NUL above all) mean this is not text.
    int controls = 0;
    for (char c : s) {
        const unsigned char b = static_cast<unsigned char>(c);
        if (b == 0 || (b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != 0x0C))
            ++controls;
    }
    if (controls > 0)
        return R::failure(tr("The file is not a text (CSV) file. %1").arg(saveAs));
    if (isValidUtf8(s, atEnd))
        return Utf8;
    switch (legacyFont(s)) {
    case Legacy::Tcvn3:
        return R::failure(tr("The file is written in the TCVN3 (ABC, .VnTime) font encoding, which "
                             "would import as garbled text. Convert it to Unicode first (e.g. with "
                             "Unikey's converter, TCVN3 → Unicode), then %1")
                              .arg(saveAs));
    case Legacy::Vni:
        return R::failure(tr("The file is written in the VNI font encoding, which would import as "
                             "garbled text. Convert it to Unicode first (e.g. with Unikey's "
                             "converter, VNI Windows → Unicode), then %1")
                              .arg(saveAs));
    case Legacy::None:
        break;
    }
    return Cp1258;
}

QString CsvEncoding::name(Kind k)
{
    switch (k) {
    case Utf8:
        return QStringLiteral("UTF-8");
    case Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Cp1258:
        return QStringLiteral("Windows-1258");
    }
    return {};
}

int CsvEncoding::bomLength(Kind k)
{
    switch (k) {
    case Utf8Bom:
        return 3;
    case Utf16LE:
    case Utf16BE:
        return 2;
    default:
        return 0;
    }
}

} // namespace sotay
