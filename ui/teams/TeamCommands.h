#pragma once

#include "teams/Target.h"
#include "teams/Team.h"
#include "teams/TeamsCommand.h"

#include <QCoreApplication>

namespace sotay {

// The undoable changes of the teams screen, each a TeamsCommand that goes through TeamStore
// or TargetStore both ways (undo puts rows back with their ids).
class TeamCommands
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommands)
public:
    using Context = TeamsCommand::Context;

    static QUndoCommand *createTeam(const Context &c, const Team &team);
    static QUndoCommand *updateTeam(const Context &c, const Team &before, const Team &after);
    static QUndoCommand *deleteTeam(const Context &c, const Team &team);

    static QUndoCommand *addMember(const Context &c, const TeamMember &member);
    static QUndoCommand *updateMember(const Context &c, const TeamMember &before,
                                      const TeamMember &after);
    static QUndoCommand *removeMember(const Context &c, const TeamMember &member);

    // teamId 0 removes the assignment; `what` names the group or household for the undo text.
    static QUndoCommand *assignGroup(const Context &c, qint64 groupId, qint64 teamId,
                                     const QString &what);
    static QUndoCommand *assignHousehold(const Context &c, qint64 householdId, qint64 teamId,
                                         const QString &what);

    static QUndoCommand *setTarget(const Context &c, const Target &target, const QString &what);

    static QUndoCommand *createCampaign(const Context &c, const Campaign &campaign);
    static QUndoCommand *addPhase(const Context &c, const CampaignPhase &phase);
    static QUndoCommand *removePhase(const Context &c, const CampaignPhase &phase);
};

} // namespace sotay
