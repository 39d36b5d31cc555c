#pragma once

#include "csv/ImportTypes.h"
#include "model/Household.h"
#include "model/Resident.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace sotay {

class CsvHeader;

// One row of a residents file (kind 1), read and checked; "set" flags say which cells
// were given (an empty cell or a missing column leaves the stored value).
struct ResidentRow
{
    Q_DECLARE_TR_FUNCTIONS(ResidentRow)
public:
    // The columns of kind 1, in the order of interchange.md (the export order).
    static QVector<struct CsvColumn> columns();

    // Reads the cells; appends a problem per bad cell. today: the real day of the import.
    static ResidentRow read(const QStringList &cells, const CsvHeader &header, const QDate &today,
                            QVector<RowProblem> &problems);

    QString householdCode, group, address, team;
    Resident resident; // fields below tell which were given
    bool hasGender = false, hasPhone = false, hasRelation = false, hasResidence = false;
    bool hasSmartphone = false;
    std::optional<AccountStatus> level[2];
    QDate activatedOn[2];
    std::optional<ExclusionReason> exclusion;
};

} // namespace sotay
