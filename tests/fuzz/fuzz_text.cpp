// Text::clean / fold / collationKey / naturalKey over any text.
#include "FuzzCheck.h"

#include "rules/Text.h"

using namespace sotay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = fuzz::text(data, size);
    const QString cleaned = Text::clean(in);
    fuzz::require(!cleaned.isNull(), "clean never returns null");
    fuzz::require(Text::clean(cleaned) == cleaned, "clean is idempotent");
    fuzz::require(!cleaned.startsWith(QLatin1Char(' ')) && !cleaned.endsWith(QLatin1Char(' ')),
                  "clean trims");
    fuzz::require(!cleaned.contains(QLatin1String("  ")), "clean collapses spaces");
    const QString folded = Text::fold(cleaned);
    fuzz::require(Text::fold(folded) == folded, "fold is idempotent");
    const QString key = Text::collationKey(in);
    fuzz::require(key.count(QChar(0x01)) >= 2, "collation key has three levels");
    fuzz::require(Text::collationKey(in) == key, "collation key is deterministic");
    (void)Text::naturalKey(in);
    return 0;
}
