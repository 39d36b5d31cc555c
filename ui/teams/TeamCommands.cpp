#include "teams/TeamCommands.h"

#include "Clock.h"
#include "teams/AssignmentStore.h"
#include "teams/CampaignStore.h"
#include "teams/TargetStore.h"
#include "teams/TeamStore.h"

#include <memory>

namespace sotay {

namespace {
using Step = TeamsCommand::Step;

QUndoCommand *make(const TeamsCommand::Context &c, const QString &text, Step apply, Step revert)
{
    return new TeamsCommand(c, text, std::move(apply), std::move(revert));
}

Status fromId(const Result<qint64> &r)
{
    return r ? Status::success() : Status::failure(r.error());
}
} // namespace

QUndoCommand *TeamCommands::createTeam(const Context &c, const Team &team)
{
    // First run creates; undo keeps what deleting removes, redo puts it back with its id.
    auto saved = std::make_shared<std::optional<TeamSnapshot>>();
    auto id = std::make_shared<qint64>(0);
    return make(
        c, tr("Create team %1").arg(team.name),
        [=](Database &db) {
            TeamStore store(db);
            if (saved->has_value())
                return store.restoreTeam(**saved);
            const auto r = store.createTeam(team.name, team.leaderName, team.note);
            if (r)
                *id = r.value();
            return fromId(r);
        },
        [=](Database &db) {
            TeamStore store(db);
            auto snap = store.snapshot(*id);
            if (!snap)
                return Status::failure(snap.error());
            *saved = snap.take();
            return store.deleteTeam(*id);
        });
}

QUndoCommand *TeamCommands::updateTeam(const Context &c, const Team &before, const Team &after)
{
    return make(
        c, tr("Change team %1").arg(before.name),
        [=](Database &db) { return TeamStore(db).updateTeam(after); },
        [=](Database &db) { return TeamStore(db).updateTeam(before); });
}

QUndoCommand *TeamCommands::deleteTeam(const Context &c, const Team &team)
{
    auto saved = std::make_shared<std::optional<TeamSnapshot>>();
    return make(
        c, tr("Delete team %1").arg(team.name),
        [=](Database &db) {
            TeamStore store(db);
            auto snap = store.snapshot(team.id);
            if (!snap)
                return Status::failure(snap.error());
            *saved = snap.take();
            return store.deleteTeam(team.id);
        },
        [=](Database &db) {
            return saved->has_value() ? TeamStore(db).restoreTeam(**saved)
                                      : Status::failure(tr("Nothing to restore."));
        });
}

QUndoCommand *TeamCommands::addMember(const Context &c, const TeamMember &member)
{
    auto added = std::make_shared<std::optional<TeamMember>>();
    return make(
        c, tr("Add member %1").arg(member.name),
        [=](Database &db) {
            TeamStore store(db);
            if (added->has_value())
                return store.restoreMember(**added);
            const auto r = store.addMember(member);
            if (r)
                *added = store.member(r.value());
            return fromId(r);
        },
        [=](Database &db) {
            return added->has_value() ? TeamStore(db).removeMember((*added)->id)
                                      : Status::failure(tr("Nothing to undo."));
        });
}

QUndoCommand *TeamCommands::updateMember(const Context &c, const TeamMember &before,
                                         const TeamMember &after)
{
    return make(
        c, tr("Change member %1").arg(before.name),
        [=](Database &db) { return TeamStore(db).updateMember(after); },
        [=](Database &db) { return TeamStore(db).updateMember(before); });
}

QUndoCommand *TeamCommands::removeMember(const Context &c, const TeamMember &member)
{
    return make(
        c, tr("Remove member %1").arg(member.name),
        [=](Database &db) { return TeamStore(db).removeMember(member.id); },
        [=](Database &db) { return TeamStore(db).restoreMember(member); });
}

QUndoCommand *TeamCommands::assignGroup(const Context &c, qint64 groupId, qint64 teamId,
                                        const QString &what)
{
    auto previous = std::make_shared<qint64>(0);
    return make(
        c, tr("Assign %1").arg(what),
        [=](Database &db) {
            const auto r = AssignmentStore(db).assignGroup(groupId, teamId);
            if (r)
                *previous = r.value();
            return fromId(r);
        },
        [=](Database &db) { return fromId(AssignmentStore(db).assignGroup(groupId, *previous)); });
}

QUndoCommand *TeamCommands::assignHousehold(const Context &c, qint64 householdId, qint64 teamId,
                                            const QString &what)
{
    auto previous = std::make_shared<qint64>(0);
    return make(
        c, tr("Assign %1").arg(what),
        [=](Database &db) {
            const auto r = AssignmentStore(db).assignHousehold(householdId, teamId);
            if (r)
                *previous = r.value();
            return fromId(r);
        },
        [=](Database &db) {
            return fromId(AssignmentStore(db).assignHousehold(householdId, *previous));
        });
}

QUndoCommand *TeamCommands::setTarget(const Context &c, const Target &target, const QString &what)
{
    // A target set on the same day for the same group or team is replaced: undo restores it.
    auto replaced = std::make_shared<std::optional<Target>>();
    auto saved = std::make_shared<Target>(target);
    return make(
        c, tr("Set the target of %1").arg(what),
        [=](Database &db) {
            TargetStore store(db);
            if (!saved->effectiveFrom.isValid())
                saved->effectiveFrom =
                    target.effectiveFrom.isValid() ? target.effectiveFrom : Clock::today();
            *replaced = store.targetSetOn(saved->groupId, saved->teamId, saved->effectiveFrom);
            const auto r = store.setTarget(*saved);
            if (r)
                saved->id = r.value();
            return fromId(r);
        },
        [=](Database &db) {
            TargetStore store(db);
            if (replaced->has_value())
                return fromId(store.setTarget(**replaced));
            return store.removeTarget(saved->id);
        });
}

QUndoCommand *TeamCommands::createCampaign(const Context &c, const Campaign &campaign)
{
    auto saved = std::make_shared<Campaign>(campaign);
    auto phases = std::make_shared<QVector<CampaignPhase>>();
    return make(
        c, tr("Create campaign %1").arg(campaign.name),
        [=](Database &db) {
            CampaignStore store(db);
            if (saved->id)
                return store.restoreCampaign(*saved, *phases);
            const auto r = store.createCampaign(*saved);
            if (r)
                saved->id = r.value();
            return fromId(r);
        },
        [=](Database &db) {
            CampaignStore store(db);
            *phases = store.phases(saved->id);
            return store.deleteCampaign(saved->id);
        });
}

QUndoCommand *TeamCommands::addPhase(const Context &c, const CampaignPhase &phase)
{
    auto saved = std::make_shared<CampaignPhase>(phase);
    return make(
        c, tr("Add phase %1").arg(phase.name),
        [=](Database &db) {
            CampaignStore store(db);
            if (saved->id)
                return store.restorePhase(*saved);
            const auto r = store.addPhase(*saved);
            if (r)
                saved->id = r.value();
            return fromId(r);
        },
        [=](Database &db) { return CampaignStore(db).removePhase(saved->id); });
}

QUndoCommand *TeamCommands::removePhase(const Context &c, const CampaignPhase &phase)
{
    return make(
        c, tr("Remove phase %1").arg(phase.name),
        [=](Database &db) { return CampaignStore(db).removePhase(phase.id); },
        [=](Database &db) { return CampaignStore(db).restorePhase(phase); });
}

} // namespace sotay
