#pragma once

#include "cli/CliCommand.h"

namespace sotay {

struct ImportSummary;

// import residents|statuses|targets FILE.csv [--dry-run] [--valid-only] [--as-of YYYY-MM-DD]
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString usage() const override;
    int run(CliContext &ctx) override;
    // The summary of cli.md, as the command prints it.
    static void print(const ImportSummary &s, bool dryRun, bool validOnly, QTextStream &out);
};

} // namespace sotay
