#pragma once

class QApplication;

namespace sotay {

// Starts the desktop program: names, translation, the ward to open, the main window.
class DesktopApp
{
public:
    static int run(QApplication &app);
};

} // namespace sotay
