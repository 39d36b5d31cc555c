#pragma once

#include "cli/CliCommand.h"

namespace sotay {

// checklist --group NAME [--team NAME] --pdf OUT.pdf: the door-to-door checklist of a
// residential group (or of one team's share of it) as of today (reports.md).
class ChecklistCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistCommand)
public:
    QString name() const override { return QStringLiteral("checklist"); }
    QString usage() const override;
    int run(CliContext &ctx) override;
};

} // namespace sotay
