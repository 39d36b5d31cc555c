#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QString>

#include <memory>

namespace sotay {

class Database;

// The "Tổ công tác" column: the team responsible for a household is its own assignment,
// else its group's. Import finds or creates the team by name and assigns the household.
class HouseholdTeams
{
public:
    explicit HouseholdTeams(Database &db);
    ~HouseholdTeams();
    QString teamOf(qint64 householdId);
    Status assign(qint64 householdId, const QString &teamName);

private:
    Result<qint64> teamId(const QString &name);
    Database &m_db;
    std::unique_ptr<QSqlQuery> m_teamOf, m_findTeam, m_addTeam, m_assign;
};

} // namespace sotay
