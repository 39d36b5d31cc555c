#include "storage/AuditedEdits.h"

#include "model/Vocabulary.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace sotay {

namespace {

// Runs `change` (which returns a Result<T>, with T = bool for a plain Status) and commits its
// writes with the audit entry, or rolls all of them back.
template <typename T, typename F> Result<T> inTransaction(Database &db, F change)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Result<T>::failure(tx.error());
    Result<T> r = change();
    if (!r)
        return r;
    if (Status s = tx.commit(); !s)
        return Result<T>::failure(s.error());
    return r;
}

Status toStatus(const Result<bool> &r)
{
    return r ? Status::success() : Status::failure(r.error());
}

Result<bool> fromStatus(const Status &s)
{
    return s ? Result<bool>(true) : Result<bool>::failure(s.error());
}

QString statusText(int level, AccountStatus s)
{
    return QStringLiteral("l%1=%2").arg(level).arg(Vocabulary::statusKey(s));
}

QString exclusionText(ExclusionReason r)
{
    const QString key = Vocabulary::exclusionKey(r);
    return key.isEmpty() ? QStringLiteral("none") : key;
}

} // namespace

AuditChange AuditedEdits::residentChange(const Resident &a, const Resident &b, AuditStep step)
{
    AuditChange c(QStringLiteral("resident.update"), QStringLiteral("resident"), b.id, step);
    c.field("full_name", a.fullName, b.fullName)
        .field("birth_date", a.birth.toStorage(), b.birth.toStorage())
        .field("gender", int(a.gender), int(b.gender))
        .field("id_number", a.idNumber, b.idNumber)
        .field("phone", a.phone, b.phone)
        .field("relation", a.relation, b.relation)
        .field("residence", int(a.residence), int(b.residence))
        .field("id_card", int(a.idCard), int(b.idCard))
        .field("smartphone", int(a.smartphone), int(b.smartphone))
        .field("household_id", a.householdId, b.householdId);
    return c;
}

AuditChange AuditedEdits::householdChange(const Household &a, const Household &b, AuditStep step)
{
    AuditChange c(QStringLiteral("household.update"), QStringLiteral("household"), b.id, step);
    c.field("address", a.address, b.address)
        .field("head_name", a.headName, b.headName)
        .field("device", int(a.device), int(b.device))
        .field("group_id", a.groupId, b.groupId);
    return c;
}

Status AuditedEdits::updateResident(const Resident &to, AuditStep step)
{
    return toStatus(inTransaction<bool>(m_db, [&]() -> Result<bool> {
        ResidentStore store(m_db);
        const std::optional<Resident> before = store.resident(to.id);
        if (!before)
            return Result<bool>::failure(tr("The resident is no longer in the ward file."));
        if (Status s = store.updateResident(to); !s)
            return fromStatus(s);
        const Resident after = store.resident(to.id).value_or(to);
        return fromStatus(AuditLog(m_db).record(residentChange(*before, after, step)));
    }));
}

Status AuditedEdits::updateHousehold(const Household &to, AuditStep step)
{
    return toStatus(inTransaction<bool>(m_db, [&]() -> Result<bool> {
        ResidentStore store(m_db);
        const std::optional<Household> before = store.household(to.id);
        if (!before)
            return Result<bool>::failure(tr("The household is no longer in the ward file."));
        Household h = to;
        // The address parts are derived again from the address.
        h.houseNumber.clear();
        h.lane.clear();
        h.street.clear();
        if (auto r = store.saveHousehold(h); !r)
            return Result<bool>::failure(r.error());
        const Household after = store.household(to.id).value_or(h);
        return fromStatus(AuditLog(m_db).record(householdChange(*before, after, step)));
    }));
}

Result<qint64> AuditedEdits::recordStatus(const ResidentStore::StatusEvent &e,
                                          AccountStatus previous, AuditStep step)
{
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto id = ResidentStore(m_db).recordStatus(e);
        if (!id)
            return id;
        AuditChange c(QStringLiteral("status.record"), QStringLiteral("resident"), e.residentId,
                      step);
        c.field("level", statusText(e.level, previous),
                statusText(e.level, e.status) + QLatin1Char(' ') + e.date.toString(Qt::ISODate));
        if (e.correction)
            c.setDetail(QStringLiteral("correction"));
        if (Status s = AuditLog(m_db).record(c); !s)
            return Result<qint64>::failure(s.error());
        return id;
    });
}

