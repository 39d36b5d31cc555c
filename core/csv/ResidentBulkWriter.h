#pragma once

#include "Result.h"
#include "model/Household.h"
#include "model/Resident.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace sotay {

class Database;
class SqliteStatement;

// The write path of a residents import, for speed: the same rows ResidentStore writes for a
// NEW household or a NEW resident (the same derived keys, cache columns and history events),
// but through SQLite statements without QSqlQuery/QVariant, with the derived keys of names
// and streets cached for the run, one timestamp per import, and - when the ward holds few
// residents compared with the file - the secondary indexes dropped at begin() and built again
// by finish(), inside the caller's transaction (a rollback brings them back as they were).
// Updates of existing rows stay with ResidentStore.
class ResidentBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(ResidentBulkWriter)
public:
    explicit ResidentBulkWriter(Database &db);
    ~ResidentBulkWriter();
    ResidentBulkWriter(const ResidentBulkWriter &) = delete;
    ResidentBulkWriter &operator=(const ResidentBulkWriter &) = delete;

    // Inside the transaction. source: the file name for the history; expectedRows: about
    // how many rows the file has (decides whether rebuilding the indexes pays).
    Status begin(const QString &source, qint64 expectedRows);
    // Builds the indexes begin() dropped; call before the commit.
    Status finish();
    // The ward had no resident when begin() ran: no row of the file can match a stored one
    // by its ID number (a repeated ID number is rejected by seenIdNumber first).
    bool wardWasEmpty() const { return m_wardWasEmpty; }
    QStringList droppedIndexes() const;

    // Line of an earlier row of this file with the same ID number, or 0 (and remembers it,
    // on disk: constant memory for any file size).
    Result<qint64> seenIdNumber(const QString &idNumber, qint64 line);
    std::optional<Household> householdByCode(const QString &code);
    std::optional<qint64> findByIdNumber(const QString &idNumber);
    // A household whose code is not in the ward yet; fills h.id and the address parts as
    // ResidentStore::saveHousehold does.
    Result<qint64> insertHousehold(Household &h);
    // As ResidentStore::insertResident (fills r.id), with the source given to begin().
    Result<qint64> insertResident(Resident &r);

private:
    struct Statements;
    const QString &cached(QHash<QString, QString> &cache, const QString &key,
                          QString (*derive)(const QString &));
    static QString isoDate(const QDate &d); // as QDate::toString(Qt::ISODate)
    Status fail(const SqliteStatement &s);

    Database &m_db;
    std::unique_ptr<Statements> m_st;
    bool m_wardWasEmpty = false;
    QVector<std::pair<QString, QByteArray>> m_dropped; // name, CREATE INDEX statement
    QString m_source, m_now, m_recordedBy;
    QHash<QString, QString> m_collation, m_fold, m_natural;
};

} // namespace sotay
