#include "teams/TargetStore.h"

#include "Clock.h"
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
const QString kTargetColumns =
    QStringLiteral("id, campaign_id, group_id, team_id, target, deadline, effective_from, source");
Target targetOf(const QSqlQuery &q)
{
    Target t;
    t.id = q.value(0).toLongLong();
    t.campaignId = q.value(1).toLongLong();
    t.groupId = q.value(2).toLongLong();
    t.teamId = q.value(3).toLongLong();
    t.target = q.value(4).toInt();
    t.deadline = dateOf(q.value(5));
    t.effectiveFrom = dateOf(q.value(6));
    t.source = q.value(7).toString();
    return t;
}
QString describe(const Target &t)
{
    return QStringLiteral("%1 → %2").arg(t.target).arg(t.deadline.toString(Qt::ISODate));
}
} // namespace

Status TargetStore::audit(const QString &action, const QString &entity, qint64 id,
                          const QString &oldValue, const QString &newValue) const
{
    return AuditLog(m_db).record(action, entity, id, oldValue, newValue);
}

QString TargetStore::check(const Target &t)
{
    if ((t.groupId == 0) == (t.teamId == 0))
        return tr("A target belongs to one residential group or to one team.");
    if (t.target < 0)
        return tr("The target cannot be negative.");
    const QDate from = t.effectiveFrom.isValid() ? t.effectiveFrom : Clock::today();
    if (t.deadline.isValid() && t.deadline < from)
        return tr("The deadline %1 is before the day the target is set (%2).")
            .arg(DateText::format(t.deadline), DateText::format(from));
    return {};
}

Result<qint64> TargetStore::setTarget(const Target &given)
{
    Target t = given;
    if (!t.effectiveFrom.isValid())
        t.effectiveFrom = Clock::today();
    if (const QString problem = check(t); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    QSqlQuery exists(m_db.connection());
    exists.prepare(t.groupId ? QStringLiteral("SELECT 1 FROM res_group WHERE id = ?")
                             : QStringLiteral("SELECT 1 FROM team WHERE id = ?"));
    exists.addBindValue(t.groupId ? t.groupId : t.teamId);
    if (!exists.exec() || !exists.next())
        return Result<qint64>::failure(t.groupId ? tr("The residential group no longer exists.")
                                                 : tr("The team no longer exists."));
    const auto sameDay = targetSetOn(t.groupId, t.teamId, t.effectiveFrom);
    QSqlQuery q(m_db.connection());
    if (sameDay) {
        q.prepare(QStringLiteral("UPDATE target SET campaign_id = ?, target = ?, deadline = ?, "
                                 "source = ? WHERE id = ?"));
        q.addBindValue(idOrNull(t.campaignId));
        q.addBindValue(t.target);
        q.addBindValue(dateOrNull(t.deadline));
        q.addBindValue(t.source.isEmpty() ? QStringLiteral("manual") : t.source);
        q.addBindValue(sameDay->id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO target(id, campaign_id, group_id, team_id, target, "
                                 "deadline, effective_from, source) VALUES (?,?,?,?,?,?,?,?)"));
        q.addBindValue(idOrNull(t.id)); // undo puts a row back with its id
        q.addBindValue(idOrNull(t.campaignId));
        q.addBindValue(idOrNull(t.groupId));
        q.addBindValue(idOrNull(t.teamId));
        q.addBindValue(t.target);
        q.addBindValue(dateOrNull(t.deadline));
        q.addBindValue(t.effectiveFrom.toString(Qt::ISODate));
        q.addBindValue(t.source.isEmpty() ? QStringLiteral("manual") : t.source);
    }
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot save the target: %1").arg(q.lastError().text()));
    const qint64 id = sameDay ? sameDay->id : q.lastInsertId().toLongLong();
    const Status s = audit(QStringLiteral("target.set"),
                           t.groupId ? QStringLiteral("res_group") : QStringLiteral("team"),
                           t.groupId ? t.groupId : t.teamId,
                           sameDay ? describe(*sameDay) : QString(), describe(t));
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status TargetStore::removeTarget(qint64 targetId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM target WHERE id = ?"));
    q.addBindValue(targetId);
    if (!q.exec())
        return Status::failure(tr("Cannot remove the target: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The target no longer exists."));
    return audit(QStringLiteral("target.remove"), QStringLiteral("target"), targetId);
}

std::optional<Target> TargetStore::targetSetOn(qint64 groupId, qint64 teamId,
                                               const QDate &day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM target WHERE ifnull(group_id, 0) = ? AND "
                       "ifnull(team_id, 0) = ? AND effective_from = ? ORDER BY id DESC LIMIT 1")
            .arg(kTargetColumns));
    q.addBindValue(groupId);
    q.addBindValue(teamId);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return targetOf(q);
}

