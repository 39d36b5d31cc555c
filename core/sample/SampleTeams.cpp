#include "sample/SampleTeams.h"

#include "sample/SampleNames.h"
#include "storage/GroupSummary.h"
#include "teams/AssignmentStore.h"
#include "teams/CampaignStore.h"
#include "teams/TargetStore.h"
#include "teams/TeamStore.h"
#include "visits/VisitStore.h"

#include <QHash>

#include <cmath>

namespace sotay {

Result<QPair<int, int>> SampleTeams::create(Database &db, quint64 seed,
                                            const QVector<qint64> &groupIds,
                                            const QVector<Home> &homes, const QDate &campaignStart,
                                            const QDate &today)
{
    using R = Result<QPair<int, int>>;
    SampleRandom rng(seed ^ 0x5a17e06ULL);

    const QDate deadline = today.addDays(35);
    CampaignStore campaigns(db);
    const auto campaignId = campaigns.createCampaign(
        {0, QStringLiteral("Cao điểm kích hoạt tài khoản định danh điện tử"), campaignStart,
         deadline});
    if (!campaignId)
        return R::failure(campaignId.error());
    for (const CampaignPhase &p :
         {CampaignPhase{0, campaignId.value(), QStringLiteral("Giai đoạn 1"), 50,
                        CampaignPhase::Base::ApprovedNotActivated, today.addDays(14)},
          CampaignPhase{0, campaignId.value(), QStringLiteral("Giai đoạn 2"), 100,
                        CampaignPhase::Base::ApprovedNotActivated, deadline}}) {
        if (const auto r = campaigns.addPhase(p); !r)
            return R::failure(r.error());
    }

    // Teams: one per 2–3 groups.
    const MemberRole roles[] = {MemberRole::WardPolice, MemberRole::YouthUnion,
                                MemberRole::WomensUnion, MemberRole::Militia,
                                MemberRole::DigitalTeam};
    TeamStore teamStore(db);
    AssignmentStore assignments(db);
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
        const auto teamId =
            teamStore.createTeam(QStringLiteral("Tổ công tác số %1").arg(teams), names.first());
        if (!teamId)
            return R::failure(teamId.error());
        for (int m = 0; m < members; ++m) {
            TeamMember member;
            member.teamId = teamId.value();
            member.name = names.at(m);
            member.role = roles[m];
            member.phone = SampleNames::mobile(rng);
            if (const auto r = teamStore.addMember(member); !r)
                return R::failure(r.error());
        }
        for (int i = 0; i < span; ++i, ++g) {
            teamOfGroup[g] = teamId.value();
            if (const auto r = assignments.assignGroup(groupIds.at(g), teamId.value()); !r)
                return R::failure(r.error());
        }
    }

    // Targets: ~90 % of each group's eligible residents.
    QHash<qint64, qint64> eligible;
    for (const GroupSummary &s : GroupSummary::load(db, today))
        eligible.insert(s.groupId, s.eligible);
    TargetStore targets(db);
    for (qint64 gid : groupIds) {
        Target t;
        t.campaignId = campaignId.value();
        t.groupId = gid;
        t.target = int(std::lround(double(eligible.value(gid)) * 0.9));
        t.deadline = deadline;
        t.effectiveFrom = campaignStart;
        t.source = QStringLiteral("sample");
        if (const auto r = targets.setTarget(t); !r)
            return R::failure(r.error());
    }

    // Visits to about 2 % of households in the last three weeks, with an outcome per member.
    VisitStore visitStore(db);
    int visits = 0;
    for (const Home &home : homes) {
        if (!rng.chance(0.02))
            continue;
        const QDate day = today.addDays(-rng.between(0, 20));
        const auto visitId = visitStore.ensureVisit(home.id, day, teamOfGroup.at(home.group));
        if (!visitId)
            return R::failure(visitId.error());
        ++visits;
        for (const auto &[residentId, l1] : home.aged14) {
            VisitStore::Outcome o;
            o.visitId = visitId.value();
            o.residentId = residentId;
            o.outcome = l1 == AccountStatus::Activated
                            ? VisitOutcome::Done
                            : VisitOutcome(rng.weighted({20, 25, 5, 10, 10, 5, 25}));
            if (o.outcome == VisitOutcome::ComeBack)
                o.comeBackAt = QDateTime(day.addDays(rng.between(1, 7)), QTime(18, 0));
            if (const auto r = visitStore.addOutcome(o); !r)
                return R::failure(r.error());
        }
    }
    return QPair<int, int>(teams, visits);
}

} // namespace sotay
