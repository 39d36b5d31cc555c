#include "csv/ResidentBulkWriter.h"

#include "Clock.h"
#include "rules/Address.h"
#include "rules/PersonName.h"
#include "rules/Text.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <sqlite3.h>

namespace sotay {

namespace {
// Indexes that only serve searching and sorting, rebuilt after a load into a (nearly) empty
// ward; the ones the import itself looks things up by stay.
const char *const kRebuilt[] = {"resident_sort", "resident_search", "household_group"};
// In a ward that was empty, nothing looks residents up by ID number during the import.
const char *const kRebuiltWhenEmpty[] = {"resident_id_number"};
// Derived-key caches are cleared past this size: memory stays bounded for any file.
constexpr qsizetype kMaxCached = 200000;
} // namespace

struct ResidentBulkWriter::Statements
{
    explicit Statements(sqlite3 *h)
        : seenAdd(h, "INSERT INTO import_seen_id(id_number, line) VALUES (?, ?) "
                     "ON CONFLICT(id_number) DO NOTHING")
        , seenFind(h, "SELECT line FROM import_seen_id WHERE id_number = ?")
        , householdByCode(h, "SELECT id, group_id, address, house_number, lane, street, "
                             "head_name, device FROM household WHERE code = ?")
        , byIdNumber(h, "SELECT id FROM resident WHERE id_number = ?")
        , household(h, "INSERT INTO household(code, group_id, address, house_number, lane, "
                       "street, address_key, walk_key, head_name, device) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?)")
        , resident(h, "INSERT INTO resident(household_id, full_name, family_name, middle_name, "
                      "given_name, search_key, sort_key, birth_date, birth_eff, gender, id_number, "
                      "phone, relation, residence, id_card, smartphone, known_since, created_at, "
                      "updated_at, l1_status, l1_date, l2_status, l2_date, exclusion, excluded_on) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        , status(h, "INSERT INTO status_event(resident_id, level, status, date, source, "
                    "recorded_by, recorded_at, team_id, is_correction) "
                    "VALUES (?,?,?,?,?,?,?,NULL,0)")
        , exclusion(h, "INSERT INTO exclusion_event(resident_id, reason, date, source, "
                       "recorded_by, recorded_at) VALUES (?,?,?,?,?,?)")
    {
    }
    SqliteStatement seenAdd, seenFind, householdByCode, byIdNumber, household, resident, status,
        exclusion;
};

ResidentBulkWriter::ResidentBulkWriter(Database &db)
    : m_db(db)
{
}

ResidentBulkWriter::~ResidentBulkWriter() = default;

Status ResidentBulkWriter::fail(const SqliteStatement &s)
{
    return Status::failure(s.error());
}

Status ResidentBulkWriter::begin(const QString &source, qint64 expectedRows)
{
    sqlite3 *h = m_db.handle();
    m_st.reset();
    m_dropped.clear();
    m_source = source;
    m_now = Clock::now().toString(Qt::ISODate);
    m_recordedBy = m_db.operatorName().isEmpty() ? m_db.osUser() : m_db.operatorName();
    if (Status s = m_db.execScript(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_seen_id("
                           "id_number TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;"
                           "DELETE FROM import_seen_id;"));
        !s)
        return s;

    qint64 stored = 0;
    {
        SqliteStatement count(h, "SELECT count(*) FROM resident");
        if (!count.next())
            return fail(count);
        stored = count.int64(0);
    }
    m_wardWasEmpty = stored == 0;
    // Building an index from scratch sorts once; inserting row by row walks the B-tree for
    // every row. Past a few times the stored rows, the rebuild is the cheaper of the two.
    if (expectedRows > 4 * stored) {
        QList<const char *> names(std::begin(kRebuilt), std::end(kRebuilt));
        if (m_wardWasEmpty)
            names << kRebuiltWhenEmpty[0];
        SqliteStatement sql(h, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
        for (const char *name : std::as_const(names)) {
            sql.bindUtf8(1, QByteArray(name));
            const bool found = sql.next() && !sql.isNull(0);
            const QByteArray create = found ? sql.text(0).toUtf8() : QByteArray();
            sql.reset();
            if (!found)
                continue; // not in this schema
            if (Status s =
                    m_db.execScript(QStringLiteral("DROP INDEX %1").arg(QLatin1String(name)));
                !s)
                return s;
            m_dropped.push_back({QLatin1String(name), create});
        }
    }
    m_st = std::make_unique<Statements>(h);
    for (const SqliteStatement *s :
         {&m_st->seenAdd, &m_st->seenFind, &m_st->householdByCode, &m_st->byIdNumber,
          &m_st->household, &m_st->resident, &m_st->status, &m_st->exclusion})
        if (!s->isValid())
            return fail(*s);
    // The values every row shares, bound once (exec() keeps the bindings).
    m_st->resident.bindText(18, m_now);
    m_st->resident.bindText(19, m_now);
    m_st->status.bindText(5, m_source);
    m_st->status.bindText(6, m_recordedBy);
    m_st->status.bindText(7, m_now);
    m_st->exclusion.bindText(4, m_source);
    m_st->exclusion.bindText(5, m_recordedBy);
    m_st->exclusion.bindText(6, m_now);
    return Status::success();
}

Status ResidentBulkWriter::finish()
{
    m_st.reset(); // finalized before the schema changes again
    for (const auto &[name, create] : std::as_const(m_dropped))
        if (Status s = m_db.execScript(QString::fromUtf8(create)); !s)
            return s;
    m_dropped.clear();
    return Status::success();
}

QStringList ResidentBulkWriter::droppedIndexes() const
{
    QStringList out;
    for (const auto &d : m_dropped)
        out << d.first;
    return out;
}

const QString &ResidentBulkWriter::cached(QHash<QString, QString> &cache, const QString &key,
                                          QString (*derive)(const QString &))
{
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() >= kMaxCached)
        cache.clear();
    return *cache.insert(key, derive(key));
}

QString ResidentBulkWriter::isoDate(const QDate &d)
{
    // QDate::toString(Qt::ISODate) goes through a printf, five dates a row.
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (!d.isValid() || y < 1000 || y > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

Result<qint64> ResidentBulkWriter::seenIdNumber(const QString &idNumber, qint64 line)
{
    SqliteStatement &add = m_st->seenAdd;
    add.bind(1, idNumber);
    add.bind(2, line);
    if (!add.exec())
        return Result<qint64>::failure(add.error());
    if (add.changes() > 0)
        return qint64(0); // first time in this file
    SqliteStatement &find = m_st->seenFind;
    find.bind(1, idNumber);
    const bool found = find.next();
    const qint64 earlier = found ? find.int64(0) : 0;
    find.reset();
    if (!found)
        return Result<qint64>::failure(find.error());
    return earlier;
}

std::optional<Household> ResidentBulkWriter::householdByCode(const QString &code)
{
    SqliteStatement &q = m_st->householdByCode;
    q.bindText(1, Text::clean(code));
    std::optional<Household> out;
    if (q.next()) {
        Household h;
        h.id = q.int64(0);
        h.code = Text::clean(code);
        h.groupId = q.int64(1);
        h.address = q.text(2);
        h.houseNumber = q.text(3);
        h.lane = q.text(4);
        h.street = q.text(5);
        h.headName = q.text(6);
        h.device = DeviceSurvey(q.int64(7));
        out = h;
    }
    q.reset();
    return out;
}

std::optional<qint64> ResidentBulkWriter::findByIdNumber(const QString &idNumber)
{
    SqliteStatement &q = m_st->byIdNumber;
    q.bind(1, idNumber);
    std::optional<qint64> out;
    if (q.next())
        out = q.int64(0);
    q.reset();
    return out;
}

Result<qint64> ResidentBulkWriter::insertHousehold(Household &h)
{
    h.code = Text::clean(h.code);
    h.address = Text::clean(h.address);
    if (h.houseNumber.isEmpty() && h.lane.isEmpty() && h.street.isEmpty()) {
        const Address parts = Address::parse(h.address);
        h.houseNumber = parts.houseNumber;
        h.lane = parts.lane;
        h.street = parts.street;
    }
    // Address::walkKey, with the keys of streets and lanes (shared by many households) cached.
    const QChar sep(0x02);
    const QString walkKey = cached(m_natural, h.street, &Text::naturalKey) + sep +
                            cached(m_natural, h.lane, &Text::naturalKey) + sep +
                            cached(m_natural, h.houseNumber, &Text::naturalKey);
    SqliteStatement &ins = m_st->household;
    ins.bindText(1, h.code);
    ins.bind(2, h.groupId);
    ins.bindText(3, h.address);
    ins.bindText(4, h.houseNumber);
    ins.bindText(5, h.lane);
    ins.bindText(6, h.street);
    ins.bindText(7, Text::naturalKey(h.address));
    ins.bindText(8, walkKey);
    ins.bindText(9, Text::clean(h.headName));
    ins.bind(10, int(h.device));
    if (!ins.exec())
        return Result<qint64>::failure(ins.error());
    h.id = ins.lastInsertId();
    return h.id;
}

Result<qint64> ResidentBulkWriter::insertResident(Resident &r)
{
    using R = Result<qint64>;
    r.fullName = Text::clean(r.fullName);
    const PersonName name(r.fullName);
    if (!r.knownSince.isValid())
        r.knownSince = Clock::today();
    if (r.level1 != AccountStatus::None && !r.level1Date.isValid())
        r.level1Date = r.knownSince;
    if (r.level2 != AccountStatus::None && !r.level2Date.isValid())
        r.level2Date = r.knownSince;
    const QDate excludedOn = r.excludedOn.isValid() ? r.excludedOn : r.knownSince;

    // PersonName::sortKey and Text::fold, word by word from the caches: names repeat.
    const QString family = name.family(), middle = name.middle(), given = name.given();
    const QChar sep(0x02);
    const QString sortKey = cached(m_collation, given, &Text::collationKey) + sep +
                            cached(m_collation, family, &Text::collationKey) + sep +
                            cached(m_collation, middle, &Text::collationKey);
    QString searchKey;
    searchKey.reserve(r.fullName.size());
    for (const QString *part : {&family, &middle, &given}) {
        if (part->isEmpty())
            continue;
        if (!searchKey.isEmpty())
            searchKey += QLatin1Char(' ');
        searchKey += cached(m_fold, *part, &Text::fold);
    }

    SqliteStatement &ins = m_st->resident;
    ins.bind(1, r.householdId);
    ins.bindText(2, r.fullName);
    ins.bindText(3, family);
    ins.bindText(4, middle);
    ins.bindText(5, given);
    ins.bindText(6, searchKey);
    ins.bindText(7, sortKey);
    const QDate birthEff = r.birth.effectiveDate();
    ins.bindText(8, r.birth.yearOnly() ? r.birth.toStorage() : isoDate(birthEff));
    ins.bindText(9, isoDate(birthEff));
    ins.bind(10, int(r.gender));
    ins.bind(11, r.idNumber.isEmpty() ? QString() : r.idNumber);
    ins.bindText(12, r.phone);
    ins.bindText(13, Text::clean(r.relation));
    ins.bind(14, int(r.residence));
    ins.bind(15, int(r.idCard));
    ins.bind(16, int(r.smartphone));
    ins.bindText(17, isoDate(r.knownSince));
    ins.bind(20, int(r.level1));
    ins.bind(21, r.level1 != AccountStatus::None ? isoDate(r.level1Date) : QString());
    ins.bind(22, int(r.level2));
    ins.bind(23, r.level2 != AccountStatus::None ? isoDate(r.level2Date) : QString());
    ins.bind(24, int(r.exclusion));
    ins.bind(25, r.exclusion != ExclusionReason::None ? isoDate(excludedOn) : QString());
    if (!ins.exec())
        return R::failure(ins.error());
    r.id = ins.lastInsertId();

    for (int level : {1, 2}) {
        const AccountStatus s = level == 1 ? r.level1 : r.level2;
        if (s == AccountStatus::None)
            continue;
        SqliteStatement &ev = m_st->status;
        ev.bind(1, r.id);
        ev.bind(2, level);
        ev.bind(3, int(s));
        ev.bindText(4, isoDate(level == 1 ? r.level1Date : r.level2Date));
        if (!ev.exec())
            return R::failure(ev.error());
    }
    if (r.exclusion != ExclusionReason::None) {
        SqliteStatement &ex = m_st->exclusion;
        ex.bind(1, r.id);
        ex.bind(2, int(r.exclusion));
        ex.bindText(3, isoDate(excludedOn));
        if (!ex.exec())
            return R::failure(ex.error());
    }
    return r.id;
}

} // namespace sotay
