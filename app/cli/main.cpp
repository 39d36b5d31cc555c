#include "cli/CliRunner.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Printed documents (PDF) need fonts, hence a QGuiApplication; a console program never
    // shows a window, so it needs no display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06"));
    QCoreApplication::setApplicationName(QStringLiteral("sotay06"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOTAY06_VERSION));
    return sotay::CliRunner().run(QCoreApplication::arguments().mid(1));
}
