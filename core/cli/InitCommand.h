#pragma once

#include "cli/CliCommand.h"

namespace sotay {

// init --ward NAME [--unit UNIT] [--province PROVINCE]: creates a new, empty ward file.
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString usage() const override;
    int run(CliContext &ctx) override;
};

} // namespace sotay
