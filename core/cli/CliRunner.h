#pragma once

#include "cli/CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace sotay {

// sotay06-cli: global options (--db, --lang, --version, --help), then one command.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
public:
    CliRunner();
    ~CliRunner();
    int run(const QStringList &arguments); // arguments without the program name
    // The ward file the desktop program uses when --db is not given.
    static QString defaultDatabasePath();

private:
    QString usage() const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace sotay
