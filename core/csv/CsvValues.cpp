#include "csv/CsvValues.h"

#include "model/Vocabulary.h"
#include "rules/Text.h"

namespace sotay {

namespace {
QString key(const QString &cell)
{
    return Text::fold(Text::clean(cell));
}
} // namespace

std::optional<AccountStatus> CsvValues::status(const QString &cell)
{
    // The exporter's own words first: most files are exports.
    for (AccountStatus s : {AccountStatus::None, AccountStatus::Received, AccountStatus::Approved,
                            AccountStatus::Activated})
        if (cell == Vocabulary::statusCsv(s))
            return s;
    const QString k = key(cell);
    for (AccountStatus s : {AccountStatus::None, AccountStatus::Received, AccountStatus::Approved,
                            AccountStatus::Activated})
        if (k == Text::fold(Vocabulary::statusCsv(s)) || k == Vocabulary::statusKey(s))
            return s;
    if (k == QLatin1String("da dang ky") || k == QLatin1String("registered"))
        return AccountStatus::Received;
    return std::nullopt;
}

std::optional<ExclusionReason> CsvValues::exclusion(const QString &cell)
{
    if (cell.isEmpty())
        return ExclusionReason::None;
    for (int i = 1; i <= 6; ++i)
        if (cell == Vocabulary::exclusionCsv(ExclusionReason(i)))
            return ExclusionReason(i);
    const QString k = key(cell);
    if (k.isEmpty())
        return ExclusionReason::None;
    for (int i = 1; i <= 6; ++i) {
        const auto r = ExclusionReason(i);
        if (k == Text::fold(Vocabulary::exclusionCsv(r)) || k == Vocabulary::exclusionKey(r))
            return r;
    }
    return std::nullopt;
}

std::optional<Gender> CsvValues::gender(const QString &cell)
{
    if (cell == genderCsv(Gender::Male))
        return Gender::Male;
    if (cell == genderCsv(Gender::Female))
        return Gender::Female;
    const QString k = key(cell);
    if (k == QLatin1String("nam") || k == QLatin1String("male"))
        return Gender::Male;
    if (k == QLatin1String("nu") || k == QLatin1String("female"))
        return Gender::Female;
    return std::nullopt;
}

std::optional<Residence> CsvValues::residence(const QString &cell)
{
    if (cell == residenceCsv(Residence::Permanent))
        return Residence::Permanent;
    if (cell == residenceCsv(Residence::Temporary))
        return Residence::Temporary;
    const QString k = key(cell);
    if (k == QLatin1String("thuong tru") || k == QLatin1String("permanent"))
        return Residence::Permanent;
    if (k == QLatin1String("tam tru") || k == QLatin1String("temporary"))
        return Residence::Temporary;
    return std::nullopt;
}

std::optional<Smartphone> CsvValues::smartphone(const QString &cell)
{
    if (cell == smartphoneCsv(Smartphone::Yes))
        return Smartphone::Yes;
    if (cell == smartphoneCsv(Smartphone::No))
        return Smartphone::No;
    const QString k = key(cell);
    if (k == QLatin1String("co") || k == QLatin1String("yes"))
        return Smartphone::Yes;
    if (k == QLatin1String("khong") || k == QLatin1String("no"))
        return Smartphone::No;
    return std::nullopt;
}

QString CsvValues::genderCsv(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QStringLiteral("Nam");
    case Gender::Female:
        return QStringLiteral("Nữ");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString CsvValues::residenceCsv(Residence r)
{
    return r == Residence::Temporary ? QStringLiteral("Tạm trú") : QStringLiteral("Thường trú");
}

QString CsvValues::smartphoneCsv(Smartphone s)
{
    switch (s) {
    case Smartphone::Yes:
        return QStringLiteral("Có");
    case Smartphone::No:
        return QStringLiteral("Không");
    case Smartphone::Unknown:
        break;
    }
    return {};
}

} // namespace sotay
