#include "sample/SampleTeams.h"

#include "Clock.h"
#include "model/Enums.h"
#include "rules/StatusRules.h"
#include "sample/SampleNames.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace sotay {

namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Runs a prepared statement with the given values; fills id with the new row's id.
bool run(QSqlQuery &q, const QVariantList &values, QString &error, qint64 *id = nullptr)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    if (id)
        *id = q.lastInsertId().toLongLong();
    return true;
}
} // namespace

Result<QPair<int, int>> SampleTeams::create(Database &db, quint64 seed,
                                            const QVector<qint64> &groupIds,
                                            const QVector<QPair<qint64, int>> &householdGroups,
                                            const QDate &campaignStart, const QDate &today)
{
    using R = Result<QPair<int, int>>;
    SampleRandom rng(seed ^ 0x5a17e06ULL);
    QString error;
    QSqlDatabase c = db.connection();
    QSqlQuery team(c), member(c), assign(c), target(c), campaign(c), phase(c);
    team.prepare(QStringLiteral("INSERT INTO team(name, leader_name, note) VALUES (?,?,'')"));
    member.prepare(
        QStringLiteral("INSERT INTO team_member(team_id, name, role, phone) VALUES (?,?,?,?)"));
    assign.prepare(QStringLiteral("INSERT INTO assignment(team_id, group_id) VALUES (?,?)"));
    target.prepare(QStringLiteral("INSERT INTO target(campaign_id, group_id, target, deadline, "
                                  "effective_from, source) VALUES (?,?,?,?,?,'sample')"));
    campaign.prepare(
        QStringLiteral("INSERT INTO campaign(name, start_date, deadline) VALUES (?,?,?)"));
    phase.prepare(
        QStringLiteral("INSERT INTO campaign_phase(campaign_id, name, percent, base, deadline) "
                       "VALUES (?,?,?,?,?)"));

    const QDate deadline = today.addDays(35);
    qint64 campaignId = 0;
    if (!run(campaign,
             {QStringLiteral("Cao điểm kích hoạt tài khoản định danh điện tử"), iso(campaignStart),
              iso(deadline)},
             error, &campaignId) ||
        !run(phase, {campaignId, QStringLiteral("Giai đoạn 1"), 50, 1, iso(today.addDays(14))},
             error) ||
        !run(phase, {campaignId, QStringLiteral("Giai đoạn 2"), 100, 1, iso(deadline)}, error))
        return R::failure(error);

    // Teams: one per 2–3 groups.
    const MemberRole roles[] = {MemberRole::WardPolice, MemberRole::YouthUnion,
                                MemberRole::WomensUnion, MemberRole::Militia,
                                MemberRole::DigitalTeam};
    QVector<qint64> teamOfGroup(groupIds.size());
    int teams = 0;
    for (qsizetype g = 0; g < groupIds.size();) {
        const int span = std::min<qsizetype>(rng.between(2, 3), groupIds.size() - g);
        ++teams;
        QVector<QString> names;
        const int members = rng.between(3, 5);
        for (int m = 0; m < members; ++m) {
            const Gender gender = m == 2 || rng.chance(0.3) ? Gender::Female : Gender::Male;
            names << SampleNames::familyName(rng) + QLatin1Char(' ') +
                         SampleNames::middleName(rng, gender, rng.between(1970, 2002)) +
                         QLatin1Char(' ') + SampleNames::givenName(rng, gender);
        }
        qint64 teamId = 0;
        if (!run(team, {QStringLiteral("Tổ công tác số %1").arg(teams), names.first()}, error,
                 &teamId))
            return R::failure(error);
        for (int m = 0; m < members; ++m) {
            if (!run(member, {teamId, names.at(m), int(roles[m]), SampleNames::mobile(rng)}, error))
                return R::failure(error);
        }
        for (int i = 0; i < span; ++i, ++g) {
            teamOfGroup[g] = teamId;
            if (!run(assign, {teamId, groupIds.at(g)}, error))
                return R::failure(error);
        }
    }

    // Targets: ~90 % of each group's eligible residents.
    QSqlQuery eligible(c);
    eligible.prepare(
        QStringLiteral("SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id "
                       "WHERE h.group_id = ? AND r.birth_eff <= ? AND r.exclusion = 0"));
    for (qint64 gid : groupIds) {
        if (!run(eligible, {gid, iso(StatusRules::cutoff14(today))}, error) || !eligible.next())
            return R::failure(error);
        const qint64 n = eligible.value(0).toLongLong();
        eligible.finish();
        if (!run(target,
                 {campaignId, gid, qint64(std::lround(n * 0.9)), iso(deadline), iso(campaignStart)},
                 error))
            return R::failure(error);
    }

    // Visits to about 2 % of households in the last three weeks, with an outcome per member.
    QSqlQuery visit(c), outcome(c), members(c);
    visit.prepare(QStringLiteral(
        "INSERT INTO visit(date, team_id, household_id, note, recorded_by, recorded_at) "
        "VALUES (?,?,?,'',?,?)"));
    outcome.prepare(QStringLiteral(
        "INSERT INTO visit_outcome(visit_id, resident_id, outcome, come_back_at, note) "
        "VALUES (?,?,?,?,'')"));
    members.prepare(QStringLiteral("SELECT id, l1_status FROM resident WHERE household_id = ? "
                                   "AND birth_eff <= ? ORDER BY id"));
    const QString by = !db.operatorName().isEmpty() ? db.operatorName()
                       : !db.osUser().isEmpty()     ? db.osUser()
                                                    : QStringLiteral("sample");
    const QString now = Clock::now().toString(Qt::ISODate);
    int visits = 0;
    for (const auto &[householdId, group] : householdGroups) {
        if (!rng.chance(0.02))
            continue;
        const QDate day = today.addDays(-rng.between(0, 20));
        qint64 visitId = 0;
        if (!run(visit, {iso(day), teamOfGroup.at(group), householdId, by, now}, error, &visitId))
            return R::failure(error);
        ++visits;
        if (!run(members, {householdId, iso(StatusRules::cutoff14(today))}, error))
            return R::failure(error);
        QVector<QPair<qint64, int>> people;
        while (members.next())
            people.append({members.value(0).toLongLong(), members.value(1).toInt()});
        members.finish();
        for (const auto &[rid, l1] : people) {
            const auto o = l1 == int(AccountStatus::Activated)
                               ? VisitOutcome::Done
                               : VisitOutcome(rng.weighted({20, 25, 5, 10, 10, 5, 25}));
            const QVariant comeBack =
                o == VisitOutcome::ComeBack
                    ? QVariant(iso(day.addDays(rng.between(1, 7))) + QStringLiteral("T18:00"))
                    : QVariant();
            if (!run(outcome, {visitId, rid, int(o), comeBack}, error))
                return R::failure(error);
        }
    }
    return QPair<int, int>(teams, visits);
}

} // namespace sotay
