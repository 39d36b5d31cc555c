#include "teams/TeamStore.h"

#include "teams/AssignmentStore.h"

#include "model/Vocabulary.h"
#include "rules/PhoneNumber.h"
#include "rules/Text.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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
// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}
QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}
} // namespace

Status TeamStore::audit(const QString &action, qint64 id, const QString &oldValue,
                        const QString &newValue) const
{
    return AuditLog(m_db).record(action, QStringLiteral("team"), id, oldValue, newValue);
}

Status TeamStore::checkName(const QString &name, qint64 exceptId) const
{
    if (name.isEmpty())
        return Status::failure(tr("The team needs a name."));
    // Unique regardless of case and accents: "Tổ 1" and "to 1" would confuse everybody.
    const QString folded = Text::fold(name);
    for (const Team &t : teams()) {
        if (t.id != exceptId && Text::fold(t.name) == folded)
            return Status::failure(tr("There is already a team named “%1”.").arg(t.name));
    }
    return Status::success();
}

Result<qint64> TeamStore::createTeam(const QString &rawName, const QString &leaderName,
                                     const QString &note)
{
    const QString name = Text::clean(rawName);
    if (Status s = checkName(name, 0); !s)
        return Result<qint64>::failure(s.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO team(name, leader_name, note) VALUES (?,?,?)"));
    q.addBindValue(name);
    q.addBindValue(text(Text::clean(leaderName)));
    q.addBindValue(text(Text::clean(note)));
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot create the team: %1").arg(sqlError(q)));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = audit(QStringLiteral("team.create"), id, {}, name); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status TeamStore::updateTeam(const Team &team)
{
    const auto old = this->team(team.id);
    if (!old)
        return Status::failure(tr("The team no longer exists."));
    const QString name = Text::clean(team.name);
    if (Status s = checkName(name, team.id); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE team SET name = ?, leader_name = ?, note = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(text(Text::clean(team.leaderName)));
    q.addBindValue(text(Text::clean(team.note)));
    q.addBindValue(team.id);
    if (!q.exec())
        return Status::failure(tr("Cannot change the team: %1").arg(sqlError(q)));
    return audit(QStringLiteral("team.update"), team.id,
                 old->name + QLatin1Char('|') + old->leaderName,
                 name + QLatin1Char('|') + Text::clean(team.leaderName));
}

std::optional<Team> TeamStore::team(qint64 teamId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, leader_name, note FROM team WHERE id = ?"));
    q.addBindValue(teamId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Team{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString()};
}

QVector<Team> TeamStore::teams() const
{
    QSqlQuery q(m_db.connection());
    QVector<Team> out;
    if (!q.exec(QStringLiteral("SELECT id, name, leader_name, note FROM team")))
        return out;
    while (q.next())
        out.append(Team{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()});
    std::sort(out.begin(), out.end(), [](const Team &a, const Team &b) {
        return Text::naturalKey(a.name) < Text::naturalKey(b.name);
    });
    return out;
}

Result<TeamSnapshot> TeamStore::snapshot(qint64 teamId) const
{
    const auto t = team(teamId);
    if (!t)
        return Result<TeamSnapshot>::failure(tr("The team no longer exists."));
    TeamSnapshot s;
    s.team = *t;
    s.members = members(teamId);
    s.assignments = AssignmentStore(m_db).assignments(teamId);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, campaign_id, target, deadline, effective_from, source "
                             "FROM target WHERE team_id = ? ORDER BY id"));
    q.addBindValue(teamId);
    if (!q.exec())
        return Result<TeamSnapshot>::failure(sqlError(q));
    while (q.next())
        s.targets.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                          QDate::fromString(q.value(3).toString(), Qt::ISODate),
                          QDate::fromString(q.value(4).toString(), Qt::ISODate),
                          q.value(5).toString()});
    return s;
}

Status TeamStore::deleteTeam(qint64 teamId)
{
    const auto t = team(teamId);
    if (!t)
        return Status::failure(tr("The team no longer exists."));
    // Members, assignments and targets go with the team (ON DELETE CASCADE); recorded
    // visits and statuses keep their history without it (ON DELETE SET NULL).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM team WHERE id = ?"));
    q.addBindValue(teamId);
    if (!q.exec())
        return Status::failure(tr("Cannot delete the team: %1").arg(sqlError(q)));
    return audit(QStringLiteral("team.delete"), teamId, t->name, {});
}

