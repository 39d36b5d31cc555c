#pragma once

#include <QDialog>

namespace sotay {

// Help → About: the program's version (SOTAY06_VERSION, the CMake project version), its
// licence and the libraries and fonts it uses with theirs.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionText();
};

} // namespace sotay
