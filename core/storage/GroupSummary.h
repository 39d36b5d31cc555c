#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace sotay {

class Database;

// Current counts per residential group, from the status cache (fast; for screens).
// Reports as of a past day use the history instead (reports/).
struct GroupSummary
{
    qint64 groupId = 0;
    QString name;
    qint64 households = 0;
    qint64 residents = 0;
    qint64 eligible = 0;
    qint64 activated = 0;

    // In natural order of the group names.
    static QVector<GroupSummary> load(Database &db, const QDate &today);
};

} // namespace sotay
