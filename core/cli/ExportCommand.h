#pragma once

#include "cli/CliCommand.h"

namespace sotay {

// export residents OUT.csv
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString usage() const override;
    int run(CliContext &ctx) override;
};

} // namespace sotay
