#pragma once

#include "Result.h"
#include "reports/ConfirmationList.h"
#include "reports/PageFlow.h"
#include "reports/PagedDocument.h"

class QPagedPaintDevice;

namespace sotay {

// The printed confirmation list: an A4 administrative paper (Nghị định 30/2020 layout) with
// the residents activated in the period and a column for each to sign, page x/y on every page.
class ConfirmationDocument
{
public:
    static PageFlow flow(const ConfirmationList &list);
    static PagedDocument::Setup pageSetup();
    static Result<int> writePdf(const ConfirmationList &list, const QString &path);
    static Result<int> print(const ConfirmationList &list, QPagedPaintDevice &device);
};

} // namespace sotay