std::optional<Target> TargetStore::groupTargetOn(qint64 groupId, const QDate &day) const
{
    const auto all = targetsOn("group_id", day);
    const auto it = all.constFind(groupId);
    return it == all.constEnd() ? std::nullopt : std::optional<Target>(*it);
}

std::optional<Target> TargetStore::teamTargetOn(qint64 teamId, const QDate &day) const
{
    const auto all = targetsOn("team_id", day);
    const auto it = all.constFind(teamId);
    return it == all.constEnd() ? std::nullopt : std::optional<Target>(*it);
}

QHash<qint64, Target> TargetStore::groupTargetsOn(const QDate &day) const
{
    return targetsOn("group_id", day);
}

QHash<qint64, Target> TargetStore::teamTargetsOn(const QDate &day) const
{
    return targetsOn("team_id", day);
}

QHash<qint64, Target> TargetStore::targetsOn(const char *column, const QDate &day) const
{
    // Rows ordered so that the last one seen per scope is the one in force: the latest
    // effective_from on or before the day, and of those the latest saved.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM target WHERE %2 IS NOT NULL AND effective_from <= ? "
                             "ORDER BY effective_from, id")
                  .arg(kTargetColumns, QString::fromLatin1(column)));
    q.addBindValue(day.toString(Qt::ISODate));
    QHash<qint64, Target> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        const Target t = targetOf(q);
        out.insert(t.groupId ? t.groupId : t.teamId, t);
    }
    return out;
}

QVector<Target> TargetStore::history(qint64 groupId, qint64 teamId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM target WHERE ifnull(group_id, 0) = ? AND "
                             "ifnull(team_id, 0) = ? ORDER BY effective_from, id")
                  .arg(kTargetColumns));
    q.addBindValue(groupId);
    q.addBindValue(teamId);
    QVector<Target> out;
    if (q.exec()) {
        while (q.next())
            out.append(targetOf(q));
    }
    return out;
}

Result<qint64> TargetStore::createCampaign(const Campaign &c)
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

Status TargetStore::updateCampaign(const Campaign &c)
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

Status TargetStore::deleteCampaign(qint64 campaignId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM campaign WHERE id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return Status::failure(tr("The campaign no longer exists."));
    return audit(QStringLiteral("campaign.delete"), QStringLiteral("campaign"), campaignId);
}

Status TargetStore::restoreCampaign(const Campaign &c, const QVector<CampaignPhase> &phases)
{
    if (auto r = createCampaign(c); !r)
        return Status::failure(r.error());
    for (const CampaignPhase &p : phases) {
        if (Status s = restorePhase(p); !s)
            return s;
    }
    return Status::success();
}

QVector<Campaign> TargetStore::campaigns() const
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

std::optional<Campaign> TargetStore::campaign(qint64 id) const
{
    for (const Campaign &c : campaigns()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

Result<qint64> TargetStore::addPhase(const CampaignPhase &p)
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

Status TargetStore::removePhase(qint64 phaseId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM campaign_phase WHERE id = ?"));
    q.addBindValue(phaseId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return Status::failure(tr("The phase no longer exists."));
    return audit(QStringLiteral("campaign.phase.remove"), QStringLiteral("campaign_phase"),
                 phaseId);
}

Status TargetStore::restorePhase(const CampaignPhase &p)
{
    return Status::from(addPhase(p));
}

QVector<CampaignPhase> TargetStore::phases(qint64 campaignId) const
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

std::optional<CampaignPhase> TargetStore::phase(qint64 id) const
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
