#pragma once

#include "Result.h"
#include "model/WardInfo.h"
#include "reports/PageFlow.h"
#include "reports/PagedDocument.h"
#include "reports/WeekNotes.h"
#include "reports/WeeklyFigures.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace sotay {

class Database;

// The printed weekly report (reports.md "Báo cáo tuần"), an administrative document in the
// form of Nghị định 30/2020/NĐ-CP, built from WeeklyFigures, the ward's details, the week's
// note and the campaign phases.
class WeeklyReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportDocument)
public:
    struct Phase
    {
        QString campaign;
        QString name;
        int percent = 0;
        int base = 0; // 0 eligible residents, 1 approved not activated
        QDate deadline;
        QDate start;          // the campaign's start
        qint64 baseCount = 0; // residents the percentage applies to
        qint64 done = 0;      // activated toward it
    };
    struct Input
    {
        WeeklyFigures figures;
        WardInfo ward;
        WeekNote note;
        QVector<Phase> phases;
    };

    static Result<Input> load(Database &db, const QDate &thursday);
    static PageFlow flow(const Input &in);
    static PagedDocument::Setup pageSetup();
    static Result<int> writePdf(const Input &in, const QString &path);
    static Result<int> print(const Input &in, QPagedPaintDevice &device); // printer or preview

    // Days from the as-of day to a deadline (the deadline counts): 0 when it has passed.
    static qint64 daysLeft(const QDate &asOf, const QDate &deadline);
    // Activations needed per day to reach `goal` from `done` in `days` days, rounded up.
    static qint64 neededPerDay(qint64 goal, qint64 done, qint64 days);
};

} // namespace sotay
