#include "dashboard/DashboardFigures.h"

#include "reports/ResidentStateQuery.h"
#include "storage/Database.h"
#include "teams/AssignmentStore.h"
#include "teams/CampaignStore.h"
#include "teams/TargetStore.h"
#include "teams/TeamStore.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sotay {

namespace {

using R = Result<DashboardFigures>;

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

R failure(const QSqlQuery &q)
{
    return R::failure(
        DashboardFigures::tr("Cannot compute the dashboard: %1").arg(q.lastError().text()));
}

void applyTarget(DashboardFigures::Row &row, const QHash<qint64, Target> &targets)
{
    if (const auto t = targets.constFind(row.id); t != targets.constEnd()) {
        row.target = t->target;
        row.deadline = t->deadline;
    }
}

void add(DashboardFigures::Row &row, qint64 n, bool activated, bool approved)
{
    row.eligible += n;
    if (activated)
        row.activated += n;
    if (approved)
        row.approved += n;
}

} // namespace

qint64 DashboardFigures::neededPer(qint64 target, qint64 activated, int daysLeft)
{
    const qint64 missing = std::max<qint64>(0, target - activated);
    if (daysLeft <= 0)
        return missing;
    return (missing + daysLeft - 1) / daysLeft;
}

double DashboardFigures::planValueOn(const QDate &day) const
{
    if (target < 0 || !planStart.isValid() || !deadline.isValid() || deadline <= planStart)
        return double(std::max(target, 0));
    const double span = double(planStart.daysTo(deadline));
    const double t = std::clamp(double(planStart.daysTo(day)) / span, 0.0, 1.0);
    return double(planStartValue) + t * double(target - planStartValue);
}

