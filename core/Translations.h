#pragma once

#include <QString>

namespace sotay {

// Loads the program's translation: "vi" (the default) or "en" (the source strings).
class Translations
{
public:
    static bool install(const QString &language);
    static QString current();
};

} // namespace sotay
