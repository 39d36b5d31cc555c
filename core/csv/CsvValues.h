#pragma once

#include "model/Enums.h"

#include <QString>

#include <optional>

namespace sotay {

// The words of interchange.md cells, matched after the same folding as headers; the ASCII
// keys are accepted too. std::nullopt = not a known value.
class CsvValues
{
public:
    static std::optional<AccountStatus> status(const QString &cell);
    static std::optional<ExclusionReason> exclusion(const QString &cell);
    static std::optional<Gender> gender(const QString &cell);
    static std::optional<Residence> residence(const QString &cell);
    static std::optional<Smartphone> smartphone(const QString &cell);

    static QString genderCsv(Gender g);         // "Nam", "Nữ", ""
    static QString residenceCsv(Residence r);   // "Thường trú", "Tạm trú"
    static QString smartphoneCsv(Smartphone s); // "Có", "Không", ""
};

} // namespace sotay
