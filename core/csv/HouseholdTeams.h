#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

#include <memory>

namespace sotay {

class Database;
class SqliteStatement;

// The "Tổ công tác" column: the team responsible for a household (ResponsibleTeam's rule:
// its own assignment, else its group's latest). Import finds or creates the team by name and assigns the household.
// Lives for one import: team ids and group teams are remembered (only households are
// assigned here, so neither changes under it).
class HouseholdTeams
{
public:
    explicit HouseholdTeams(Database &db);
    ~HouseholdTeams();
    void forget(); // a new run: the last one may have rolled back
    QString teamOf(qint64 householdId);
    // The team of a household with no assignment of its own (one this import created).
    QString teamOfGroup(qint64 groupId);
    Status assign(qint64 householdId, const QString &teamName);

private:
    Result<qint64> teamId(const QString &name);
    SqliteStatement &statement(std::unique_ptr<SqliteStatement> &s, const char *sql);
    Database &m_db;
    std::unique_ptr<SqliteStatement> m_teamOf, m_groupTeam, m_findTeam, m_addTeam, m_assign;
    QHash<QString, qint64> m_teamIds;
    QHash<qint64, QString> m_groupTeams;
};

} // namespace sotay
