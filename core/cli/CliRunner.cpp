#include "cli/CliRunner.h"
#include "storage/Backup.h"

#include "Translations.h"
#include "cli/ChecklistCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InitCommand.h"
#include "cli/ReportCommand.h"
#include "cli/SampleCommand.h"

#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace sotay {

CliRunner::CliRunner()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<SampleCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ChecklistCommand>());
}

CliRunner::~CliRunner() = default;

QString CliRunner::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("phuong.sotay06"));
}

QString CliRunner::usage() const
{
    QString text =
        tr("Usage: sotay06-cli [--db FILE] [--lang vi|en] COMMAND …") + QLatin1Char('\n');
    for (const auto &c : m_commands)
        text += QStringLiteral("  ") + c->usage() + QLatin1Char('\n');
    return text;
}

int CliRunner::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Backup::installMigrationHook(); // a ward file is copied aside before its schema is upgraded
    QString dbPath;
    QString lang = QStringLiteral("vi");
    QStringList rest;
    bool help = false;
    // Global options may stand before the command; the command parses the rest.
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == QLatin1String("--db") || a == QLatin1String("--lang")) &&
            i + 1 < arguments.size()) {
            (a == QLatin1String("--db") ? dbPath : lang) = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            lang = a.mid(7);
        } else if (a == QLatin1String("--version") || a == QLatin1String("-V")) {
            out << "sotay06-cli " << SOTAY06_VERSION << Qt::endl;
            return ExitOk;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else {
            break;
        }
    }
    rest = arguments.mid(i);
    // --lang may also follow the command.
    for (qsizetype j = 0; j + 1 < rest.size(); ++j) {
        if (rest.at(j) == QLatin1String("--lang")) {
            lang = rest.at(j + 1);
            rest.remove(j, 2);
            break;
        }
    }
    Translations::install(lang);
    if (help || rest.isEmpty()) {
        (help ? out : err) << usage();
        return help ? ExitOk : ExitUsage;
    }
    if (dbPath.isEmpty())
        dbPath = defaultDatabasePath();
    const QString name = rest.takeFirst();
    for (const auto &c : m_commands) {
        if (c->name() == name) {
            CliContext ctx{dbPath, rest, out, err};
            return c->run(ctx);
        }
    }
    err << tr("Unknown command “%1”.").arg(name) << QLatin1Char('\n') << usage();
    return ExitUsage;
}

} // namespace sotay
