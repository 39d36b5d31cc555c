#pragma once

#include "teams/Target.h"
#include "teams/Team.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace sotay {

// A residential group as stored: undo puts it back with exactly these values.
struct GroupRow
{
    qint64 id = 0;
    QString name;
    QString sortKey; // the order of the tree and of every list (natural order of the name)
    QDate createdOn;
    qint64 households = 0; // filled by the listing queries only
};

// One household as the split dialog lists it.
struct GroupHouseholdRow
{
    qint64 id = 0;
    QString code;
    QString address;
    QString addressKey; // natural order of the address
    QString headName;
    int residents = 0;
};

// Everything a merge changed, so that undo restores it exactly.
struct GroupMergeRecord
{
    GroupRow from;                           // the group that was removed
    qint64 intoId = 0;                       // the group that took its households
    QVector<qint64> households;              // moved from → into
    QVector<TeamAssignment> fromAssignments; // the removed group's own team assignments
    QVector<qint64> createdAssignments;      // rows the merge added (group or households)
    QVector<Target> fromTargets;             // both target histories as they were
    QVector<Target> intoTargets;
    bool targetsMerged = false; // the into group's history was rewritten
};

// Everything a split changed.
struct GroupSplitRecord
{
    qint64 fromId = 0;
    GroupRow to;                        // the new or existing group that took the households
    bool created = false;               // the split created `to`
    QVector<qint64> households;         // moved from → to
    QVector<qint64> createdAssignments; // rows the split added
};

} // namespace sotay