Status AuditedEdits::undoStatus(qint64 eventId, const ResidentStore::StatusEvent &e,
                                AccountStatus previous)
{
    return toStatus(inTransaction<bool>(m_db, [&]() -> Result<bool> {
        if (Status s = ResidentStore(m_db).deleteStatusEvent(eventId); !s)
            return fromStatus(s);
        AuditChange c(QStringLiteral("status.record"), QStringLiteral("resident"), e.residentId,
                      AuditStep::Undo);
        c.field("level", statusText(e.level, e.status), statusText(e.level, previous));
        return fromStatus(AuditLog(m_db).record(c));
    }));
}

Result<qint64> AuditedEdits::recordExclusion(qint64 residentId, ExclusionReason previous,
                                             ExclusionReason reason, const QDate &date,
                                             AuditStep step)
{
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto id =
            ResidentStore(m_db).recordExclusion(residentId, reason, date, QStringLiteral("manual"));
        if (!id)
            return id;
        AuditChange c(QStringLiteral("exclusion.record"), QStringLiteral("resident"), residentId,
                      step);
        c.field("exclusion", exclusionText(previous),
                exclusionText(reason) + QLatin1Char(' ') + date.toString(Qt::ISODate));
        if (Status s = AuditLog(m_db).record(c); !s)
            return Result<qint64>::failure(s.error());
        return id;
    });
}

Status AuditedEdits::undoExclusion(qint64 eventId, qint64 residentId, ExclusionReason reason,
                                   ExclusionReason previous)
{
    return toStatus(inTransaction<bool>(m_db, [&]() -> Result<bool> {
        if (Status s = ResidentStore(m_db).deleteExclusionEvent(eventId); !s)
            return fromStatus(s);
        AuditChange c(QStringLiteral("exclusion.record"), QStringLiteral("resident"), residentId,
                      AuditStep::Undo);
        c.field("exclusion", exclusionText(reason), exclusionText(previous));
        return fromStatus(AuditLog(m_db).record(c));
    }));
}

Result<AuditedEdits::RecordedOutcome> AuditedEdits::recordOutcome(const OutcomeEntry &entry,
                                                                  AuditStep step)
{
    using R = Result<RecordedOutcome>;
    return inTransaction<RecordedOutcome>(m_db, [&]() -> R {
        VisitStore visits(m_db);
        RecordedOutcome done;
        auto visit =
            visits.ensureVisit(entry.householdId, entry.date, entry.teamId, &done.createdVisit);
        if (!visit)
            return R::failure(visit.error());
        done.visitId = visit.value();
        done.replaced = visits.outcomeOf(done.visitId, entry.residentId);
        if (done.replaced) {
            if (Status s = visits.deleteOutcome(done.replaced->id); !s)
                return R::failure(s.error());
        }
        VisitStore::Outcome o;
        o.visitId = done.visitId;
        o.residentId = entry.residentId;
        o.outcome = entry.outcome;
        o.comeBackAt = entry.comeBackAt;
        auto id = visits.addOutcome(o);
        if (!id)
            return R::failure(id.error());
        done.outcomeId = id.value();
        AuditChange c(QStringLiteral("visit.outcome"), QStringLiteral("resident"), entry.residentId,
                      step);
        c.field("outcome", done.replaced ? QString::number(int(done.replaced->outcome)) : QString(),
                QString::number(int(entry.outcome)));
        c.setDetail(entry.date.toString(Qt::ISODate));
        if (Status s = AuditLog(m_db).record(c); !s)
            return R::failure(s.error());
        return done;
    });
}

Status AuditedEdits::undoOutcome(const OutcomeEntry &entry, RecordedOutcome &done)
{
    std::optional<VisitStore::Outcome> replaced = done.replaced;
    const Status status = toStatus(inTransaction<bool>(m_db, [&]() -> Result<bool> {
        VisitStore visits(m_db);
        if (Status s = visits.deleteOutcome(done.outcomeId); !s)
            return fromStatus(s);
        if (replaced) {
            auto again = visits.addOutcome(*replaced);
            if (!again)
                return Result<bool>::failure(again.error());
            replaced->id = again.value();
        }
        if (done.createdVisit && visits.outcomeCount(done.visitId) == 0) {
            if (Status s = visits.deleteVisit(done.visitId); !s)
                return fromStatus(s);
        }
        AuditChange c(QStringLiteral("visit.outcome"), QStringLiteral("resident"), entry.residentId,
                      AuditStep::Undo);
        c.field("outcome", QString::number(int(entry.outcome)),
                replaced ? QString::number(int(replaced->outcome)) : QString());
        c.setDetail(entry.date.toString(Qt::ISODate));
        return fromStatus(AuditLog(m_db).record(c));
    }));
    if (status)
        done.replaced = replaced;
    return status;
}

} // namespace sotay
