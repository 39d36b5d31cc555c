#pragma once

#include <QString>

namespace sotay {

// What this build is made of, for Help → About, `--version` and bug reports. The program's
// version is the CMake project version (SOTAY06_VERSION, set once in the top CMakeLists.txt).
class BuildInfo
{
public:
    static QString version();
    // The versions actually loaded at run time (the .deb takes them from Debian).
    static QString qtVersion();
    static QString sqliteVersion();
};

} // namespace sotay
