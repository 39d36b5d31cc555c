#include "csv/HouseholdTeams.h"

#include "storage/Database.h"

#include <QSqlError>

namespace sotay {

HouseholdTeams::HouseholdTeams(Database &db)
    : m_db(db)
{
}

HouseholdTeams::~HouseholdTeams() = default;

QString HouseholdTeams::teamOf(qint64 householdId)
{
    if (!m_teamOf) {
        m_teamOf = std::make_unique<QSqlQuery>(m_db.connection());
        m_teamOf->prepare(QStringLiteral(
            "SELECT COALESCE((SELECT t.name FROM assignment a JOIN team t ON t.id = a.team_id "
            "                 WHERE a.household_id = h.id), "
            "                (SELECT t.name FROM assignment a JOIN team t ON t.id = a.team_id "
            "                 WHERE a.group_id = h.group_id ORDER BY a.id LIMIT 1), '') "
            "FROM household h WHERE h.id = ?"));
    }
    m_teamOf->addBindValue(householdId);
    QString name;
    if (m_teamOf->exec() && m_teamOf->next())
        name = m_teamOf->value(0).toString();
    m_teamOf->finish();
    return name;
}

Result<qint64> HouseholdTeams::teamId(const QString &name)
{
    if (!m_findTeam) {
        m_findTeam = std::make_unique<QSqlQuery>(m_db.connection());
        m_findTeam->prepare(QStringLiteral("SELECT id FROM team WHERE name = ?"));
        m_addTeam = std::make_unique<QSqlQuery>(m_db.connection());
        m_addTeam->prepare(QStringLiteral("INSERT INTO team(name) VALUES (?)"));
    }
    m_findTeam->addBindValue(name);
    if (m_findTeam->exec() && m_findTeam->next()) {
        const qint64 id = m_findTeam->value(0).toLongLong();
        m_findTeam->finish();
        return id;
    }
    m_addTeam->addBindValue(name);
    if (!m_addTeam->exec())
        return Result<qint64>::failure(m_addTeam->lastError().text());
    return m_addTeam->lastInsertId().toLongLong();
}

Status HouseholdTeams::assign(qint64 householdId, const QString &teamName)
{
    auto team = teamId(teamName);
    if (!team)
        return Status::from(team);
    if (!m_assign) {
        m_assign = std::make_unique<QSqlQuery>(m_db.connection());
        m_assign->prepare(
            QStringLiteral("INSERT INTO assignment(team_id, household_id) VALUES (?, ?) "
                           "ON CONFLICT(household_id) WHERE household_id IS NOT NULL DO UPDATE SET "
                           "team_id = excluded.team_id"));
    }
    m_assign->addBindValue(team.value());
    m_assign->addBindValue(householdId);
    if (!m_assign->exec())
        return Status::failure(m_assign->lastError().text());
    return Status::success();
}

} // namespace sotay
