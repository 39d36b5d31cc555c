#include "app/DesktopApp.h"

#include "Translations.h"
#include "storage/Backup.h"
#include "welcome/WelcomeDialog.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

namespace sotay {

int DesktopApp::run(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("sotay06"));
    QApplication::setApplicationName(QStringLiteral("sotay06"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sổ tay 06"));
    QApplication::setApplicationVersion(QStringLiteral(SOTAY06_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sotay06.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QStringLiteral("vi | en"), QStringLiteral("lang")});
    parser.addPositionalArgument(QStringLiteral("ward"), QStringLiteral("ward file to open"));
    parser.process(app);

    QSettings settings;
    const QString lang =
        parser.isSet(QStringLiteral("lang"))
            ? parser.value(QStringLiteral("lang"))
            : settings.value(QStringLiteral("language"), QStringLiteral("vi")).toString();
    Translations::install(lang);
    // A ward file is copied aside before its schema is upgraded.
    Backup::installMigrationHook();

    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList files = parser.positionalArguments();
    const QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    if (!files.isEmpty()) {
        window->openWard(files.first());
    } else if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
        window->openLastWard();
    } else {
        // First start: make the ward (or the demo ward) before the window shows.
        WelcomeDialog welcome;
        if (welcome.exec() == QDialog::Accepted)
            window->openWard(welcome.wardPath());
    }
    window->show();
    return app.exec();
}

} // namespace sotay
