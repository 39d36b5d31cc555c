#pragma once

#include <QDate>
#include <QString>

namespace sotay {

// How many activations a residential group or a team should reach by a deadline. The
// target in force on a day is the latest one with effectiveFrom on or before that day.
struct Target
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 groupId = 0; // exactly one of groupId / teamId is set
    qint64 teamId = 0;
    int target = 0;
    QDate deadline;      // invalid when none
    QDate effectiveFrom; // the day it was set
    QString source = QStringLiteral("manual");
};

// A campaign (đợt cao điểm) and its phases: e.g. 50 % of the approved-not-activated
// activated by one date, 100 % by the next.
struct Campaign
{
    qint64 id = 0;
    QString name;
    QDate startDate;
    QDate deadline;
};

struct CampaignPhase
{
    enum class Base : int { Eligible = 0, ApprovedNotActivated = 1 };
    qint64 id = 0;
    qint64 campaignId = 0;
    QString name;
    int percent = 100;
    Base base = Base::Eligible;
    QDate deadline;
};

} // namespace sotay
