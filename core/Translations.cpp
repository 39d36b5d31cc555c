#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace sotay {

namespace {
QString &currentLanguage()
{
    static QString lang = QStringLiteral("en");
    return lang;
}
} // namespace

bool Translations::install(const QString &language)
{
    static QTranslator *translator = nullptr;
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    currentLanguage() = QStringLiteral("en");
    if (language.startsWith(QLatin1String("en")))
        return true;
    // The .qm is embedded in each program under :/i18n (see translations/CMakeLists.txt).
    auto *t = new QTranslator(QCoreApplication::instance());
    if (!t->load(QStringLiteral(":/i18n/sotay06_vi.qm"))) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    translator = t;
    currentLanguage() = QStringLiteral("vi");
    return true;
}

QString Translations::current()
{
    return currentLanguage();
}

} // namespace sotay
