#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sotay {

class Database;

// The free text of a weekly report (difficulties, proposals), kept per Thursday (week_note).
struct WeekNote
{
    QDate reportDate;
    QString difficulties;
    QString proposals;
};

class WeekNotes
{
    Q_DECLARE_TR_FUNCTIONS(WeekNotes)
public:
    explicit WeekNotes(Database &db)
        : m_db(db)
    {
    }
    WeekNote note(const QDate &reportDate) const; // empty texts when none is kept
    Status save(const WeekNote &note);

private:
    Database &m_db;
};

} // namespace sotay
