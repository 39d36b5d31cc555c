// IdNumber::check / masked and PhoneNumber::normalize / check / masked over any text.
// The first two bytes choose the birth year and gender given with the ID number.
#include "FuzzCheck.h"

#include "model/Enums.h"
#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"

using namespace sotay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int birthYear = data[0] < 8 ? 0 : 1850 + data[0];
    const Gender gender = Gender(data[1] % 3);
    const QString in = fuzz::text(data + 2, size - 2);

    const QString problem = IdNumber::check(in, birthYear, gender);
    if (problem.isEmpty()) {
        fuzz::require(in.size() == 12, "a valid ID number has 12 digits");
        fuzz::require(IdNumber::isProvinceCode(in.left(3)), "a valid ID starts with a province");
    }
    const QString maskedId = IdNumber::masked(in);
    fuzz::require(maskedId.size() == in.size(), "masking keeps the length");
    if (in.size() > 4)
        fuzz::require(maskedId.left(in.size() - 4).count(QLatin1Char('*')) == in.size() - 4,
                      "masking hides all but the last 4");

    const QString phone = PhoneNumber::normalize(in);
    if (PhoneNumber::check(phone).isEmpty()) {
        fuzz::require(PhoneNumber::normalize(phone) == phone, "normalize is idempotent");
        const QString m = PhoneNumber::masked(phone);
        fuzz::require(m.size() == phone.size() && m != phone, "a valid phone is masked");
    }
    return 0;
}
