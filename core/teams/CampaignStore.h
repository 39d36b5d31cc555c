#pragma once

#include "Result.h"
#include "teams/Target.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace sotay {

class Database;

// Campaigns (đợt cao điểm) and their phases. Every change goes to the audit log; callers
// own the transaction.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)
public:
    explicit CampaignStore(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> createCampaign(const Campaign &c);
    Status updateCampaign(const Campaign &c);
    Status deleteCampaign(qint64 campaignId);
    Status restoreCampaign(const Campaign &c, const QVector<CampaignPhase> &phases);
    QVector<Campaign> campaigns() const; // newest first
    std::optional<Campaign> campaign(qint64 id) const;

    Result<qint64> addPhase(const CampaignPhase &p);
    Status removePhase(qint64 phaseId);
    Status restorePhase(const CampaignPhase &p);
    QVector<CampaignPhase> phases(qint64 campaignId) const; // by deadline
    std::optional<CampaignPhase> phase(qint64 id) const;

private:
    Status audit(const QString &action, const QString &entity, qint64 id,
                 const QString &oldValue = {}, const QString &newValue = {}) const;

    Database &m_db;
};

} // namespace sotay
