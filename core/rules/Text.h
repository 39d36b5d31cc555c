#pragma once

#include <QString>

namespace sotay {

// Text as the ward file stores it, and the keys it searches and sorts by.
class Text
{
public:
    // Trim, collapse inner runs of white space to one space, Unicode NFC.
    static QString clean(const QString &s);
    // Lower case, without Vietnamese marks, đ → d: "Nguyễn Thị Hường" → "nguyen thi huong".
    static QString fold(const QString &s);
    // Vietnamese (CLDR vi) collation key: compares with plain binary order exactly as
    // QCollator(vi_VN) compares the texts, so SQLite can ORDER BY it and index it.
    static QString collationKey(const QString &s);
    // Natural order: runs of digits compare as numbers ("Số 9" before "Số 27").
    static QString naturalKey(const QString &s);
};

} // namespace sotay
