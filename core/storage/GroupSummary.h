#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <atomic>

namespace sotay {

class Database;

// Current counts per residential group, from the status cache (for screens). One pass over
// every resident of the ward: on a big ward run it off the GUI thread. Reports as of a past
// day use the history instead (reports/).
struct GroupSummary
{
    qint64 groupId = 0;
    QString name;
    qint64 households = 0;
    qint64 residents = 0;
    qint64 eligible = 0;
    qint64 activated = 0;

    // In natural order of the group names. When `cancel` becomes true (from any thread) the
    // query stops early and the result is empty.
    static QVector<GroupSummary> load(Database &db, const QDate &today,
                                      const std::atomic_bool *cancel = nullptr);
};

} // namespace sotay
