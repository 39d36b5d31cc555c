#pragma once

#include "model/Enums.h"
#include "rules/BirthDate.h"

#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVector>

namespace sotay {

class Database;

// The read side of the residents list: a filter/search/sort spec turned into one SQL
// statement with bound values. count() and page(offset, limit) never load the whole ward,
// so the window can show 300,000 residents a page at a time.
class ResidentQuery
{
public:
    enum class Filter : int {
        All = 0,
        NeedsAction,          // eligible and the next step is the team's to do
        ApprovedNotActivated, // eligible, approved at some level, activated at none
        NotRegistered,        // eligible, nothing at either level
        Activated,            // activated at some level
        Excluded,             // an exclusion in force
        Under14,
        Turning14Within, // under 14 today, 14 within `withinDays`
        NoSmartphone,
        ComeBackDue, // latest visit outcome "come back on" due within `withinDays`
    };
    enum class Column : int {
        Name = 0,
        Birth,
        IdNumber,
        Phone,
        Level1,
        Level2,
        NextStep,
        Team,
        LastVisit,
        Count
    };

    struct Spec
    {
        qint64 groupId = 0;     // 0: the whole ward
        qint64 householdId = 0; // 0: every household of the scope
        QString search;         // words of a name (any case, any marks) or digits of ID / phone
        Filter filter = Filter::All;
        int withinDays = 30;
        qint64 teamId = 0; // 0: any team
        Column sortColumn = Column::Name;
        bool ascending = true;
        QDate today; // invalid: Clock::today()
    };

    struct Row
    {
        qint64 id = 0;
        qint64 householdId = 0;
        QString fullName;
        BirthDate birth;
        QString idNumber;
        QString phone;
        AccountStatus level1 = AccountStatus::None;
        QDate level1Date;
        AccountStatus level2 = AccountStatus::None;
        QDate level2Date;
        ExclusionReason exclusion = ExclusionReason::None;
        NextStep next = NextStep::Nothing;
        qint64 teamId = 0;
        QString teamName;
        QDate lastVisit;
    };

    ResidentQuery(Database &db, Spec spec);

    const Spec &spec() const { return m_spec; }
    // Also tells page() and ids() how many rows match, so they can choose how to find them.
    qint64 count() const;
    QVector<Row> page(qint64 offset, int limit) const;
    // Ids in list order: the window of the list, without the shown columns.
    QVector<qint64> ids(qint64 offset, int limit) const;

    // The SQL expression of the next step, shared with the outcome list.
    static QString nextStepSql();

private:
    // At most this many matches (known from count()): a name search goes through the name
    // index and sorts what it finds instead of walking the ward in list order.
    static constexpr qint64 kFewMatches = 10000;
    QString whereSql(QVariantList &binds, bool fewMatches) const;
    bool needsHousehold() const;
    QString fromSql() const;
    // The ORDER BY clause; for a computed column, its expression (selected AS sort_value)
    // and the values it binds.
    QString orderSql(QString *sortExpr, QVariantList *sortBinds) const;

    Database &m_db;
    Spec m_spec;
    bool m_digitsIndex = false;  // the ward has the resident_digits trigram index
    mutable qint64 m_count = -1; // the last count(), -1 before
};

} // namespace sotay
