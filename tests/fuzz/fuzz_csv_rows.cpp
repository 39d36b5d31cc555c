// The row validation of a residents file (interchange.md kind 1): header mapping and
// ResidentRow::read over every record of any file. A row without problems must hold
// every required value, a readable birth date not in the future, a valid ID number and
// a valid phone.
#include "FuzzCheck.h"

#include "csv/CsvHeader.h"
#include "csv/CsvReader.h"
#include "csv/ImportTypes.h"
#include "csv/ResidentRow.h"
#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"

#include <QDate>

using namespace sotay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CsvReader reader;
    if (!reader.open(fuzz::asFile(data, size)))
        return 0;
    const auto header = CsvHeader::map(reader.header(), ResidentRow::columns());
    if (!header)
        return 0;
    const QDate today(2026, 11, 26);
    CsvReader::Record record;
    while (reader.next(record)) {
        QVector<RowProblem> problems;
        const ResidentRow row = ResidentRow::read(record.cells, header.value(), today, problems);
        for (const RowProblem &p : std::as_const(problems))
            fuzz::require(!p.message.isEmpty(), "a problem says what is wrong");
        if (!problems.isEmpty())
            continue;
        const Resident &r = row.resident;
        fuzz::require(!row.householdCode.isEmpty() && !row.group.isEmpty() &&
                          !row.address.isEmpty() && !r.fullName.isEmpty(),
                      "an accepted row has its required values");
        fuzz::require(r.birth.isValid() && r.birth.effectiveDate() <= today,
                      "an accepted row has a birth date not in the future");
        if (!r.idNumber.isEmpty())
            fuzz::require(IdNumber::check(r.idNumber, r.birth.year(), r.gender).isEmpty(),
                          "an accepted ID number is valid");
        if (!r.phone.isEmpty())
            fuzz::require(PhoneNumber::check(r.phone).isEmpty(), "an accepted phone is valid");
        for (int l = 0; l < 2; ++l)
            if (row.activatedOn[l].isValid())
                fuzz::require(row.activatedOn[l] <= today, "no activation after today");
    }
    return 0;
}
