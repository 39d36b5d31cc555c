#include "storage/ResidentStore.h"

#include "Clock.h"
#include "rules/Address.h"
#include "rules/PersonName.h"
#include "rules/Text.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlError>

namespace sotay {

struct ResidentStore::Cache
{
    QHash<QByteArray, QSqlQuery *> queries;
    ~Cache() { qDeleteAll(queries); }
};

namespace {
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
// TEXT NOT NULL columns: Qt binds a null QString as SQL NULL, so bind an empty one.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
Status failed(const QSqlQuery &q)
{
    return Status::failure(q.lastError().text());
}
} // namespace

ResidentStore::ResidentStore(Database &db)
    : m_db(db)
    , m_cache(std::make_unique<Cache>())
{
}

ResidentStore::~ResidentStore() = default;

// Prepared once per store: a 300,000-row import reuses the same statements.
QSqlQuery &ResidentStore::prepared(const char *key, const QString &sql)
{
    QSqlQuery *&q = m_cache->queries[QByteArray(key)];
    if (!q) {
        q = new QSqlQuery(m_db.connection());
        q->prepare(sql);
    }
    return *q;
}

Result<qint64> ResidentStore::ensureGroup(const QString &rawName, const QDate &createdOn)
{
    const QString name = Text::clean(rawName);
    if (name.isEmpty())
        return Result<qint64>::failure(tr("The residential group has no name."));
    QSqlQuery &find = prepared("group.find", QStringLiteral("SELECT id FROM res_group WHERE name = ?"));
    find.addBindValue(name);
    if (find.exec() && find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        return id;
    }
    QSqlQuery &ins = prepared("group.insert",
                              QStringLiteral("INSERT INTO res_group(name, sort_key, created_on) VALUES (?,?,?)"));
    ins.addBindValue(name);
    ins.addBindValue(Text::naturalKey(name));
    ins.addBindValue(createdOn.toString(Qt::ISODate));
    if (!ins.exec())
        return Result<qint64>::failure(ins.lastError().text());
    return ins.lastInsertId().toLongLong();
}

Result<qint64> ResidentStore::saveHousehold(Household &h)
{
    h.code = Text::clean(h.code);
    h.address = Text::clean(h.address);
    const Address parts = Address::parse(h.address);
    if (h.houseNumber.isEmpty() && h.lane.isEmpty() && h.street.isEmpty()) {
        h.houseNumber = parts.houseNumber;
        h.lane = parts.lane;
        h.street = parts.street;
    }
    Address walk;
    walk.houseNumber = h.houseNumber;
    walk.lane = h.lane;
    walk.street = h.street;

    if (const auto existing = householdByCode(h.code)) {
        QSqlQuery &up = prepared(
            "household.update",
            QStringLiteral("UPDATE household SET group_id = ?, address = ?, house_number = ?, lane = ?, "
                           "street = ?, address_key = ?, walk_key = ?, head_name = ?, device = ? WHERE id = ?"));
        const bool newAddress = !h.address.isEmpty();
        up.addBindValue(h.groupId ? h.groupId : existing->groupId);
        up.addBindValue(newAddress ? h.address : existing->address);
        const Address a = newAddress ? walk : Address{existing->houseNumber, existing->lane, existing->street};
        up.addBindValue(notNull(a.houseNumber));
        up.addBindValue(notNull(a.lane));
        up.addBindValue(notNull(a.street));
        up.addBindValue(Text::naturalKey(newAddress ? h.address : existing->address));
        up.addBindValue(a.walkKey());
        up.addBindValue(notNull(h.headName.isEmpty() ? existing->headName : Text::clean(h.headName)));
        up.addBindValue(int(h.device == DeviceSurvey::Unknown ? existing->device : h.device));
        up.addBindValue(existing->id);
        if (!up.exec())
            return Result<qint64>::failure(up.lastError().text());
        h.id = existing->id;
        return h.id;
    }
    QSqlQuery &ins = prepared(
        "household.insert",
        QStringLiteral("INSERT INTO household(code, group_id, address, house_number, lane, street, "
                       "address_key, walk_key, head_name, device) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    ins.addBindValue(h.code);
    ins.addBindValue(h.groupId);
    ins.addBindValue(h.address);
    ins.addBindValue(notNull(h.houseNumber));
    ins.addBindValue(notNull(h.lane));
    ins.addBindValue(notNull(h.street));
    ins.addBindValue(Text::naturalKey(h.address));
    ins.addBindValue(walk.walkKey());
    ins.addBindValue(notNull(Text::clean(h.headName)));
    ins.addBindValue(int(h.device));
    if (!ins.exec())
        return Result<qint64>::failure(ins.lastError().text());
    h.id = ins.lastInsertId().toLongLong();
    return h.id;
}

Result<qint64> ResidentStore::insertResident(Resident &r, const QString &source)
{
    r.fullName = Text::clean(r.fullName);
    const PersonName name(r.fullName);
    const QString now = Clock::now().toString(Qt::ISODate);
    if (!r.knownSince.isValid())
        r.knownSince = Clock::today();
    QSqlQuery &ins = prepared(
        "resident.insert",
        QStringLiteral(
            "INSERT INTO resident(household_id, full_name, family_name, middle_name, given_name, "
            "search_key, sort_key, birth_date, birth_eff, gender, id_number, phone, relation, residence, "
            "id_card, smartphone, known_since, created_at, updated_at, l1_status, l1_date, l2_status, "
            "l2_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    ins.addBindValue(r.householdId);
    ins.addBindValue(r.fullName);
    ins.addBindValue(notNull(name.family()));
    ins.addBindValue(notNull(name.middle()));
    ins.addBindValue(notNull(name.given()));
    ins.addBindValue(Text::fold(r.fullName));
    ins.addBindValue(name.sortKey());
    ins.addBindValue(r.birth.toStorage());
    ins.addBindValue(r.birth.effectiveDate().toString(Qt::ISODate));
    ins.addBindValue(int(r.gender));
    ins.addBindValue(textOrNull(r.idNumber));
    ins.addBindValue(notNull(r.phone));
    ins.addBindValue(notNull(Text::clean(r.relation)));
    ins.addBindValue(int(r.residence));
    ins.addBindValue(int(r.idCard));
    ins.addBindValue(int(r.smartphone));
    ins.addBindValue(r.knownSince.toString(Qt::ISODate));
    ins.addBindValue(now);
    ins.addBindValue(now);
    // A new resident has one event per level, so the cache is known without asking the
    // history: this keeps a 300,000-row import to one statement per event.
    if (r.level1 != AccountStatus::None && !r.level1Date.isValid())
        r.level1Date = r.knownSince;
    if (r.level2 != AccountStatus::None && !r.level2Date.isValid())
        r.level2Date = r.knownSince;
    ins.addBindValue(int(r.level1));
    ins.addBindValue(r.level1 != AccountStatus::None ? dateOrNull(r.level1Date) : QVariant());
    ins.addBindValue(int(r.level2));
    ins.addBindValue(r.level2 != AccountStatus::None ? dateOrNull(r.level2Date) : QVariant());
    if (!ins.exec())
        return Result<qint64>::failure(ins.lastError().text());
    r.id = ins.lastInsertId().toLongLong();

    for (int level : {1, 2}) {
        const AccountStatus s = level == 1 ? r.level1 : r.level2;
        if (s == AccountStatus::None)
            continue;
        StatusEvent e;
        e.residentId = r.id;
        e.level = level;
        e.status = s;
        e.date = level == 1 ? r.level1Date : r.level2Date;
        e.source = source;
        if (auto ev = insertStatusEvent(e); !ev)
            return Result<qint64>::failure(ev.error());
    }
    if (r.exclusion != ExclusionReason::None) {
        if (auto ex = recordExclusion(r.id, r.exclusion,
                                      r.excludedOn.isValid() ? r.excludedOn : r.knownSince, source);
            !ex)
            return Result<qint64>::failure(ex.error());
    }
    return r.id;
}

Status ResidentStore::updateResident(const Resident &r)
{
    const QString full = Text::clean(r.fullName);
    const PersonName name(full);
    QSqlQuery &up = prepared(
        "resident.update",
        QStringLiteral("UPDATE resident SET household_id = ?, full_name = ?, family_name = ?, "
                       "middle_name = ?, given_name = ?, search_key = ?, sort_key = ?, birth_date = ?, "
                       "birth_eff = ?, gender = ?, id_number = ?, phone = ?, relation = ?, residence = ?, "
                       "id_card = ?, smartphone = ?, updated_at = ? WHERE id = ?"));
    up.addBindValue(r.householdId);
    up.addBindValue(full);
    up.addBindValue(notNull(name.family()));
    up.addBindValue(notNull(name.middle()));
    up.addBindValue(notNull(name.given()));
    up.addBindValue(Text::fold(full));
    up.addBindValue(name.sortKey());
    up.addBindValue(r.birth.toStorage());
    up.addBindValue(r.birth.effectiveDate().toString(Qt::ISODate));
    up.addBindValue(int(r.gender));
    up.addBindValue(textOrNull(r.idNumber));
    up.addBindValue(notNull(r.phone));
    up.addBindValue(notNull(Text::clean(r.relation)));
    up.addBindValue(int(r.residence));
    up.addBindValue(int(r.idCard));
    up.addBindValue(int(r.smartphone));
    up.addBindValue(Clock::now().toString(Qt::ISODate));
    up.addBindValue(r.id);
    if (!up.exec())
        return failed(up);
    return Status::success();
}

Status ResidentStore::deleteResident(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM resident WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() ? Status::success() : failed(q);
}

Result<qint64> ResidentStore::recordStatus(const StatusEvent &e)
{
    auto id = insertStatusEvent(e);
    if (!id)
        return id;
    if (Status s = refreshStatusCache(e.residentId, e.level); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<qint64> ResidentStore::insertStatusEvent(const StatusEvent &e)
{
    QSqlQuery &ins = prepared(
        "status.insert",
        QStringLiteral("INSERT INTO status_event(resident_id, level, status, date, source, recorded_by, "
                       "recorded_at, team_id, is_correction) VALUES (?,?,?,?,?,?,?,?,?)"));
    ins.addBindValue(e.residentId);
    ins.addBindValue(e.level);
    ins.addBindValue(int(e.status));
    ins.addBindValue(e.date.toString(Qt::ISODate));
    ins.addBindValue(e.source);
    ins.addBindValue(m_db.operatorName().isEmpty() ? m_db.osUser() : m_db.operatorName());
    ins.addBindValue(Clock::now().toString(Qt::ISODate));
    ins.addBindValue(e.teamId ? QVariant(e.teamId) : QVariant());
    ins.addBindValue(e.correction ? 1 : 0);
    if (!ins.exec())
        return Result<qint64>::failure(ins.lastError().text());
    return ins.lastInsertId().toLongLong();
}

Status ResidentStore::deleteStatusEvent(qint64 eventId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM status_event WHERE id = ? RETURNING resident_id, level"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return failed(q);
    const qint64 rid = q.value(0).toLongLong();
    const int level = q.value(1).toInt();
    q.finish();
    return refreshStatusCache(rid, level);
}

std::pair<AccountStatus, QDate> ResidentStore::statusAsOf(qint64 residentId, int level, const QDate &day)
{
    // Highest status since the latest correction; its date is the first event reaching it.
    QSqlQuery &q = prepared(
        "status.asof",
        QStringLiteral(
            "WITH ev AS (SELECT id, status, date, is_correction FROM status_event "
            "            WHERE resident_id = :r AND level = :l AND date <= :d), "
            "corr AS (SELECT date, id FROM ev WHERE is_correction = 1 ORDER BY date DESC, id DESC LIMIT 1), "
            "live AS (SELECT * FROM ev WHERE NOT EXISTS (SELECT 1 FROM corr) "
            "         OR (ev.date, ev.id) >= (SELECT date, id FROM corr)) "
            "SELECT status, date FROM live ORDER BY status DESC, date ASC, id ASC LIMIT 1"));
    q.bindValue(QStringLiteral(":r"), residentId);
    q.bindValue(QStringLiteral(":l"), level);
    q.bindValue(QStringLiteral(":d"), day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    std::pair<AccountStatus, QDate> out{AccountStatus::None, QDate()};
    if (q.exec() && q.next())
        out = {AccountStatus(q.value(0).toInt()), QDate::fromString(q.value(1).toString(), Qt::ISODate)};
    q.finish();
    return out;
}

Status ResidentStore::refreshStatusCache(qint64 residentId, int level)
{
    const auto [status, date] = statusAsOf(residentId, level, QDate());
    QSqlQuery &up = prepared(level == 1 ? "status.cache1" : "status.cache2",
                             level == 1 ? QStringLiteral("UPDATE resident SET l1_status = ?, l1_date = ? WHERE id = ?")
                                        : QStringLiteral("UPDATE resident SET l2_status = ?, l2_date = ? WHERE id = ?"));
    up.addBindValue(int(status));
    up.addBindValue(dateOrNull(date));
    up.addBindValue(residentId);
    return up.exec() ? Status::success() : failed(up);
}

Result<qint64> ResidentStore::recordExclusion(qint64 residentId, ExclusionReason reason,
                                              const QDate &date, const QString &source)
{
    QSqlQuery &ins = prepared(
        "exclusion.insert",
        QStringLiteral("INSERT INTO exclusion_event(resident_id, reason, date, source, recorded_by, "
                       "recorded_at) VALUES (?,?,?,?,?,?)"));
    ins.addBindValue(residentId);
    ins.addBindValue(int(reason));
    ins.addBindValue(date.toString(Qt::ISODate));
    ins.addBindValue(source);
    ins.addBindValue(m_db.operatorName().isEmpty() ? m_db.osUser() : m_db.operatorName());
    ins.addBindValue(Clock::now().toString(Qt::ISODate));
    if (!ins.exec())
        return Result<qint64>::failure(ins.lastError().text());
    const qint64 id = ins.lastInsertId().toLongLong();
    if (Status s = refreshExclusionCache(residentId); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status ResidentStore::deleteExclusionEvent(qint64 eventId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM exclusion_event WHERE id = ? RETURNING resident_id"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return failed(q);
    const qint64 rid = q.value(0).toLongLong();
    q.finish();
    return refreshExclusionCache(rid);
}

Status ResidentStore::refreshExclusionCache(qint64 residentId)
{
    QSqlQuery &up = prepared(
        "exclusion.cache",
        // No events left (undo of the only one): back to not excluded (exclusion is NOT NULL).
        QStringLiteral("UPDATE resident SET (exclusion, excluded_on) = "
                       "(SELECT ifnull(max(e.reason), 0), CASE WHEN max(e.reason) > 0 THEN max(e.date) END "
                       " FROM (SELECT 1) LEFT JOIN (SELECT reason, date FROM exclusion_event "
                       " WHERE resident_id = :r ORDER BY date DESC, id DESC LIMIT 1) e) WHERE id = :r"));
    up.bindValue(QStringLiteral(":r"), residentId);
    return up.exec() ? Status::success() : failed(up);
}

std::optional<Resident> ResidentStore::resident(qint64 id)
{
    QSqlQuery &q = prepared(
        "resident.get",
        QStringLiteral("SELECT household_id, full_name, birth_date, gender, id_number, phone, relation, "
                       "residence, id_card, smartphone, known_since, l1_status, l1_date, l2_status, "
                       "l2_date, exclusion, excluded_on FROM resident WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Resident r;
    r.id = id;
    r.householdId = q.value(0).toLongLong();
    r.fullName = q.value(1).toString();
    r.birth = BirthDate::fromStorage(q.value(2).toString());
    r.gender = Gender(q.value(3).toInt());
    r.idNumber = q.value(4).toString();
    r.phone = q.value(5).toString();
    r.relation = q.value(6).toString();
    r.residence = Residence(q.value(7).toInt());
    r.idCard = IdCardStatus(q.value(8).toInt());
    r.smartphone = Smartphone(q.value(9).toInt());
    r.knownSince = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.level1 = AccountStatus(q.value(11).toInt());
    r.level1Date = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    r.level2 = AccountStatus(q.value(13).toInt());
    r.level2Date = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    r.exclusion = ExclusionReason(q.value(15).toInt());
    r.excludedOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    q.finish();
    return r;
}

std::optional<qint64> ResidentStore::findByIdNumber(const QString &idNumber)
{
    QSqlQuery &q = prepared("resident.byid", QStringLiteral("SELECT id FROM resident WHERE id_number = ?"));
    q.addBindValue(idNumber);
    std::optional<qint64> out;
    if (q.exec() && q.next())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

std::optional<qint64> ResidentStore::findByIdentity(const QString &householdCode, const QString &fullName,
                                                    const BirthDate &birth, bool withoutIdNumberOnly)
{
    QSqlQuery &q = prepared(
        "resident.identity",
        QStringLiteral("SELECT r.id, r.full_name, r.id_number FROM resident r JOIN household h "
                       "ON h.id = r.household_id WHERE h.code = ? AND r.birth_date = ?"));
    q.addBindValue(Text::clean(householdCode));
    q.addBindValue(birth.toStorage());
    std::optional<qint64> out;
    if (q.exec()) {
        while (q.next()) {
            if (withoutIdNumberOnly && !q.value(2).isNull())
                continue;
            if (PersonName::sameName(q.value(1).toString(), fullName)) {
                out = q.value(0).toLongLong();
                break;
            }
        }
    }
    q.finish();
    return out;
}

std::optional<Household> ResidentStore::householdByCode(const QString &code)
{
    QSqlQuery &q = prepared("household.bycode", QStringLiteral("SELECT id FROM household WHERE code = ?"));
    q.addBindValue(Text::clean(code));
    std::optional<qint64> id;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id ? household(*id) : std::nullopt;
}

std::optional<Household> ResidentStore::household(qint64 id)
{
    QSqlQuery &q = prepared(
        "household.get",
        QStringLiteral("SELECT code, group_id, address, house_number, lane, street, head_name, device "
                       "FROM household WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Household h;
    h.id = id;
    h.code = q.value(0).toString();
    h.groupId = q.value(1).toLongLong();
    h.address = q.value(2).toString();
    h.houseNumber = q.value(3).toString();
    h.lane = q.value(4).toString();
    h.street = q.value(5).toString();
    h.headName = q.value(6).toString();
    h.device = DeviceSurvey(q.value(7).toInt());
    q.finish();
    return h;
}

} // namespace sotay
