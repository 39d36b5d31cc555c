#pragma once

#include "Result.h"
#include "teams/Team.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace sotay {

class Database;

// Teams and their members (what they are responsible for: AssignmentStore). Every change
// is written to the audit log; callers own the transaction.
class TeamStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamStore)
public:
    explicit TeamStore(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> createTeam(const QString &name, const QString &leaderName,
                              const QString &note = {});
    Status updateTeam(const Team &team); // name, leader and note
    Result<TeamSnapshot> snapshot(qint64 teamId) const;
    Status deleteTeam(qint64 teamId);
    Status restoreTeam(const TeamSnapshot &snapshot); // undo of deleteTeam
    std::optional<Team> team(qint64 teamId) const;
    QVector<Team> teams() const; // in natural order of the names

    Result<qint64> addMember(const TeamMember &member);
    Status updateMember(const TeamMember &member);
    Status removeMember(qint64 memberId);
    Status restoreMember(const TeamMember &member); // re-inserts with its id
    std::optional<TeamMember> member(qint64 memberId) const;
    QVector<TeamMember> members(qint64 teamId) const;

    // Validation shared with the screen: empty when fine, otherwise what to fix.
    static QString checkMember(const TeamMember &member);

private:
    Status checkName(const QString &name, qint64 exceptId) const;
    Status audit(const QString &action, qint64 id, const QString &oldValue,
                 const QString &newValue) const;

    Database &m_db;
};

} // namespace sotay
