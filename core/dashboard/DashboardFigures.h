#pragma once

#include "Result.h"
#include "teams/Target.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace sotay {

class Database;

// The figures of the dashboard as of the end of a day, computed from the status history
// (ResidentStateQuery) in one aggregate pass, so a past day shows the same numbers later.
// Only eligible residents (14+, not excluded, known to the ward on that day) count, and only
// activations (either level) count as results (reports.md).
struct DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)
public:
    struct Row
    {
        qint64 id = 0; // group or team id; 0 for "not assigned"
        QString name;
        qint64 eligible = 0;
        qint64 activated = 0;
        qint64 approved = 0; // approved at some level, activated at none
        int target = -1;     // -1 when no target is in force
        QDate deadline;
        double share() const
        {
            return eligible ? 100.0 * double(activated) / double(eligible) : 0.0;
        }
    };
    struct DayPoint
    {
        QDate day;
        qint64 count = 0;      // eligible residents whose first activation is that day
        qint64 cumulative = 0; // … on or before that day
    };
    struct Waiting
    {
        qint64 residentId = 0;
        QString name;
        QString group;
        QDate approvedSince; // the earliest approval still in force
        int days = 0;        // from approvedSince to the as-of day
    };
    // A phase of the campaign in force: percent × base activated by the deadline.
    struct Phase
    {
        CampaignPhase phase;
        qint64 base = 0;     // eligible; or approved-not-activated now + activated since the start
        qint64 required = 0; // percent of base, rounded up
        qint64 achieved = 0; // activated (base Eligible), or activated since the start
        int daysLeft = 0;
        qint64 neededPerDay = 0;
    };

    QDate asOf;
    qint64 eligible = 0;
    qint64 activated = 0;
    qint64 approvedNotActivated = 0;
    int target = -1;  // the ward's target: sum of the group targets in force (else the teams')
    QDate deadline;   // the latest deadline among those targets
    int daysLeft = 0; // days after asOf up to the deadline, 0 when passed
    qint64 neededPerDay = 0;

    QVector<Row> groups; // natural order of the group names
    QVector<Row> teams;  // ranked: highest share of their own eligible residents first
    Row unassigned;      // eligible residents no team is responsible for

    QVector<DayPoint> daily;   // one point per day with activations, ascending
    QDate planStart;           // the on-time line runs from (planStart, planStartValue)
    qint64 planStartValue = 0; // … to (deadline, target)
    QVector<Waiting> waiting;  // approved, not activated, longest first

    Campaign campaign; // the latest campaign started on or before asOf (id 0 when none)
    QVector<Phase> phases;

    // Activations still needed per day to reach `target` from `activated` in `daysLeft`
    // days (rounded up); all that is missing when no day is left.
    static qint64 neededPer(qint64 target, qint64 activated, int daysLeft);
    // The value of the on-time line on `day` (linear from plan start to the deadline).
    double planValueOn(const QDate &day) const;

    static Result<DashboardFigures> compute(Database &db, const QDate &asOf, int waitingLimit = 20);
};

} // namespace sotay
