#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace sotay {

class Database;

// All or nothing for one change, inside the caller's Transaction or on its own: a store
// method that writes several rows opens one, so a failure half way leaves nothing behind
// even when the caller goes on. Rolls back to the savepoint unless release() succeeded.
class Savepoint
{
    Q_DECLARE_TR_FUNCTIONS(Savepoint)
public:
    explicit Savepoint(Database &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    Status release();

private:
    Database &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace sotay
