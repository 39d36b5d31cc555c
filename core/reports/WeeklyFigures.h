#pragma once

#include "Result.h"
#include "reports/FigureRow.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QVector>

namespace sotay {

class Database;

// The figures of the weekly report dated Thursday D (reports.md): the state at the end of
// D-1, computed from the history, per residential group (natural order) and per team.
class WeeklyFigures {
    Q_DECLARE_TR_FUNCTIONS(WeeklyFigures)
public:
    QDate reportDate; // the Thursday D
    QDate weekStart;  // D-7
    QDate asOf;       // D-1
    QVector<FigureRow> groups;
    FigureRow total;
    QVector<FigureRow> teams; // natural order of names; "not assigned" last when it has residents

    // Eligible residents (whole ward) whose first activation is dated on or after each day
    // asked for in `since` (a campaign's start), counted in the same pass.
    QHash<QDate, qint64> activatedSince;

    // Refuses a day that is not a Thursday.
    static Result<WeeklyFigures> compute(Database &db, const QDate &thursday,
                                         const QVector<QDate> &since = {});
    // Figures as of the end of `asOf` over the week ending that day, whatever the weekday.
    static Result<WeeklyFigures> computeAsOf(Database &db, const QDate &asOf,
                                             const QVector<QDate> &since = {});

    static bool isThursday(const QDate &d) { return d.dayOfWeek() == Qt::Thursday; }
    static QDate thursdayOnOrBefore(const QDate &d);
    static QDate thursdayOnOrAfter(const QDate &d);
    // The message for a day that is not a Thursday, naming the nearest ones.
    static QString notThursdayMessage(const QDate &d);
};

} // namespace sotay
