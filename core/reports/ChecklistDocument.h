#pragma once

#include "Result.h"
#include "reports/Checklist.h"
#include "reports/PagedDocument.h"

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace sotay {

// The printed door-to-door checklist: landscape A4, large type for use at night, one table
// whose header repeats on every page, a household heading row before its members, empty
// outcome boxes and a note column; ward, group, team, day and page x/y at the top of every
// page, the team leader's signature line at the foot.
class ChecklistDocument
{
public:
    static QString needText(const Checklist::Person &person); // Vietnamese, as printed
    static QString html(const Checklist &list);
    static std::unique_ptr<QTextDocument> document(const Checklist &list);
    static PagedDocument::Setup pageSetup();
    static Result<int> writePdf(const Checklist &list, const QString &path);
    static Result<int> print(const Checklist &list, QPagedPaintDevice &device);
};

} // namespace sotay
