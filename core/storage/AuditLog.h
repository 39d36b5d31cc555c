#pragma once

#include "Result.h"
#include "storage/AuditChange.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace sotay {

class Database;

// Who changed what, when: one row per change, one per import (with its counts).
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString osUser;
        QString operatorName;
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString oldValue;
        QString newValue;
        QString detail;
    };
    struct Filter
    {
        QString action; // prefix, e.g. "import"
        QString text;   // contained in entity, values or detail
        QDate from, to; // inclusive; invalid = open
        int limit = 5000;
        QString user; // contained in the system user or the operator name
    };

    // Bulk work (the sample ward) writes one summary entry of its own instead of one per
    // change: while a BulkScope of a database lives (on this thread), record() on that
    // database writes nothing. Disclosures are always recorded.
    class BulkScope
    {
    public:
        explicit BulkScope(Database &db);
        ~BulkScope();
        BulkScope(const BulkScope &) = delete;
        BulkScope &operator=(const BulkScope &) = delete;

    private:
        const Database *m_previous;
    };

    explicit AuditLog(Database &db)
        : m_db(db)
    {
    }
    Status record(const QString &action, const QString &entity = {}, qint64 entityId = 0,
                  const QString &oldValue = {}, const QString &newValue = {},
                  const QString &detail = {});
    // The entry for a change built field by field (see AuditChange); call it inside the
    // Transaction that makes the change, so both are saved or neither.
    Status record(const AuditChange &change);
    // Printouts, PDFs and exports of personal data.
    Status recordDisclosure(const QString &document, const QString &scope, const QString &target);
    QVector<Entry> entries(const Filter &filter) const;

private:
    Database &m_db;
};

} // namespace sotay
