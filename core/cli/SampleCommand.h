#pragma once

#include "cli/CliCommand.h"

namespace sotay {

// sample --residents N [--seed S]: a realistic demo ward, made in FILE (created when missing,
// filled when empty).
class SampleCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)
public:
    QString name() const override { return QStringLiteral("sample"); }
    QString usage() const override;
    int run(CliContext &ctx) override;
};

} // namespace sotay
