#pragma once

#include "Result.h"
#include "teams/Target.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <optional>

namespace sotay {

class Database;

// Targets per residential group and per team (campaigns: CampaignStore). Every change goes
// to the audit log; callers own the transaction.
class TargetStore
{
    Q_DECLARE_TR_FUNCTIONS(TargetStore)
public:
    explicit TargetStore(Database &db)
        : m_db(db)
    {
    }

    // Empty when the target may be saved, otherwise what to fix.
    static QString check(const Target &target);

    // Saves t (effectiveFrom defaults to Clock::today()). A target of the same group or team
    // set on the same day is replaced. Returns the id of the saved row.
    Result<qint64> setTarget(const Target &t);
    Status removeTarget(qint64 targetId);
    // Exactly that row (for undo): scope and effectiveFrom equal.
    std::optional<Target> targetSetOn(qint64 groupId, qint64 teamId, const QDate &day) const;

    std::optional<Target> groupTargetOn(qint64 groupId, const QDate &day) const;
    std::optional<Target> teamTargetOn(qint64 teamId, const QDate &day) const;
    QHash<qint64, Target> groupTargetsOn(const QDate &day) const; // by group id
    QHash<qint64, Target> teamTargetsOn(const QDate &day) const;  // by team id
    QVector<Target> history(qint64 groupId, qint64 teamId) const; // oldest first

private:
    QHash<qint64, Target> targetsOn(const char *column, const QDate &day) const;
    Status audit(const QString &action, const QString &entity, qint64 id,
                 const QString &oldValue = {}, const QString &newValue = {}) const;

    Database &m_db;
};

} // namespace sotay
