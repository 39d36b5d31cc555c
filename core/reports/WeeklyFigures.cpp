#include "reports/WeeklyFigures.h"

#include "reports/ResidentStateQuery.h"
#include "rules/DateText.h"
#include "rules/Text.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sotay {

namespace {

struct Target {
    qint64 value = 0;
    QDate deadline;
};

// Targets in force on `day`: per owner (group or team), the latest with effective_from <= day.
Result<QHash<qint64, Target>> targetsInForce(Database &db, const QDate &day, bool teams) {
    const QString owner = teams ? QStringLiteral("team_id") : QStringLiteral("group_id");
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + owner +
              QStringLiteral(", target, deadline, effective_from, id FROM target WHERE ") + owner +
              QStringLiteral(" IS NOT NULL AND effective_from <= ? ORDER BY effective_from, id"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return Result<QHash<qint64, Target>>::failure(q.lastError().text());
    QHash<qint64, Target> out;
    while (q.next()) // later rows overwrite earlier ones
        out.insert(
            q.value(0).toLongLong(),
            {q.value(1).toLongLong(), QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return out;
}

void applyTarget(FigureRow &row, const QHash<qint64, Target> &targets) {
    const auto it = targets.constFind(row.id);
    if (it == targets.cend())
        return;
    row.hasTarget = true;
    row.target = it->value;
    row.deadline = it->deadline;
}

} // namespace

QDate WeeklyFigures::thursdayOnOrBefore(const QDate &d) {
    return d.addDays(-((d.dayOfWeek() - Qt::Thursday + 7) % 7));
}

QDate WeeklyFigures::thursdayOnOrAfter(const QDate &d) {
    return d.addDays((Qt::Thursday - d.dayOfWeek() + 7) % 7);
}

QString WeeklyFigures::notThursdayMessage(const QDate &d) {
    return tr("A weekly report is dated a Thursday; %1 is not. The nearest Thursdays are %2 and "
              "%3.")
        .arg(DateText::format(d), DateText::format(thursdayOnOrBefore(d)),
             DateText::format(thursdayOnOrAfter(d)));
}

Result<WeeklyFigures> WeeklyFigures::compute(Database &db, const QDate &thursday,
                                             const QVector<QDate> &since) {
    if (!thursday.isValid() || !isThursday(thursday))
        return Result<WeeklyFigures>::failure(notThursdayMessage(thursday));
    return computeAsOf(db, thursday.addDays(-1), since);
}

Result<WeeklyFigures> WeeklyFigures::computeAsOf(Database &db, const QDate &asOf,
                                                 const QVector<QDate> &since) {
    WeeklyFigures f;
    f.asOf = asOf;
    f.reportDate = asOf.addDays(1);
    f.weekStart = asOf.addDays(-6);
    const auto fail = [](const QSqlQuery &q) {
        return Result<WeeklyFigures>::failure(q.lastError().text());
    };

    // Every group and team, even without residents.
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name FROM res_group ORDER BY sort_key, id")))
        return fail(q);
    QHash<qint64, qsizetype> groupIndex;
    while (q.next()) {
        FigureRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        groupIndex.insert(row.id, f.groups.size());
        f.groups << row;
    }
    if (!q.exec(QStringLiteral("SELECT id, name FROM team")))
        return fail(q);
    while (q.next()) {
        FigureRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        f.teams << row;
    }
    std::sort(f.teams.begin(), f.teams.end(), [](const FigureRow &a, const FigureRow &b) {
        return Text::naturalKey(a.name) < Text::naturalKey(b.name);
    });
    FigureRow unassigned;
    unassigned.name = QStringLiteral("Chưa phân công");
    QHash<qint64, qsizetype> teamIndex;
    for (qsizetype i = 0; i < f.teams.size(); ++i)
        teamIndex.insert(f.teams.at(i).id, i);

    // One aggregate pass over the history: a row per (group, team, state) combination; and
    // how many of the `since` days (ascending) the first activation is on or after.
    QVector<QDate> days = since;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QString reached = QStringLiteral("0");
    for (qsizetype i = 0; i < days.size(); ++i)
        reached += QStringLiteral(" + coalesce(first_act >= :since%1, 0)").arg(i);
    QVector<qint64> reachedCount(days.size() + 1, 0);
    const ResidentStateQuery state(asOf, 0, ResidentStateQuery::Source::CacheWhereUnchanged);
    q.prepare(QStringLiteral("WITH ") + state.sql() +
              QStringLiteral("SELECT group_id, coalesce(team_id, 0), aged14, excluded, l1, l2,"
                             " coalesce(first_act >= :from, 0), count(*), ") + reached +
              QStringLiteral(" FROM state GROUP BY 1, 2, 3, 4, 5, 6, 7, 9"));
    state.bind(q);
    q.bindValue(QStringLiteral(":from"), f.weekStart.toString(Qt::ISODate));
    for (qsizetype i = 0; i < days.size(); ++i)
        q.bindValue(QStringLiteral(":since%1").arg(i), days.at(i).toString(Qt::ISODate));
    if (!q.exec())
        return fail(q);
    while (q.next()) {
        const qint64 group = q.value(0).toLongLong();
        const qint64 team = q.value(1).toLongLong();
        const bool aged = q.value(2).toInt() != 0;
        const bool excluded = q.value(3).toInt() != 0;
        const auto l1 = AccountStatus(q.value(4).toInt());
        const auto l2 = AccountStatus(q.value(5).toInt());
        const bool isNew = q.value(6).toInt() != 0;
        const qint64 n = q.value(7).toLongLong();
        if (const auto g = groupIndex.constFind(group); g != groupIndex.cend())
            f.groups[*g].addResidents(aged, excluded, l1, l2, isNew, n);
        const auto t = teamIndex.constFind(team);
        FigureRow &teamRow = t != teamIndex.cend() ? f.teams[*t] : unassigned;
        teamRow.addResidents(aged, excluded, l1, l2, isNew, n);
        if (aged && !excluded)
            reachedCount[std::clamp(q.value(8).toInt(), 0, int(days.size()))] += n;
    }
    q.finish();
    qint64 onOrAfter = 0; // residents whose first activation reached day i or a later one
    for (qsizetype i = days.size(); i >= 1; --i) {
        onOrAfter += reachedCount.at(i);
        f.activatedSince.insert(days.at(i - 1), onOrAfter);
    }

    auto groupTargets = targetsInForce(db, asOf, false);
    auto teamTargets = targetsInForce(db, asOf, true);
    if (!groupTargets || !teamTargets)
        return Result<WeeklyFigures>::failure(groupTargets ? teamTargets.error()
                                                           : groupTargets.error());
    f.total.name = QStringLiteral("Tổng cộng");
    for (FigureRow &g : f.groups) {
        applyTarget(g, groupTargets.value());
        f.total.add(g);
    }
    for (FigureRow &t : f.teams)
        applyTarget(t, teamTargets.value());
    if (unassigned.residents > 0)
        f.teams << unassigned;
    return f;
}

} // namespace sotay
