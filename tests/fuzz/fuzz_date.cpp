// DateText::parse and BirthDate::parse / storage round trip over any text.
#include "FuzzCheck.h"

#include "rules/BirthDate.h"
#include "rules/DateText.h"

#include <QDate>

using namespace sotay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = fuzz::text(data, size);
    const QDate d = DateText::parse(in);
    if (d.isValid()) {
        fuzz::require(DateText::parse(DateText::format(d)) == d, "dd/MM/yyyy round trip");
        (void)DateText::longVietnamese(d);
    }
    const BirthDate b = BirthDate::parse(in);
    if (b.isValid()) {
        fuzz::require(BirthDate::fromStorage(b.toStorage()) == b, "storage round trip");
        (void)b.toDisplay();
        fuzz::require(b.effectiveDate().isValid(), "a valid birth has an effective day");
        const QDate day(2026, 11, 26);
        (void)b.ageOn(day);
        (void)b.hasReachedAge(14, day);
        (void)b.birthday(14);
    }
    return 0;
}
