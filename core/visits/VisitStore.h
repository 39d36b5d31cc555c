#pragma once

#include "Result.h"
#include "model/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sotay {

class Database;

// Door-to-door visits and their outcome per resident (visit + visit_outcome rows).
// Callers own the transaction, as with ResidentStore.
class VisitStore
{
    Q_DECLARE_TR_FUNCTIONS(VisitStore)
public:
    struct Outcome
    {
        qint64 id = 0;
        qint64 visitId = 0;
        qint64 residentId = 0;
        VisitOutcome outcome = VisitOutcome::Done;
        QDateTime comeBackAt; // only for ComeBack
        QString note;
    };

    explicit VisitStore(Database &db)
        : m_db(db)
    {
    }

    // The visit of a household on a day by a team (teamId 0: none): found, or created.
    // `created` tells whether it is new (an undo then removes it again).
    Result<qint64> ensureVisit(qint64 householdId, const QDate &date, qint64 teamId,
                               bool *created = nullptr);
    Status deleteVisit(qint64 visitId);

    Result<qint64> addOutcome(const Outcome &o);
    Status deleteOutcome(qint64 outcomeId);
    std::optional<Outcome> outcomeOf(qint64 visitId, qint64 residentId) const;
    int outcomeCount(qint64 visitId) const;

private:
    Database &m_db;
};

} // namespace sotay
