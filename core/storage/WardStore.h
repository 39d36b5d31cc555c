#pragma once

#include "Result.h"
#include "model/WardInfo.h"

#include <QCoreApplication>

namespace sotay {

class Database;

// The ward's own details and free settings (key → value).
class WardStore
{
    Q_DECLARE_TR_FUNCTIONS(WardStore)
public:
    explicit WardStore(Database &db) : m_db(db) {}
    bool hasWard() const;
    Result<WardInfo> ward() const;
    Status saveWard(const WardInfo &info); // creates the row on first call
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace sotay
