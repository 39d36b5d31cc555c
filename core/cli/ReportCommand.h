#pragma once

#include "cli/CliCommand.h"

namespace sotay {

// report weekly --date YYYY-MM-DD (--csv OUT.csv | --pdf OUT.pdf): the weekly report of a
// Thursday (reports.md), as the kind 4 CSV or the printed document.
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString usage() const override;
    int run(CliContext &ctx) override;
};

} // namespace sotay
