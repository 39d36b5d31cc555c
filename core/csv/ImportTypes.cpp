#include "csv/ImportTypes.h"

#include "cli/CliCommand.h"

namespace sotay {

QString RejectedRow::text() const
{
    QString out = QString::number(line) + QLatin1Char(':');
    for (qsizetype i = 0; i < problems.size(); ++i) {
        if (i)
            out += QStringLiteral("; ");
        out += problems.at(i).column + QStringLiteral(": ") + problems.at(i).message;
    }
    return out;
}

int ImportSummary::exitCode(bool validOnly) const
{
    if (!databaseError.isEmpty())
        return ExitDatabase;
    if (!refusal.isEmpty() || cancelled)
        return ExitRefused;
    if (rejectedCount > 0 && !validOnly)
        return ExitRefused;
    return ExitOk;
}

} // namespace sotay
