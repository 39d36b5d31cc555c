#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace sotay {

class Database;

// The residents of a returned paper checklist, in its printed order: households in walking
// order (household.walk_key), and in each the eligible residents who still need something
// (activate, apply for level 2, install and register, get an ID card), by sort_key.
class OutcomeListQuery
{
public:
    struct Row
    {
        qint64 residentId = 0;
        qint64 householdId = 0;
        QString address;
        QString fullName;
        int birthYear = 0;
        NextStep next = NextStep::Nothing;
        QString phone;
    };

    explicit OutcomeListQuery(Database &db)
        : m_db(db)
    {
    }
    QVector<Row> rows(qint64 groupId, const QDate &asOf) const;
    // Outcomes already entered for the group's visits of a day by a team (0: no team).
    QHash<qint64, VisitOutcome> entered(qint64 groupId, const QDate &date, qint64 teamId) const;

private:
    Database &m_db;
};

} // namespace sotay
