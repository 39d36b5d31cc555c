// PersonName and Address::parse over any text.
#include "FuzzCheck.h"

#include "rules/Address.h"
#include "rules/PersonName.h"

using namespace sotay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = fuzz::text(data, size);
    const PersonName name(in);
    (void)name.sortKey();
    fuzz::require(PersonName::sameName(in, in), "a name is the same as itself");
    fuzz::require(name.full().isEmpty() == name.given().isEmpty(), "a name has a given name");
    const Address a = Address::parse(in);
    (void)a.walkKey();
    return 0;
}
