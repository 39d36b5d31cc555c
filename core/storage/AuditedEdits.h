#pragma once

#include "Result.h"
#include "model/Household.h"
#include "model/Resident.h"
#include "storage/AuditChange.h"
#include "storage/ResidentStore.h"
#include "visits/VisitStore.h"

#include <QCoreApplication>

#include <optional>

namespace sotay {

class Database;

// The one-by-one changes a person makes in the window — a resident's or a household's fields,
// a level's status, an exclusion, a visit outcome — each together with its audit entry (who,
// when, what, old → new) in one Transaction: both are saved or neither. Undo and redo of a
// change go through here too and are entries of their own (AuditStep).
//
// Bulk writers (CSV import, sample ward) do NOT come here: they use ResidentStore directly and
// write one audit entry for the whole run.
class AuditedEdits
{
    Q_DECLARE_TR_FUNCTIONS(AuditedEdits)
public:
    explicit AuditedEdits(Database &db)
        : m_db(db)
    {
    }

    // The fields of `from` that differ in `to` ("full_name=A; phone=090…" → "full_name=B; …").
    static AuditChange residentChange(const Resident &from, const Resident &to,
                                      AuditStep step = AuditStep::Do);
    static AuditChange householdChange(const Household &from, const Household &to,
                                       AuditStep step = AuditStep::Do);

    // Saves the plain fields of `to` (ResidentStore::updateResident); the old side of the
    // entry is what the ward file held before, the new side what it holds after.
    Status updateResident(const Resident &to, AuditStep step = AuditStep::Do);
    // Address, head and device survey of an existing household (found by to.id).
    Status updateHousehold(const Household &to, AuditStep step = AuditStep::Do);

    Result<qint64> recordStatus(const ResidentStore::StatusEvent &event, AccountStatus previous,
                                AuditStep step = AuditStep::Do);
    Status undoStatus(qint64 eventId, const ResidentStore::StatusEvent &event,
                      AccountStatus previous);

    Result<qint64> recordExclusion(qint64 residentId, ExclusionReason previous,
                                   ExclusionReason reason, const QDate &date,
                                   AuditStep step = AuditStep::Do);
    Status undoExclusion(qint64 eventId, qint64 residentId, ExclusionReason reason,
                         ExclusionReason previous);

    struct OutcomeEntry
    {
        qint64 householdId = 0;
        qint64 residentId = 0;
        QDate date;
        qint64 teamId = 0;
        VisitOutcome outcome = VisitOutcome::Done;
        QDateTime comeBackAt;
    };
    // What recordOutcome() did, for its undo.
    struct RecordedOutcome
    {
        qint64 visitId = 0;
        bool createdVisit = false;
        qint64 outcomeId = 0;
        std::optional<VisitStore::Outcome> replaced;
    };
    // The household's visit of that day (created if needed) gets the resident's outcome,
    // replacing one entered before in the same visit.
    Result<RecordedOutcome> recordOutcome(const OutcomeEntry &entry,
                                          AuditStep step = AuditStep::Do);
    // Removes the outcome, puts back the one it replaced (its new id goes into `done`) and
    // removes a visit that recordOutcome() created and that is empty again.
    Status undoOutcome(const OutcomeEntry &entry, RecordedOutcome &done);

private:
    Database &m_db;
};

} // namespace sotay
