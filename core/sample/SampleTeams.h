#pragma once

#include "Result.h"
#include "model/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QVector>

namespace sotay {

class Database;

// The organisation of the sample ward, through the stores (TeamStore, AssignmentStore,
// TargetStore, CampaignStore, VisitStore): work teams (one per 2–3 groups, 3–5 members with
// roles and phones) assigned to groups, a target per group (~90 % of the eligible, deadline
// ~5 weeks ahead), a two-phase campaign, and a few visits. The caller owns the transaction
// and holds an AuditLog::BulkScope: the sample is audited as one entry.
class SampleTeams
{
    Q_DECLARE_TR_FUNCTIONS(SampleTeams)
public:
    struct Home
    {
        qint64 id = 0;
        int group = 0; // index into groupIds
        // The residents aged 14+ on today, in the order they were saved, with their level-1
        // status: who is asked at a visit.
        QVector<QPair<qint64, AccountStatus>> aged14;
    };
    // Returns (teams, visits).
    static Result<QPair<int, int>> create(Database &db, quint64 seed,
                                          const QVector<qint64> &groupIds,
                                          const QVector<Home> &homes, const QDate &campaignStart,
                                          const QDate &today);
};

} // namespace sotay
