#include "storage/WardStore.h"

#include "Clock.h"
#include "rules/Text.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

bool WardStore::hasWard() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM ward WHERE id = 1")) && q.next();
}

Result<WardInfo> WardStore::ward() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, unit, province, upper_unit, signer_name, "
                               "signer_title, place FROM ward WHERE id = 1")))
        return Result<WardInfo>::failure(q.lastError().text());
    if (!q.next())
        return Result<WardInfo>::failure(tr("The ward file has no ward yet."));
    WardInfo w;
    w.name = q.value(0).toString();
    w.unit = q.value(1).toString();
    w.province = q.value(2).toString();
    w.upperUnit = q.value(3).toString();
    w.signerName = q.value(4).toString();
    w.signerTitle = q.value(5).toString();
    w.place = q.value(6).toString();
    return w;
}

Status WardStore::saveWard(const WardInfo &info)
{
    if (Text::clean(info.name).isEmpty())
        return Status::failure(tr("The ward needs a name."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Result<WardInfo> before = ward(); // fails when the ward is being created
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO ward(id, name, unit, province, upper_unit, signer_name, signer_title, place, "
        "created_at) VALUES (1, :name, :unit, :province, :upper, :signer, :title, :place, :now) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, unit = excluded.unit, "
        "province = excluded.province, upper_unit = excluded.upper_unit, "
        "signer_name = excluded.signer_name, signer_title = excluded.signer_title, "
        "place = excluded.place"));
    q.bindValue(QStringLiteral(":name"), Text::clean(info.name));
    q.bindValue(QStringLiteral(":unit"), Text::clean(info.unit));
    q.bindValue(QStringLiteral(":province"), Text::clean(info.province));
    q.bindValue(QStringLiteral(":upper"), Text::clean(info.upperUnit));
    q.bindValue(QStringLiteral(":signer"), Text::clean(info.signerName));
    q.bindValue(QStringLiteral(":title"), Text::clean(info.signerTitle));
    q.bindValue(QStringLiteral(":place"), Text::clean(info.place));
    q.bindValue(QStringLiteral(":now"), Clock::now().toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    // Creating the ward is audited by its creator (ward.create); a change of its details here.
    if (before) {
        const Result<WardInfo> read = ward();
        const WardInfo after = read ? read.value() : WardInfo{};
        AuditChange c(QStringLiteral("ward.update"), QStringLiteral("ward"), 1);
        c.field("name", before.value().name, after.name)
            .field("unit", before.value().unit, after.unit)
            .field("province", before.value().province, after.province)
            .field("upper_unit", before.value().upperUnit, after.upperUnit)
            .field("signer_name", before.value().signerName, after.signerName)
            .field("signer_title", before.value().signerTitle, after.signerTitle)
            .field("place", before.value().place, after.place);
        if (!c.isEmpty()) {
            if (Status s = AuditLog(m_db).record(c); !s)
                return s;
        }
    }
    return tx.commit();
}

QString WardStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status WardStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

} // namespace sotay