Result<DashboardFigures> DashboardFigures::compute(Database &db, const QDate &asOf,
                                                   int waitingLimit)
{
    DashboardFigures f;
    f.asOf = asOf;
    f.unassigned.name = tr("Not assigned");
    TargetStore targets(db);
    TeamStore teams(db);

    // Every group and team with its target, so that rows without residents show too.
    QHash<qint64, qsizetype> groupIndex, teamIndex;
    const QHash<qint64, Target> groupTargets = targets.groupTargetsOn(asOf);
    const QHash<qint64, Target> teamTargets = targets.teamTargetsOn(asOf);
    for (const AssignmentStore::GroupRow &g : AssignmentStore(db).groups()) {
        Row row;
        row.id = g.id;
        row.name = g.name;
        applyTarget(row, groupTargets);
        groupIndex.insert(g.id, f.groups.size());
        f.groups.append(row);
    }
    for (const Team &t : teams.teams()) {
        Row row;
        row.id = t.id;
        row.name = t.name;
        applyTarget(row, teamTargets);
        teamIndex.insert(t.id, f.teams.size());
        f.teams.append(row);
    }

    // One pass over the history (the `state` CTE is computed once and read twice): the
    // aggregate rows (kind 0) — eligible residents per group, responsible team, day of first
    // activation and "approved, not activated" — then the residents approved but not
    // activated for the longest time (kind 1). The approval date is the earliest approval
    // among the live events (after the latest correction), from the `live` CTE.
    const ResidentStateQuery state(asOf);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("WITH ") + state.sql() +
              QStringLiteral(
                  ", agg AS (SELECT 0, group_id, coalesce(team_id, 0), first_act,"
                  "  first_act IS NULL AND (l1 = 2 OR l2 = 2), count(*) FROM state"
                  "  WHERE aged14 AND NOT excluded GROUP BY 2, 3, 4, 5),"
                  " appr AS (SELECT resident_id, min(date) AS since FROM live WHERE status = 2"
                  "  GROUP BY resident_id),"
                  " wt AS (SELECT 1, s.id, r.full_name, g.name, appr.since, 0 FROM state s"
                  "  JOIN appr ON appr.resident_id = s.id"
                  "  JOIN resident r ON r.id = s.id JOIN res_group g ON g.id = s.group_id"
                  "  WHERE s.aged14 AND NOT s.excluded AND s.first_act IS NULL"
                  "  AND (s.l1 = 2 OR s.l2 = 2) ORDER BY appr.since, r.sort_key, s.id LIMIT :limit)"
                  " SELECT * FROM agg UNION ALL SELECT * FROM wt"));
    state.bind(q);
    q.bindValue(QStringLiteral(":limit"), waitingLimit);
    if (!q.exec())
        return failure(q);
    QMap<QDate, qint64> perDay;
    while (q.next()) {
        if (q.value(0).toInt() == 1) {
            Waiting item;
            item.residentId = q.value(1).toLongLong();
            item.name = q.value(2).toString();
            item.group = q.value(3).toString();
            item.approvedSince = dateOf(q.value(4));
            item.days = item.approvedSince.isValid() ? int(item.approvedSince.daysTo(asOf)) : 0;
            f.waiting.append(item);
            continue;
        }
        const qint64 group = q.value(1).toLongLong();
        const qint64 team = q.value(2).toLongLong();
        const QDate firstActivation = dateOf(q.value(3));
        const bool activated = !q.value(3).isNull();
        const bool approved = q.value(4).toInt() != 0;
        const qint64 n = q.value(5).toLongLong();
        f.eligible += n;
        if (activated) {
            f.activated += n;
            perDay[firstActivation] += n;
        }
        if (approved)
            f.approvedNotActivated += n;
        if (const auto g = groupIndex.constFind(group); g != groupIndex.constEnd())
            add(f.groups[*g], n, activated, approved);
        const auto t = teamIndex.constFind(team);
        add(t != teamIndex.constEnd() ? f.teams[*t] : f.unassigned, n, activated, approved);
    }
    q.finish();

    // The ward's target: the group targets in force, or the teams' when groups have none.
    const bool byGroups = !groupTargets.isEmpty();
    for (const Row &row : byGroups ? f.groups : f.teams) {
        if (row.target < 0)
            continue;
        f.target = std::max(f.target, 0) + row.target;
        if (row.deadline.isValid() && (!f.deadline.isValid() || row.deadline > f.deadline))
            f.deadline = row.deadline;
    }
    for (const Target &t : byGroups ? groupTargets : teamTargets) {
        if (!f.planStart.isValid() || t.effectiveFrom > f.planStart)
            f.planStart = t.effectiveFrom;
    }
    if (f.deadline.isValid())
        f.daysLeft = int(std::max<qint64>(0, asOf.daysTo(f.deadline)));
    if (f.target >= 0)
        f.neededPerDay = neededPer(f.target, f.activated, f.daysLeft);

    qint64 cumulative = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        cumulative += it.value();
        f.daily.append({it.key(), it.value(), cumulative});
        if (f.planStart.isValid() && it.key() <= f.planStart)
            f.planStartValue = cumulative;
    }

    // Ranked by the share of their own eligible residents activated; teams without
    // residents last; ties in natural order of the names (teams() gives that order).
    std::stable_sort(f.teams.begin(), f.teams.end(), [](const Row &a, const Row &b) {
        if ((a.eligible > 0) != (b.eligible > 0))
            return a.eligible > 0;
        return a.share() > b.share();
    });

    // The campaign in force and its phases.
    for (const Campaign &c : CampaignStore(db).campaigns()) {
        if (c.startDate.isValid() && c.startDate <= asOf) {
            f.campaign = c;
            break;
        }
    }
    if (f.campaign.id == 0)
        return f;
    // Base "approved, not activated": those still waiting plus those activated since the
    // campaign started, so that the base does not shrink as the work gets done.
    qint64 activatedSinceStart = 0;
    for (const DayPoint &p : f.daily) {
        if (p.day >= f.campaign.startDate)
            activatedSinceStart += p.count;
    }
    for (const CampaignPhase &p : CampaignStore(db).phases(f.campaign.id)) {
        Phase ph;
        ph.phase = p;
        if (p.base == CampaignPhase::Base::Eligible) {
            ph.base = f.eligible;
            ph.achieved = f.activated;
        } else {
            ph.base = f.approvedNotActivated + activatedSinceStart;
            ph.achieved = activatedSinceStart;
        }
        ph.required = (ph.base * p.percent + 99) / 100;
        ph.daysLeft = int(std::max<qint64>(0, asOf.daysTo(p.deadline)));
        ph.neededPerDay = neededPer(ph.required, ph.achieved, ph.daysLeft);
        f.phases.append(ph);
    }
    return f;
}

} // namespace sotay