Status TeamStore::restoreTeam(const TeamSnapshot &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO team(id, name, leader_name, note) VALUES (?,?,?,?)"));
    q.addBindValue(s.team.id);
    q.addBindValue(s.team.name);
    q.addBindValue(text(s.team.leaderName));
    q.addBindValue(text(s.team.note));
    if (!q.exec())
        return Status::failure(tr("Cannot restore the team: %1").arg(sqlError(q)));
    for (const TeamMember &m : s.members) {
        if (Status st = restoreMember(m); !st)
            return st;
    }
    QSqlQuery a(m_db.connection());
    a.prepare(QStringLiteral(
        "INSERT INTO assignment(id, team_id, group_id, household_id) VALUES (?,?,?,?)"));
    for (const TeamAssignment &as : s.assignments) {
        a.addBindValue(as.id);
        a.addBindValue(as.teamId);
        a.addBindValue(idOrNull(as.groupId));
        a.addBindValue(idOrNull(as.householdId));
        if (!a.exec())
            return Status::failure(tr("Cannot restore the team: %1").arg(sqlError(a)));
    }
    QSqlQuery t(m_db.connection());
    t.prepare(QStringLiteral("INSERT INTO target(id, campaign_id, team_id, target, deadline, "
                             "effective_from, source) VALUES (?,?,?,?,?,?,?)"));
    for (const TeamSnapshot::TargetRow &r : s.targets) {
        t.addBindValue(r.id);
        t.addBindValue(idOrNull(r.campaignId));
        t.addBindValue(s.team.id);
        t.addBindValue(r.target);
        t.addBindValue(dateOrNull(r.deadline));
        t.addBindValue(r.effectiveFrom.toString(Qt::ISODate));
        t.addBindValue(r.source);
        if (!t.exec())
            return Status::failure(tr("Cannot restore the team: %1").arg(sqlError(t)));
    }
    return audit(QStringLiteral("team.restore"), s.team.id, {}, s.team.name);
}

QString TeamStore::checkMember(const TeamMember &m)
{
    if (Text::clean(m.name).isEmpty())
        return tr("The member needs a name.");
    if (int(m.role) < int(MemberRole::WardPolice) || int(m.role) > int(MemberRole::Other))
        return tr("Choose the member's role.");
    const QString phone = PhoneNumber::normalize(m.phone);
    if (!phone.isEmpty()) {
        if (const QString problem = PhoneNumber::check(phone); !problem.isEmpty())
            return tr("Phone number: %1").arg(problem);
    }
    return {};
}

Result<qint64> TeamStore::addMember(const TeamMember &m)
{
    if (const QString problem = checkMember(m); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    if (!team(m.teamId))
        return Result<qint64>::failure(tr("The team no longer exists."));
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO team_member(team_id, name, role, phone) VALUES (?,?,?,?)"));
    q.addBindValue(m.teamId);
    q.addBindValue(Text::clean(m.name));
    q.addBindValue(int(m.role));
    q.addBindValue(text(PhoneNumber::normalize(m.phone)));
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot add the member: %1").arg(sqlError(q)));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog(m_db).record(
            QStringLiteral("team.member.add"), QStringLiteral("team_member"), id, {},
            Vocabulary::role(m.role), QStringLiteral("team %1").arg(m.teamId));
        !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status TeamStore::updateMember(const TeamMember &m)
{
    if (const QString problem = checkMember(m); !problem.isEmpty())
        return Status::failure(problem);
    const auto old = member(m.id);
    if (!old)
        return Status::failure(tr("The member no longer exists."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE team_member SET name = ?, role = ?, phone = ? WHERE id = ?"));
    q.addBindValue(Text::clean(m.name));
    q.addBindValue(int(m.role));
    q.addBindValue(text(PhoneNumber::normalize(m.phone)));
    q.addBindValue(m.id);
    if (!q.exec())
        return Status::failure(tr("Cannot change the member: %1").arg(sqlError(q)));
    return AuditLog(m_db).record(QStringLiteral("team.member.update"),
                                 QStringLiteral("team_member"), m.id, Vocabulary::role(old->role),
                                 Vocabulary::role(m.role));
}

Status TeamStore::removeMember(qint64 memberId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM team_member WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return Status::failure(tr("Cannot remove the member: %1").arg(sqlError(q)));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The member no longer exists."));
    return AuditLog(m_db).record(QStringLiteral("team.member.remove"),
                                 QStringLiteral("team_member"), memberId);
}

Status TeamStore::restoreMember(const TeamMember &m)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO team_member(id, team_id, name, role, phone) VALUES (?,?,?,?,?)"));
    q.addBindValue(m.id);
    q.addBindValue(m.teamId);
    q.addBindValue(m.name);
    q.addBindValue(int(m.role));
    q.addBindValue(text(m.phone));
    if (!q.exec())
        return Status::failure(tr("Cannot restore the member: %1").arg(sqlError(q)));
    return AuditLog(m_db).record(QStringLiteral("team.member.restore"),
                                 QStringLiteral("team_member"), m.id);
}

std::optional<TeamMember> TeamStore::member(qint64 memberId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, team_id, name, role, phone FROM team_member WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return TeamMember{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      MemberRole(q.value(3).toInt()), q.value(4).toString()};
}

QVector<TeamMember> TeamStore::members(qint64 teamId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, team_id, name, role, phone FROM team_member "
                             "WHERE team_id = ? ORDER BY id"));
    q.addBindValue(teamId);
    QVector<TeamMember> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(TeamMember{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toString(), MemberRole(q.value(3).toInt()),
                              q.value(4).toString()});
    return out;
}

} // namespace sotay
