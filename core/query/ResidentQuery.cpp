#include "query/ResidentQuery.h"

#include "Clock.h"
#include "rules/StatusRules.h"
#include "rules/Text.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {

// The team credited with a resident: the household's own assignment, else its group's.
const char *const kTeamIdSql =
    "coalesce((SELECT a.team_id FROM assignment a WHERE a.household_id = h.id), "
    "(SELECT min(a.team_id) FROM assignment a WHERE a.group_id = h.group_id))";

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

QString ResidentQuery::whereSql(QVariantList &binds) const
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
    for (const QString &word : words) {
        if (isDigits(word)) {
            where << QStringLiteral(
                "(instr(ifnull(r.id_number, ''), ?) > 0 OR instr(r.phone, ?) > 0)");
            binds << word << word;
        } else {
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
        where << QString::fromLatin1(kTeamIdSql) + QStringLiteral(" = ?");
        binds << m_spec.teamId;
    }
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString ResidentQuery::orderSql() const
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
        key = QStringLiteral("next_step");
        break;
    case Column::Team:
        key = QStringLiteral("team_key");
        break;
    case Column::LastVisit:
        key = QStringLiteral("last_visit");
        break;
    case Column::Count:
        key = QStringLiteral("r.sort_key");
        break;
    }
    QString order = QStringLiteral(" ORDER BY ") + key + dir;
    if (m_spec.sortColumn != Column::Name)
        order += QStringLiteral(", r.sort_key");
    return order + QStringLiteral(", r.id") + dir;
}

qint64 ResidentQuery::count() const
{
    QVariantList binds;
    const QString where = whereSql(binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id") +
              where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QVector<ResidentQuery::Row> ResidentQuery::page(qint64 offset, int limit) const
{
    QVariantList binds;
    binds << iso(StatusRules::cutoff14(m_spec.today));
    const QString where = whereSql(binds);
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.household_id, r.full_name, r.birth_date, r.id_number, r.phone, "
            "r.l1_status, r.l1_date, r.l2_status, r.l2_date, r.exclusion, ") +
        nextStepSql() + QStringLiteral(" AS next_step, ") + QString::fromLatin1(kTeamIdSql) +
        QStringLiteral(" AS team_id, (SELECT t.name FROM team t WHERE t.id = ") +
        QString::fromLatin1(kTeamIdSql) +
        QStringLiteral(") AS team_key, (SELECT max(v.date) FROM visit_outcome vo JOIN visit v ON "
                       "v.id = vo.visit_id WHERE vo.resident_id = r.id) AS last_visit "
                       "FROM resident r JOIN household h ON h.id = r.household_id") +
        where + orderSql() + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QVector<Row> rows;
    if (!q.exec()) {
        qCWarning(lcStorage) << "resident page:" << q.lastError().text();
        return rows;
    }
    rows.reserve(limit);
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
        rows << r;
    }
    return rows;
}

QVector<qint64> ResidentQuery::ids(qint64 offset, int limit) const
{
    QVector<qint64> out;
    for (const Row &r : page(offset, limit))
        out << r.id;
    return out;
}

} // namespace sotay
