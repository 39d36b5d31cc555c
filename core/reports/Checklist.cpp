#include "reports/Checklist.h"

#include "rules/IdNumber.h"
#include "rules/StatusRules.h"
#include "rules/Text.h"
#include "storage/Database.h"
#include "storage/WardStore.h"
#include "teams/ResponsibleTeam.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

qsizetype Checklist::personCount() const
{
    qsizetype n = 0;
    for (const Home &h : homes)
        n += h.people.size();
    return n;
}

bool Checklist::isListed(NextStep step)
{
    return step != NextStep::Nothing && step != NextStep::WaitingApproval;
}

namespace {

// id of the row whose name matches, 0 when none.
Result<qint64> idByName(Database &db, const QString &table, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(Text::clean(name));
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Result<Checklist> Checklist::load(Database &db, const QString &groupName, const QString &teamName,
                                  const QDate &day)
{
    using R = Result<Checklist>;
    auto group = idByName(db, QStringLiteral("res_group"), groupName);
    if (!group)
        return R::failure(group.error());
    if (group.value() == 0)
        return R::failure(
            tr("There is no residential group named “%1”.").arg(Text::clean(groupName)));
    qint64 teamId = 0;
    if (!teamName.trimmed().isEmpty()) {
        auto team = idByName(db, QStringLiteral("team"), teamName);
        if (!team)
            return R::failure(team.error());
        if (team.value() == 0)
            return R::failure(tr("There is no work team named “%1”.").arg(Text::clean(teamName)));
        teamId = team.value();
    }
    auto ward = WardStore(db).ward();
    if (!ward)
        return R::failure(ward.error());

    Checklist c;
    c.ward = ward.take();
    c.group = Text::clean(groupName);
    c.team = teamId ? Text::clean(teamName) : QString();
    c.day = day;

    // The current state (the resident's cached columns) is the state of the print day. A
    // household belongs to the team ResponsibleTeam names.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT h.id, h.code, h.address, h.head_name, r.id, r.full_name, r.relation, r.birth_date,"
        " r.id_number, r.phone, r.l1_status, r.l2_status, r.id_card"
        " FROM household h JOIN resident r ON r.household_id = h.id"
        " WHERE h.group_id = :group AND r.known_since <= :day AND r.exclusion = 0"
        "  AND r.birth_eff <= :cutoff AND r.l2_status <> 3"
        "  AND (:team = 0 OR coalesce(") + ResponsibleTeam::householdSql() + QStringLiteral(
        ", 0) = :team)"
        " ORDER BY h.walk_key, h.address_key, h.code, h.id,"
        "  CASE WHEN r.relation = 'Chủ hộ' THEN 0 ELSE 1 END, r.birth_eff, r.sort_key, r.id"));
    q.bindValue(QStringLiteral(":group"), group.value());
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":cutoff"), StatusRules::cutoff14(day).toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":team"), teamId);
    q.setForwardOnly(true);
    if (!q.exec())
        return R::failure(q.lastError().text());
    while (q.next()) {
        const QString idNumber = q.value(8).toString();
        const bool hasCard =
            !idNumber.isEmpty() || IdCardStatus(q.value(12).toInt()) == IdCardStatus::Issued;
        const auto l1 = AccountStatus(q.value(10).toInt());
        const auto l2 = AccountStatus(q.value(11).toInt());
        const NextStep step = StatusRules::nextStep(l1, l2, hasCard);
        if (!isListed(step))
            continue;
        const qint64 home = q.value(0).toLongLong();
        if (c.homes.isEmpty() || c.homes.constLast().id != home)
            c.homes.append(
                {home, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
        Person p;
        p.id = q.value(4).toLongLong();
        p.name = q.value(5).toString();
        p.relation = q.value(6).toString();
        p.birthYear = q.value(7).toString().left(4);
        p.maskedId = idNumber.isEmpty() ? QString() : IdNumber::masked(idNumber);
        p.phone = q.value(9).toString();
        p.need = step;
        if (step == NextStep::ActivateApproved)
            p.approvedLevel = l2 == AccountStatus::Approved ? 2 : 1;
        c.homes.last().people.append(p);
    }
    return c;
}

} // namespace sotay
