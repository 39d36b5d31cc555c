#pragma once

#include "Result.h"
#include "model/Enums.h"
#include "model/WardInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace sotay {

class Database;

// What the door-to-door checklist (reports.md "Danh sách rà soát") holds: one residential
// group, or one team's share of it, as of the print day; households in walking order, and
// in each only the eligible residents who still need something.
class Checklist
{
    Q_DECLARE_TR_FUNCTIONS(Checklist)
public:
    struct Person
    {
        qint64 id = 0;
        QString name;
        QString relation;
        QString birthYear;
        QString maskedId; // last 4 digits only; empty without an ID number
        QString phone;
        NextStep need = NextStep::Nothing;
        int approvedLevel = 0; // for ActivateApproved: the level approved (2 before 1)
    };
    struct Home
    {
        qint64 id = 0;
        QString code;
        QString address;
        QString head;
        QVector<Person> people;
    };

    WardInfo ward;
    QString group;
    QString team; // empty: the whole group
    QDate day;
    QVector<Home> homes;

    qsizetype personCount() const;

    // Whether a resident with these statuses belongs on the list (reports.md).
    static bool isListed(NextStep step);
    // groupName / teamName as the user typed them (matched after Text::clean); teamName empty
    // for the whole group. Refuses an unknown group or team.
    static Result<Checklist> load(Database &db, const QString &groupName, const QString &teamName,
                                  const QDate &day);
};

} // namespace sotay
