#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace sotay {

// A work team (tổ công tác) and its people: "rõ người, rõ trách nhiệm".
struct Team
{
    qint64 id = 0;
    QString name;
    QString leaderName;
    QString note;
};

struct TeamMember
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString name;
    MemberRole role = MemberRole::Other;
    QString phone; // normalized, empty when none
};

// A team responsible for a whole residential group, or for one household (which overrides
// its group's team).
struct TeamAssignment
{
    qint64 id = 0;
    qint64 teamId = 0;
    qint64 groupId = 0;     // set for a group assignment
    qint64 householdId = 0; // set for a household assignment
};

// Everything deleting a team removes, so that undo can put it back with the same ids.
struct TeamSnapshot
{
    Team team;
    QVector<TeamMember> members;
    QVector<TeamAssignment> assignments;
    struct TargetRow
    {
        qint64 id = 0;
        qint64 campaignId = 0;
        int target = 0;
        QDate deadline;
        QDate effectiveFrom;
        QString source;
    };
    QVector<TargetRow> targets;
};

} // namespace sotay
