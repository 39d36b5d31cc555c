#include "reports/ConfirmationList.h"

#include "reports/ResidentStateQuery.h"
#include "rules/DateText.h"
#include "rules/IdNumber.h"
#include "storage/Database.h"
#include "storage/WardStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

Result<ConfirmationList> ConfirmationList::load(Database &db, const QDate &from, const QDate &to,
                                                qint64 groupId)
{
    using R = Result<ConfirmationList>;
    if (!from.isValid() || !to.isValid() || from > to)
        return R::failure(tr("Choose a period whose first day is not after its last day."));
    auto ward = WardStore(db).ward();
    if (!ward)
        return R::failure(ward.error());
    ConfirmationList c;
    c.ward = ward.take();
    c.from = from;
    c.to = to;
    if (groupId) {
        QSqlQuery g(db.connection());
        g.prepare(QStringLiteral("SELECT name FROM res_group WHERE id = ?"));
        g.addBindValue(groupId);
        if (!g.exec())
            return R::failure(g.lastError().text());
        if (!g.next())
            return R::failure(tr("The residential group no longer exists."));
        c.group = g.value(0).toString();
    }

    const ResidentStateQuery state(to, groupId, ResidentStateQuery::Source::CacheWhereUnchanged);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("WITH ") + state.sql() +
              QStringLiteral(
                  "SELECT r.id, r.full_name, r.birth_date, r.id_number, g.name, h.address,"
                  " CASE WHEN s.l2 = 3 THEN 2 ELSE 1 END, s.first_act"
                  " FROM state s JOIN resident r ON r.id = s.id"
                  " JOIN household h ON h.id = s.household_id JOIN res_group g ON g.id = s.group_id"
                  " WHERE s.aged14 AND NOT s.excluded AND s.first_act >= :from"
                  " ORDER BY g.sort_key, g.id, h.walk_key, h.address_key, h.id, r.sort_key, r.id"));
    state.bind(q);
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.setForwardOnly(true);
    if (!q.exec())
        return R::failure(q.lastError().text());
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.birthYear = q.value(2).toString().left(4);
        const QString idNumber = q.value(3).toString();
        e.maskedId = idNumber.isEmpty() ? QString() : IdNumber::masked(idNumber);
        e.group = q.value(4).toString();
        e.address = q.value(5).toString();
        e.level = q.value(6).toInt();
        e.activatedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        c.entries.append(e);
    }
    return c;
}

} // namespace sotay
