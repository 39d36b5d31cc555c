#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace sotay {

class Database;

// All or nothing: rolls back unless commit() succeeded. BEGIN IMMEDIATE takes the write
// lock at once, so a second writer fails here rather than half way through.
// Opened while the connection is already inside a transaction (a store method that owns its
// change, called from a caller that owns a bigger one), it becomes a savepoint of that
// transaction: commit() releases it, rollback() undoes only its own part.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
    QString m_error;
};

} // namespace sotay
