#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <functional>

namespace sotay {

class Database;

// Step-by-step schema upgrades, each in its own transaction, tracked by PRAGMA user_version.
// To change the schema: append a step to the list in Migrations.cpp; never edit an old one.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    static Status migrate(Database &db);
    // Hook for backups: called once before the first step when an existing file upgrades.
    static void setBeforeMigrate(std::function<void(const QString &path, int fromVersion)> hook);
};

} // namespace sotay
