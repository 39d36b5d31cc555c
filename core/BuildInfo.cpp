#include "BuildInfo.h"

#include <sqlite3.h>

namespace sotay {

QString BuildInfo::version()
{
    return QStringLiteral(SOTAY06_VERSION);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace sotay
