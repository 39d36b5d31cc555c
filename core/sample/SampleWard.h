#pragma once

#include "Result.h"
#include "model/WardInfo.h"

#include <QCoreApplication>
#include <QDate>

namespace sotay {

class Database;

// A realistic demo ward (cli.md `sample`): residents, households and groups through
// ResidentStore, then teams, assignments, targets, a two-phase campaign and visits.
// The same seed and the same today give the same ward.
class SampleWard
{
    Q_DECLARE_TR_FUNCTIONS(SampleWard)
public:
    struct Options
    {
        int residents = 1000;
        quint64 seed = 6;
        QString groupWord = QStringLiteral("Tổ dân phố");
    };
    struct Summary
    {
        int groups = 0;
        int households = 0;
        int residents = 0;
        int teams = 0;
        int visits = 0;
    };

    static WardInfo defaultWard();
    // Fills an empty ward (creates the ward row when missing); refuses one with residents.
    static Result<Summary> fill(Database &db, const Options &options);
};

} // namespace sotay
