#include "app/DesktopApp.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return sotay::DesktopApp::run(app);
}
