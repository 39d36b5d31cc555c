#include "csv/HouseholdTeams.h"

#include "rules/Text.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "teams/ResponsibleTeam.h"

namespace sotay {

HouseholdTeams::HouseholdTeams(Database &db)
    : m_db(db)
{
}

HouseholdTeams::~HouseholdTeams() = default;

SqliteStatement &HouseholdTeams::statement(std::unique_ptr<SqliteStatement> &s, const char *sql)
{
    if (!s)
        s = std::make_unique<SqliteStatement>(m_db.handle(), sql);
    return *s;
}

void HouseholdTeams::forget()
{
    m_teamIds.clear();
    m_groupTeams.clear();
}

QString HouseholdTeams::teamOf(qint64 householdId)
{
    // The responsible team: ResponsibleTeam's rule.
    static const QByteArray sql =
        (QStringLiteral("SELECT coalesce((SELECT t.name FROM team t WHERE t.id = ") +
         ResponsibleTeam::householdSql() + QStringLiteral("), '') FROM household h WHERE h.id = ?"))
            .toUtf8();
    SqliteStatement &q = statement(m_teamOf, sql.constData());
    q.bind(1, householdId);
    QString name;
    if (q.next())
        name = q.text(0);
    q.reset();
    return name;
}

QString HouseholdTeams::teamOfGroup(qint64 groupId)
{
    if (auto it = m_groupTeams.constFind(groupId); it != m_groupTeams.constEnd())
        return *it;
    static const QByteArray sql =
        (QStringLiteral("SELECT coalesce((SELECT t.name FROM team t WHERE t.id = ") +
         ResponsibleTeam::groupSql(QStringLiteral("?")) + QStringLiteral("), '')"))
            .toUtf8();
    SqliteStatement &q = statement(m_groupTeam, sql.constData());
    q.bind(1, groupId);
    QString name;
    if (q.next())
        name = q.text(0);
    q.reset();
    m_groupTeams.insert(groupId, name);
    return name;
}

Result<qint64> HouseholdTeams::teamId(const QString &name)
{
    // Names are matched as TeamStore does (ignoring case and marks), so "to 1" in a file
    // finds the team "Tổ 1" instead of making a second team the Teams page would refuse.
    const QString key = Text::fold(name);
    if (auto it = m_teamIds.constFind(key); it != m_teamIds.constEnd())
        return *it;
    SqliteStatement &find = statement(m_findTeam, "SELECT id, name FROM team ORDER BY id");
    qint64 id = 0;
    while (id == 0 && find.next()) {
        if (Text::fold(find.text(1)) == key)
            id = find.int64(0);
    }
    find.reset();
    if (id == 0) {
        SqliteStatement &add = statement(m_addTeam, "INSERT INTO team(name) VALUES (?)");
        add.bindText(1, name);
        if (!add.exec())
            return Result<qint64>::failure(add.error());
        id = add.lastInsertId();
    }
    m_teamIds.insert(key, id);
    return id;
}

Status HouseholdTeams::assign(qint64 householdId, const QString &teamName)
{
    auto team = teamId(teamName);
    if (!team)
        return Status::from(team);
    SqliteStatement &a = statement(
        m_assign, "INSERT INTO assignment(team_id, household_id) VALUES (?, ?) "
                  "ON CONFLICT(household_id) WHERE household_id IS NOT NULL DO UPDATE SET "
                  "team_id = excluded.team_id");
    a.bind(1, team.value());
    a.bind(2, householdId);
    if (!a.exec())
        return Status::failure(a.error());
    return Status::success();
}

} // namespace sotay
