#pragma once

#include "Result.h"
#include "model/Household.h"
#include "model/Resident.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace sotay {

class Database;

// The one write path for groups, households, residents and their status history. Every
// writer (import, sample, the window's undo commands) goes through here so the derived
// keys and the current-status cache stay true. Callers own the transaction.
//
// Status rule: as of a day D, a level's status is the highest status among its events
// dated on or before D that are not older (by date, then id) than the latest correction
// dated on or before D. Plain events therefore never lower a status; only a correction does.
class ResidentStore
{
    Q_DECLARE_TR_FUNCTIONS(ResidentStore)
public:
    explicit ResidentStore(Database &db);
    ~ResidentStore();

    Result<qint64> ensureGroup(const QString &name, const QDate &createdOn);

    // Finds the household by code, or creates it; fills h.id. Existing households get the
    // non-empty fields of h.
    Result<qint64> saveHousehold(Household &h);

    // Inserts a resident and its initial history (statuses and exclusion dated from r),
    // fills r.id.
    Result<qint64> insertResident(Resident &r, const QString &source);
    // Updates the plain fields (not statuses, not exclusion: those have their own history).
    Status updateResident(const Resident &r);
    Status deleteResident(qint64 id);

    struct StatusEvent
    {
        qint64 residentId = 0;
        int level = 1;
        AccountStatus status = AccountStatus::None;
        QDate date;
        QString source = QStringLiteral("manual");
        qint64 teamId = 0;
        bool correction = false;
    };
    // Records the event and refreshes the resident's current status.
    Result<qint64> recordStatus(const StatusEvent &e);
    Status deleteStatusEvent(qint64 eventId); // undo of a recorded status
    Result<qint64> recordExclusion(qint64 residentId, ExclusionReason reason, const QDate &date,
                                   const QString &source);
    Status deleteExclusionEvent(qint64 eventId);
    // Status of one level as of a day, by the rule above; and the date it was reached.
    std::pair<AccountStatus, QDate> statusAsOf(qint64 residentId, int level, const QDate &day);

    std::optional<Resident> resident(qint64 id);
    std::optional<qint64> findByIdNumber(const QString &idNumber);
    std::optional<qint64> findByIdentity(const QString &householdCode, const QString &fullName,
                                         const BirthDate &birth, bool withoutIdNumberOnly);
    std::optional<Household> household(qint64 id);
    std::optional<Household> householdByCode(const QString &code);

private:
    Result<qint64> insertStatusEvent(const StatusEvent &e);
    Status refreshStatusCache(qint64 residentId, int level);
    Status refreshExclusionCache(qint64 residentId);
    QSqlQuery &prepared(const char *key, const QString &sql);

    Database &m_db;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace sotay
