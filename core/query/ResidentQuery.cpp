#include "query/ResidentQuery.h"

#include "Clock.h"
#include "rules/StatusRules.h"
#include "rules/Text.h"
#include "storage/Database.h"
#include "teams/ResponsibleTeam.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {

// The team credited with a resident: ResponsibleTeam's rule, on the household row `h`.
QString teamIdSql()
{
    return ResponsibleTeam::householdSql(QStringLiteral("h"));
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool isDigits(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return re.match(s).hasMatch();
}

} // namespace

ResidentQuery::ResidentQuery(Database &db, Spec spec)
    : m_db(db)
    , m_spec(std::move(spec))
{
    if (!m_spec.today.isValid())
        m_spec.today = Clock::today();
    // Wards made before the digits index existed search without it.
    QSqlQuery q(m_db.connection());
    m_digitsIndex = q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' "
                                          "AND name = 'resident_digits'")) &&
                    q.next();
}

QString ResidentQuery::nextStepSql()
{
    // Mirrors StatusRules::nextStep for eligible residents; 0 (nothing) for the others.
    // The cutoff is bound as the first '?' of the expression.
    return QStringLiteral("(CASE WHEN r.exclusion <> 0 OR r.birth_eff > ? THEN 0 "
                          "WHEN r.l2_status = 3 THEN 0 "
                          "WHEN r.l1_status = 2 OR r.l2_status = 2 THEN 2 "
                          "WHEN r.l1_status = 3 THEN (CASE WHEN r.l2_status = 0 THEN 3 ELSE 1 END) "
                          "WHEN r.l1_status = 1 OR r.l2_status = 1 THEN 1 "
                          "WHEN r.id_number IS NOT NULL OR r.id_card = 2 THEN 4 ELSE 5 END)");
}

