#include "reports/WeekNotes.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

WeekNote WeekNotes::note(const QDate &reportDate) const
{
    WeekNote n;
    n.reportDate = reportDate;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT difficulties, proposals FROM week_note WHERE report_date = ?"));
    q.addBindValue(reportDate.toString(Qt::ISODate));
    if (q.exec() && q.next()) {
        n.difficulties = q.value(0).toString();
        n.proposals = q.value(1).toString();
    }
    return n;
}

Status WeekNotes::save(const WeekNote &n)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO week_note(report_date, difficulties, proposals) VALUES (?, ?, ?) "
        "ON CONFLICT(report_date) DO UPDATE SET difficulties = excluded.difficulties, "
        "proposals = excluded.proposals"));
    q.addBindValue(n.reportDate.toString(Qt::ISODate));
    q.addBindValue(n.difficulties.isNull() ? QStringLiteral("") : n.difficulties);
    q.addBindValue(n.proposals.isNull() ? QStringLiteral("") : n.proposals);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (Status s =
            AuditLog(m_db).record(QStringLiteral("week_note.save"), QStringLiteral("week_note"), 0,
                                  {}, n.reportDate.toString(Qt::ISODate));
        !s)
        return s;
    return tx.commit();
}

} // namespace sotay
