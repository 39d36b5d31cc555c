#pragma once

#include "Result.h"
#include "model/WardInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace sotay {

class Database;

// The confirmation list (reports.md "Danh sách xác nhận"): the eligible residents whose first
// activation (either level) is dated within a period, as the history stands at its end — the
// same people as "Kích hoạt mới" of the weekly report when the period is its week.
class ConfirmationList
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationList)
public:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        QString birthYear;
        QString maskedId;
        QString group;
        QString address;
        int level = 1; // highest level activated at the period's end
        QDate activatedOn;
    };

    WardInfo ward;
    QDate from;
    QDate to;
    QString group;          // empty: the whole ward
    QVector<Entry> entries; // by group (natural order), walking order, name

    // groupId 0: the whole ward. Refuses an empty or reversed period.
    static Result<ConfirmationList> load(Database &db, const QDate &from, const QDate &to,
                                         qint64 groupId = 0);
};

} // namespace sotay
