#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sotay {

class Database;

// Exit status of cli.md.
enum ExitCode : int { ExitOk = 0, ExitRefused = 1, ExitUsage = 2, ExitDatabase = 3 };

struct CliContext
{
    QString dbPath;
    QStringList args; // after the command word
    QTextStream &out;
    QTextStream &err;
};

// One console command (cli.md). To add one: subclass, and list it in CliRunner.cpp.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;  // the first word: "import", "report", …
    virtual QString usage() const = 0; // one or more lines for --help
    virtual int run(CliContext &ctx) = 0;

protected:
    // Opens the ward file for the command; prints the reason and returns null on failure.
    static std::unique_ptr<Database> openWard(CliContext &ctx, bool readOnly = false);
    // Splits "--key value" options and flags from positional arguments.
    struct Parsed
    {
        QStringList positional;
        QHash<QString, QString> options;
        QStringList flags;
        QString error;
    };
    static Parsed parse(const QStringList &args, const QStringList &valueOptions,
                        const QStringList &flagOptions);
    // Prints the message and this command's usage line; returns ExitUsage.
    int usageError(CliContext &ctx, const QString &message) const;
    // Records a written document in disclosure_log (the personal-data record); ExitOk or, when
    // it cannot be recorded, prints why and returns ExitDatabase.
    static int recordDisclosure(CliContext &ctx, Database &db, const QString &kind,
                                const QString &scope, const QString &file);
};

} // namespace sotay
