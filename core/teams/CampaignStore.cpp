#include "teams/CampaignStore.h"

#include "rules/DateText.h"
#include "rules/Text.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

Status CampaignStore::audit(const QString &action, const QString &entity, qint64 id,
                            const QString &oldValue, const QString &newValue) const
{
    return AuditLog(m_db).record(action, entity, id, oldValue, newValue);
}

Result<qint64> CampaignStore::createCampaign(const Campaign &c)
{
    const QString name = Text::clean(c.name);
    if (name.isEmpty())
        return Result<qint64>::failure(tr("The campaign needs a name."));
    if (!c.startDate.isValid())
        return Result<qint64>::failure(tr("The campaign needs a start date."));
    if (c.deadline.isValid() && c.deadline < c.startDate)
        return Result<qint64>::failure(tr("The campaign ends before it starts."));
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO campaign(id, name, start_date, deadline) VALUES (?,?,?,?)"));
    q.addBindValue(idOrNull(c.id));
    q.addBindValue(name);
    q.addBindValue(c.startDate.toString(Qt::ISODate));
    q.addBindValue(dateOrNull(c.deadline));
    if (!q.exec())
        return Result<qint64>::failure(
            tr("Cannot save the campaign: %1").arg(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s =
            audit(QStringLiteral("campaign.create"), QStringLiteral("campaign"), id, {}, name);
        !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status CampaignStore::updateCampaign(const Campaign &c)
{
    const auto old = campaign(c.id);
    if (!old)
        return Status::failure(tr("The campaign no longer exists."));
    const QString name = Text::clean(c.name);
    if (name.isEmpty())
        return Status::failure(tr("The campaign needs a name."));
    if (!c.startDate.isValid() || (c.deadline.isValid() && c.deadline < c.startDate))
        return Status::failure(tr("The campaign ends before it starts."));
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE campaign SET name = ?, start_date = ?, deadline = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(c.startDate.toString(Qt::ISODate));
    q.addBindValue(dateOrNull(c.deadline));
    q.addBindValue(c.id);
    if (!q.exec())
        return Status::failure(tr("Cannot save the campaign: %1").arg(q.lastError().text()));
    return audit(QStringLiteral("campaign.update"), QStringLiteral("campaign"), c.id, old->name,
                 name);
}

Status CampaignStore::deleteCampaign(qint64 campaignId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM campaign WHERE id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return Status::failure(tr("The campaign no longer exists."));
    return audit(QStringLiteral("campaign.delete"), QStringLiteral("campaign"), campaignId);
}

Status CampaignStore::restoreCampaign(const Campaign &c, const QVector<CampaignPhase> &phases)
{
    if (auto r = createCampaign(c); !r)
        return Status::failure(r.error());
    for (const CampaignPhase &p : phases) {
        if (Status s = restorePhase(p); !s)
            return s;
    }
    return Status::success();
}

QVector<Campaign> CampaignStore::campaigns() const
{
    QSqlQuery q(m_db.connection());
    QVector<Campaign> out;
    if (!q.exec(QStringLiteral("SELECT id, name, start_date, deadline FROM campaign "
                               "ORDER BY start_date DESC, id DESC")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), dateOf(q.value(2)),
                    dateOf(q.value(3))});
    return out;
}

std::optional<Campaign> CampaignStore::campaign(qint64 id) const
{
    for (const Campaign &c : campaigns()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

Result<qint64> CampaignStore::addPhase(const CampaignPhase &p)
{
    const auto c = campaign(p.campaignId);
    if (!c)
        return Result<qint64>::failure(tr("The campaign no longer exists."));
    if (p.percent < 1 || p.percent > 100)
        return Result<qint64>::failure(tr("A phase's share must be between 1 and 100 %."));
    if (!p.deadline.isValid())
        return Result<qint64>::failure(tr("The phase needs a deadline."));
    if (p.deadline < c->startDate)
        return Result<qint64>::failure(tr("The phase's deadline is before the campaign starts."));
    if (c->deadline.isValid() && p.deadline > c->deadline)
        return Result<qint64>::failure(tr("The phase's deadline is after the campaign ends."));
    // Phases of the same base climb: a later deadline never asks for a smaller share.
    for (const CampaignPhase &o : phases(p.campaignId)) {
        if (o.base != p.base)
            continue;
        if ((o.deadline < p.deadline && o.percent > p.percent) ||
            (o.deadline > p.deadline && o.percent < p.percent) ||
            (o.deadline == p.deadline && o.percent != p.percent))
            return Result<qint64>::failure(
                tr("The phase asks for %1 % by %2, which does not fit the phase of %3 % by %4.")
                    .arg(p.percent)
                    .arg(DateText::format(p.deadline))
                    .arg(o.percent)
                    .arg(DateText::format(o.deadline)));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO campaign_phase(id, campaign_id, name, percent, base, "
                             "deadline) VALUES (?,?,?,?,?,?)"));
    q.addBindValue(idOrNull(p.id));
    q.addBindValue(p.campaignId);
    const QString name = Text::clean(p.name);
    q.addBindValue(name.isNull() ? QString(QLatin1String("")) : name);
    q.addBindValue(p.percent);
    q.addBindValue(int(p.base));
    q.addBindValue(p.deadline.toString(Qt::ISODate));
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot save the phase: %1").arg(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s =
            audit(QStringLiteral("campaign.phase.add"), QStringLiteral("campaign_phase"), id, {},
                  QStringLiteral("%1% → %2").arg(p.percent).arg(p.deadline.toString(Qt::ISODate)));
        !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status CampaignStore::removePhase(qint64 phaseId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM campaign_phase WHERE id = ?"));
    q.addBindValue(phaseId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return Status::failure(tr("The phase no longer exists."));
    return audit(QStringLiteral("campaign.phase.remove"), QStringLiteral("campaign_phase"),
                 phaseId);
}

Status CampaignStore::restorePhase(const CampaignPhase &p)
{
    return Status::from(addPhase(p));
}

QVector<CampaignPhase> CampaignStore::phases(qint64 campaignId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, campaign_id, name, percent, base, deadline FROM campaign_phase "
                       "WHERE campaign_id = ? ORDER BY deadline, id"));
    q.addBindValue(campaignId);
    QVector<CampaignPhase> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toInt(), CampaignPhase::Base(q.value(4).toInt()),
                        dateOf(q.value(5))});
    }
    return out;
}

std::optional<CampaignPhase> CampaignStore::phase(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT campaign_id FROM campaign_phase WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const CampaignPhase &p : phases(q.value(0).toLongLong())) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace sotay
