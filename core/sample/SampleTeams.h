#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QVector>

namespace sotay {

class Database;

// The organisation of the sample ward, in plain SQL: work teams (one per 2–3 groups, 3–5
// members with roles and phones) assigned to groups, a target per group (~90 % of the
// eligible, deadline ~5 weeks ahead), a two-phase campaign, and a few visits.
class SampleTeams
{
    Q_DECLARE_TR_FUNCTIONS(SampleTeams)
public:
    // householdGroups: (household id, index into groupIds). Returns (teams, visits).
    static Result<QPair<int, int>> create(Database &db, quint64 seed,
                                          const QVector<qint64> &groupIds,
                                          const QVector<QPair<qint64, int>> &householdGroups,
                                          const QDate &campaignStart, const QDate &today);
};

} // namespace sotay
