#include "rules/Text.h"

#include <QChar>

#include <array>

namespace sotay {

QString Text::clean(const QString &s)
{
    // Already clean - no space at either end, single plain spaces inside - as most cells
    // and names are: no copy, only the NFC check below.
    bool spaced = true, isClean = !s.isEmpty(), ascii = true;
    for (const QChar c : s) {
        const bool space = c.isSpace() || c == QChar(0x00A0) || c == QChar(0xFEFF);
        if (space && (spaced || c != QLatin1Char(' '))) {
            isClean = false;
            break;
        }
        spaced = space;
        ascii = ascii && c.unicode() < 0x80;
    }
    if (isClean && !spaced)
        return ascii ? s : s.normalized(QString::NormalizationForm_C);

    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (const QChar c : s) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0xFEFF)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c;
    }
    if (out.isEmpty())
        return QStringLiteral(""); // never null: a null QString binds as SQL NULL
    // ASCII is already NFC: skip the normalizer for the common case of plain digits.
    for (const QChar c : std::as_const(out))
        if (c.unicode() >= 0x80)
            return out.normalized(QString::NormalizationForm_C);
    return out;
}

QString Text::fold(const QString &s)
{
    const QString d = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (const QChar c : d) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ Đ have no decomposition
            out += QLatin1Char('d');
        else
            out += c.toLower();
    }
    return out;
}

namespace {

// Letter order of the Vietnamese alphabet, foreign letters in their Latin place.
// Index + 'A' is the primary weight.
const char16_t kLetters[] = u"aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

struct Weights
{
    QChar primary;
    char16_t secondary; // tone: '0' none, then huyền, hỏi, ngã, sắc, nặng
    char16_t tertiary;  // '0' lower, '1' upper
};

int letterIndex(char16_t c)
{
    for (int i = 0; kLetters[i]; ++i)
        if (kLetters[i] == c)
            return i;
    return -1;
}

char16_t toneWeight(char16_t mark)
{
    switch (mark) {
    case 0x0300: return u'1'; // huyền
    case 0x0309: return u'2'; // hỏi
    case 0x0303: return u'3'; // ngã
    case 0x0301: return u'4'; // sắc
    case 0x0323: return u'5'; // nặng
    default: return u'6';     // any other accent sorts after the tones
    }
}

// Splits one NFC character into letter-with-shape (ă â ê ô ơ ư đ keep their shape,
// as in the Vietnamese alphabet) and tone.
Weights weighOne(QChar ch)
{
    Weights w{QChar(), u'0', ch.isUpper() ? u'1' : u'0'};
    const QString lower = QString(ch.toLower());
    const QString d = lower.normalized(QString::NormalizationForm_D);
    char16_t base = d.at(0).unicode();
    char16_t shape = 0;
    for (qsizetype i = 1; i < d.size(); ++i) {
        const char16_t m = d.at(i).unicode();
        if (m == 0x0306 || m == 0x0302 || m == 0x031B)
            shape = m; // breve, circumflex, horn: part of the letter
        else if (w.secondary == u'0')
            w.secondary = toneWeight(m);
    }
    char16_t letter = base;
    if (shape) {
        const QString recomposed = (QString(QChar(base)) + QChar(shape))
                                       .normalized(QString::NormalizationForm_C);
        letter = recomposed.size() == 1 ? recomposed.at(0).unicode() : base;
    }
    const int li = letterIndex(letter);
    if (li >= 0)
        w.primary = QChar(char16_t(u'A' + li));
    else if (QChar(letter).isDigit())
        w.primary = QChar(char16_t(u'0' + QChar(letter).digitValue()));
    else if (QChar(letter).isSpace())
        w.primary = QChar(u' ');
    else if (letter < 0x80)
        w.primary = QChar(char16_t(u'!' + (letter % 15))); // punctuation before digits
    else
        w.primary = QChar(char16_t(0x100 + letter));
    return w;
}

// weighOne() of every character below U+2000 (Latin, Latin Extended, the Vietnamese letters
// of Latin Extended Additional), worked out once: names and addresses are keyed by the
// hundred thousand on import, and weighOne() normalizes a string per character.
constexpr char16_t kTabled = 0x2000;
Weights weigh(QChar ch)
{
    static const std::array<Weights, kTabled> table = [] {
        std::array<Weights, kTabled> t;
        for (char16_t c = 0; c < kTabled; ++c)
            t[c] = weighOne(QChar(c));
        return t;
    }();
    return ch.unicode() < kTabled ? table[ch.unicode()] : weighOne(ch);
}

} // namespace

QString Text::collationKey(const QString &s)
{
    const QString nfc = s.normalized(QString::NormalizationForm_C);
    QString primary, secondary, tertiary;
    primary.reserve(nfc.size());
    secondary.reserve(nfc.size());
    tertiary.reserve(nfc.size());
    for (const QChar c : nfc) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const Weights w = weigh(c);
        primary += w.primary;
        secondary += QChar(w.secondary);
        tertiary += QChar(w.tertiary);
    }
    return primary + QChar(0x01) + secondary + QChar(0x01) + tertiary;
}

QString Text::naturalKey(const QString &s)
{
    const QString nfc = Text::clean(s);
    QString out;
    qsizetype i = 0;
    while (i < nfc.size()) {
        if (nfc.at(i).isDigit()) {
            qsizetype j = i;
            while (j < nfc.size() && nfc.at(j).isDigit())
                ++j;
            QString digits = nfc.mid(i, j - i);
            while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
                digits.remove(0, 1);
            // A length prefix makes longer numbers sort after shorter ones.
            out += QChar(char16_t(u'0' + qMin<qsizetype>(digits.size(), 40)));
            out += digits;
            i = j;
        } else {
            // The primary weight of the character alone, as collationKey(nfc.at(i)).at(0).
            const QChar c = nfc.at(i);
            if (c.unicode() < kTabled && c.category() != QChar::Mark_NonSpacing)
                out += weigh(c).primary;
            else
                out += collationKey(c).at(0);
            ++i;
        }
    }
    // Ties in the letters alone (tones, case) fall back to the full collation.
    return out + QChar(0x01) + collationKey(nfc);
}

} // namespace sotay