QString ResidentQuery::whereSql(QVariantList &binds, bool fewMatches) const
{
    QStringList where;
    const QString cutoff = iso(StatusRules::cutoff14(m_spec.today));
    if (m_spec.householdId) {
        where << QStringLiteral("r.household_id = ?");
        binds << m_spec.householdId;
    } else if (m_spec.groupId) {
        where << QStringLiteral("h.group_id = ?");
        binds << m_spec.groupId;
    }
    const QStringList words = Text::fold(m_spec.search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList nameWords;
    for (const QString &word : words) {
        if (isDigits(word)) {
            if (m_digitsIndex && word.size() >= 3) {
                // The trigram index finds the few candidates at once (a scan of every row
                // otherwise); the test below confirms them.
                where << QStringLiteral(
                    "(r.id IN (SELECT rowid FROM resident_digits WHERE id_number GLOB ?) "
                    "OR r.id IN (SELECT rowid FROM resident_digits WHERE phone GLOB ?))");
                const QString pattern = QLatin1Char('*') + word + QLatin1Char('*');
                binds << pattern << pattern;
            }
            where << QStringLiteral(
                "(instr(ifnull(r.id_number, ''), ?) > 0 OR instr(r.phone, ?) > 0)");
            binds << word << word;
        } else {
            nameWords << word;
        }
    }
    if (fewMatches && !nameWords.isEmpty()) {
        // Few matches: found through the name index alone, then sorted. Walking the whole
        // ward in name order to find them reads most of its rows (they sit together: a
        // given name) — seconds for a name nobody has.
        QStringList tests;
        for (const QString &word : std::as_const(nameWords)) {
            tests << QStringLiteral("instr(search_key, ?) > 0");
            binds << word;
        }
        where << QStringLiteral("r.id IN (SELECT id FROM resident WHERE ") +
                     tests.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    } else {
        for (const QString &word : std::as_const(nameWords)) {
            where << QStringLiteral("instr(r.search_key, ?) > 0");
            binds << word;
        }
    }
    const QString eligible = QStringLiteral("r.exclusion = 0 AND r.birth_eff <= ?");
    switch (m_spec.filter) {
    case Filter::All:
        break;
    case Filter::NeedsAction:
        where << nextStepSql() + QStringLiteral(" IN (2, 3, 4, 5)");
        binds << cutoff;
        break;
    case Filter::ApprovedNotActivated:
        where << eligible + QStringLiteral(" AND r.l1_status <> 3 AND r.l2_status <> 3 "
                                           "AND (r.l1_status = 2 OR r.l2_status = 2)");
        binds << cutoff;
        break;
    case Filter::NotRegistered:
        where << eligible + QStringLiteral(" AND r.l1_status = 0 AND r.l2_status = 0");
        binds << cutoff;
        break;
    case Filter::Activated:
        where << QStringLiteral("(r.l1_status = 3 OR r.l2_status = 3)");
        break;
    case Filter::Excluded:
        where << QStringLiteral("r.exclusion <> 0");
        break;
    case Filter::Under14:
        where << QStringLiteral("r.birth_eff > ?");
        binds << cutoff;
        break;
    case Filter::Turning14Within:
        where << QStringLiteral("r.birth_eff > ? AND r.birth_eff <= ?");
        binds << cutoff << iso(StatusRules::cutoff14(m_spec.today.addDays(m_spec.withinDays)));
        break;
    case Filter::NoSmartphone:
        where << QStringLiteral("(r.smartphone = 2 OR h.device IN (2, 3))");
        break;
    case Filter::ComeBackDue:
        where << QStringLiteral(
            "(SELECT vo.outcome = 6 AND substr(vo.come_back_at, 1, 10) <= ? FROM visit_outcome vo "
            "JOIN visit v ON v.id = vo.visit_id WHERE vo.resident_id = r.id "
            "ORDER BY v.date DESC, vo.id DESC LIMIT 1)");
        binds << iso(m_spec.today.addDays(m_spec.withinDays));
        break;
    }
    if (m_spec.teamId) {
        where << teamIdSql() + QStringLiteral(" = ?");
        binds << m_spec.teamId;
    }
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

bool ResidentQuery::needsHousehold() const
{
    return (m_spec.groupId && !m_spec.householdId) || m_spec.filter == Filter::NoSmartphone ||
           m_spec.teamId || m_spec.sortColumn == Column::Team;
}

QString ResidentQuery::fromSql() const
{
    // The household is joined only when the scope, a filter or the sort needs it: skipping
    // rows (OFFSET) through the join costs a lookup per skipped row.
    return needsHousehold()
               ? QStringLiteral(" FROM resident r JOIN household h ON h.id = r.household_id")
               : QStringLiteral(" FROM resident r");
}

QString ResidentQuery::orderSql(QString *sortExpr, QVariantList *sortBinds) const
{
    const QString dir = m_spec.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (m_spec.sortColumn) {
    case Column::Name:
        key = QStringLiteral("r.sort_key");
        break;
    case Column::Birth:
        key = QStringLiteral("r.birth_eff");
        break;
    case Column::IdNumber:
        key = QStringLiteral("r.id_number");
        break;
    case Column::Phone:
        key = QStringLiteral("r.phone");
        break;
    case Column::Level1:
        key = QStringLiteral("r.l1_status");
        break;
    case Column::Level2:
        key = QStringLiteral("r.l2_status");
        break;
    case Column::NextStep:
        key = QStringLiteral("sort_value");
        *sortExpr = nextStepSql();
        *sortBinds << iso(StatusRules::cutoff14(m_spec.today));
        break;
    case Column::Team:
        key = QStringLiteral("sort_value");
        *sortExpr = QStringLiteral("(SELECT t.name FROM team t WHERE t.id = ") +
                    teamIdSql() + QStringLiteral(")");
        break;
    case Column::LastVisit:
        key = QStringLiteral("sort_value");
        *sortExpr =
            QStringLiteral("(SELECT max(v.date) FROM visit_outcome vo JOIN visit v ON v.id = "
                           "vo.visit_id WHERE vo.resident_id = r.id)");
        break;
    case Column::Count:
        key = QStringLiteral("r.sort_key");
        break;
    }
    QString order = QStringLiteral(" ORDER BY ") + key + dir;
    if (m_spec.sortColumn != Column::Name)
        order += QStringLiteral(", r.sort_key") + dir;
    return order + QStringLiteral(", r.id") + dir;
}

qint64 ResidentQuery::count() const
{
    QVariantList binds;
    const QString where = whereSql(binds, false);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*)") + fromSql() + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    m_count = q.value(0).toLongLong();
    return m_count;
}

QVector<qint64> ResidentQuery::ids(qint64 offset, int limit) const
{
    // Only the ids of the window, in list order: cheap to skip over.
    QString sortExpr;
    QVariantList binds;
    const QString order = orderSql(&sortExpr, &binds);
    QString sql = QStringLiteral("SELECT r.id");
    if (!sortExpr.isEmpty())
        sql += QStringLiteral(", ") + sortExpr + QStringLiteral(" AS sort_value");
    const bool fewMatches = m_count >= 0 && m_count <= kFewMatches;
    sql += fromSql() + whereSql(binds, fewMatches) + order + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QVector<qint64> out;
    if (!q.exec()) {
        qCWarning(lcStorage) << "resident ids:" << q.lastError().text();
        return out;
    }
    out.reserve(limit);
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

QVector<ResidentQuery::Row> ResidentQuery::page(qint64 offset, int limit) const
{
    const QVector<qint64> idList = ids(offset, limit);
    QVector<Row> rows;
    if (idList.isEmpty())
        return rows;
    // Then everything shown, for those rows only.
    QStringList marks;
    marks.reserve(idList.size());
    for (int i = 0; i < idList.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.household_id, r.full_name, r.birth_date, r.id_number, r.phone, "
            "r.l1_status, r.l1_date, r.l2_status, r.l2_date, r.exclusion, ") +
        nextStepSql() + QStringLiteral(" AS next_step, ") + teamIdSql() +
        QStringLiteral(" AS team_id, (SELECT t.name FROM team t WHERE t.id = ") +
        teamIdSql() +
        QStringLiteral(
            ") AS team_name, (SELECT max(v.date) FROM visit_outcome vo JOIN visit v ON "
            "v.id = vo.visit_id WHERE vo.resident_id = r.id) AS last_visit "
            "FROM resident r JOIN household h ON h.id = r.household_id WHERE r.id IN (") +
        marks.join(QLatin1Char(',')) + QStringLiteral(")");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(iso(StatusRules::cutoff14(m_spec.today)));
    for (qint64 id : idList)
        q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStorage) << "resident page:" << q.lastError().text();
        return rows;
    }
    QHash<qint64, Row> byId;
    byId.reserve(idList.size());
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.householdId = q.value(1).toLongLong();
        r.fullName = q.value(2).toString();
        r.birth = BirthDate::fromStorage(q.value(3).toString());
        r.idNumber = q.value(4).toString();
        r.phone = q.value(5).toString();
        r.level1 = AccountStatus(q.value(6).toInt());
        r.level1Date = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        r.level2 = AccountStatus(q.value(8).toInt());
        r.level2Date = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        r.exclusion = ExclusionReason(q.value(10).toInt());
        r.next = NextStep(q.value(11).toInt());
        r.teamId = q.value(12).toLongLong();
        r.teamName = q.value(13).toString();
        r.lastVisit = QDate::fromString(q.value(14).toString(), Qt::ISODate);
        byId.insert(r.id, r);
    }
    rows.reserve(idList.size());
    for (qint64 id : idList)
        if (auto it = byId.constFind(id); it != byId.cend())
            rows << *it;
    return rows;
}

} // namespace sotay
