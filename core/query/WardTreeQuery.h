#pragma once

#include "storage/GroupSummary.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace sotay {

class Database;

// The read side of the ward tree: groups with their progress, the households of a group in
// walking order, and the teams a list can be filtered by.
class WardTreeQuery
{
public:
    struct HouseholdRow
    {
        qint64 id = 0;
        QString code;
        QString address;
        QString headName;
        qint64 residents = 0;
    };
    struct TeamRow // also used for group choices: id and name
    {
        qint64 id = 0;
        QString name;
    };

    explicit WardTreeQuery(Database &db)
        : m_db(db)
    {
    }

    QVector<GroupSummary> groups(const QDate &today) const;
    QVector<HouseholdRow> households(qint64 groupId) const;
    QVector<TeamRow> teams() const;
    // Groups by name only (natural order), without counting: cheap for choosers.
    QVector<TeamRow> groupNames() const;

private:
    Database &m_db;
};

} // namespace sotay
