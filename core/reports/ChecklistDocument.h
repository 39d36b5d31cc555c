#pragma once

#include "Result.h"
#include "reports/Checklist.h"
#include "reports/PageFlow.h"
#include "reports/PagedDocument.h"

class QPagedPaintDevice;

namespace sotay {

// The printed door-to-door checklist: landscape A4, type big enough to read by torchlight
// (10.5 pt), one table row per resident under a shaded heading row per household (a
// household is never split across pages when it fits on one; else its heading repeats),
// empty outcome boxes on one line and a note column; ward, group, team, day and page x/y at
// the top of every page, the signature lines at the foot.
class ChecklistDocument
{
public:
    static QString needText(const Checklist::Person &person); // Vietnamese, as printed
    static QString outcomeBoxes();                            // the boxes to tick
    static QString headingText(const Checklist::Home &home);
    static PageFlow flow(const Checklist &list);
    static PagedDocument::Setup pageSetup();
    static Result<int> writePdf(const Checklist &list, const QString &path);
    static Result<int> print(const Checklist &list, QPagedPaintDevice &device);
};

} // namespace sotay
