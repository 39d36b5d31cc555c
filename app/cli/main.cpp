#include "cli/CliRunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06"));
    QCoreApplication::setApplicationName(QStringLiteral("sotay06"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOTAY06_VERSION));
    return sotay::CliRunner().run(QCoreApplication::arguments().mid(1));
}
