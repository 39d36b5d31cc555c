#include "storage/GroupMerger.h"

#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sotay {

namespace {
Status failed(const QSqlQuery &q)
{
    return Status::failure(q.lastError().text());
}
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}
// The row in force on `day`: the latest effective_from on or before it, then the latest saved.
const Target *inForce(const QVector<Target> &history, const QDate &day)
{
    const Target *found = nullptr;
    for (const Target &t : history) {
        if (t.effectiveFrom <= day)
            found = &t;
    }
    return found;
}
// Both histories added day by day: on every day either changed, the sum of what was in force.
// The surviving group's deadline, campaign and source win; A's when B had none yet.
QVector<Target> summed(const QVector<Target> &a, const QVector<Target> &b, qint64 intoId)
{
    QVector<QDate> days;
    for (const auto *h : {&a, &b}) {
        for (const Target &t : *h)
            days << t.effectiveFrom;
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QVector<Target> out;
    for (const QDate &day : std::as_const(days)) {
        const Target *ta = inForce(a, day);
        const Target *tb = inForce(b, day);
        Target t = tb ? *tb : *ta;
        t.id = 0;
        t.groupId = intoId;
        t.teamId = 0;
        t.effectiveFrom = day;
        t.target = (ta ? ta->target : 0) + (tb ? tb->target : 0);
        out << t;
    }
    return out;
}
} // namespace

Result<GroupMergeRecord> GroupMerger::merge(qint64 fromId, qint64 intoId)
{
    using R = Result<GroupMergeRecord>;
    if (fromId == intoId)
        return R::failure(tr("A residential group cannot be merged into itself."));
    const auto from = m_groups.group(fromId);
    const auto into = m_groups.group(intoId);
    if (!from || !into)
        return R::failure(tr("The residential group no longer exists."));

    GroupMergeRecord r;
    r.from = *from;
    r.from.households = 0;
    r.intoId = intoId;
    r.households = householdIds(fromId);
    r.fromAssignments = groupAssignments(fromId);
    r.fromTargets = targets(fromId);
    r.intoTargets = targets(intoId);

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());

    // Teams first, while the households still say where they come from.
    const qint64 teamA = m_groups.groupTeam(fromId);
    const qint64 teamB = m_groups.groupTeam(intoId);
    QVector<qint64> fromRows;
    for (const TeamAssignment &a : std::as_const(r.fromAssignments))
        fromRows << a.id;
    if (Status s = m_groups.deleteAssignments(fromRows); !s)
        return R::failure(s.error());
    if (teamA && !teamB) {
        auto a = m_groups.insertAssignment(teamA, intoId, 0);
        if (!a)
            return R::failure(a.error());
        r.createdAssignments << a.value();
    } else if (teamA && teamB != teamA) {
        if (Status s = m_groups.keepTeam(r.households, teamA, r.createdAssignments); !s)
            return R::failure(s.error());
    }

    QSqlQuery move(m_db.connection());
    move.prepare(QStringLiteral("UPDATE household SET group_id = ? WHERE group_id = ?"));
    move.addBindValue(intoId);
    move.addBindValue(fromId);
    if (!move.exec())
        return R::failure(move.lastError().text());

    if (!r.fromTargets.isEmpty()) {
        const QVector<Target> merged = summed(r.fromTargets, r.intoTargets, intoId);
        for (qint64 g : {fromId, intoId}) {
            if (Status s = deleteTargets(g); !s)
                return R::failure(s.error());
        }
        for (const Target &t : merged) {
            if (Status s = insertTarget(t); !s)
                return R::failure(s.error());
        }
        r.targetsMerged = true;
    }

    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM res_group WHERE id = ?"));
    del.addBindValue(fromId);
    if (!del.exec())
        return R::failure(del.lastError().text());

    const QString detail = QStringLiteral("households=%1; into=%2; team=%3; targets=%4")
                               .arg(r.households.size())
                               .arg(intoId)
                               .arg(teamA)
                               .arg(r.fromTargets.size());
    if (Status s =
            m_groups.audit(QStringLiteral("group.merge"), fromId, from->name, into->name, detail);
        !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return r;
}

Status GroupMerger::undo(const GroupMergeRecord &r)
{
    const auto into = m_groups.group(r.intoId);
    if (!into)
        return Status::failure(tr("The residential group no longer exists."));
    if (m_groups.group(r.from.id))
        return Status::failure(tr("The residential group “%1” exists already.").arg(r.from.name));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (Status s = m_groups.deleteAssignments(r.createdAssignments); !s)
        return s;
    if (Status s = m_groups.insertGroup(r.from); !s)
        return s;
    if (Status s = m_groups.moveHouseholds(r.households, r.intoId, r.from.id); !s)
        return s;
    for (const TeamAssignment &a : r.fromAssignments) {
        if (Status s = insertAssignment(a); !s)
            return s;
    }
    if (r.targetsMerged) {
        if (Status s = deleteTargets(r.intoId); !s)
            return s;
        for (const auto *h : {&r.fromTargets, &r.intoTargets}) {
            for (const Target &t : *h) {
                if (Status s = insertTarget(t); !s)
                    return s;
            }
        }
    }
    const QString detail =
        QStringLiteral("households=%1; into=%2").arg(r.households.size()).arg(r.intoId);
    if (Status s = m_groups.audit(QStringLiteral("group.merge.undo"), r.from.id, into->name,
                                  r.from.name, detail);
        !s)
        return s;
    return tx.commit();
}

QVector<Target> GroupMerger::targets(qint64 groupId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, campaign_id, target, deadline, effective_from, source "
                             "FROM target WHERE group_id = ? ORDER BY effective_from, id"));
    q.addBindValue(groupId);
    QVector<Target> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Target t;
        t.id = q.value(0).toLongLong();
        t.campaignId = q.value(1).toLongLong();
        t.groupId = groupId;
        t.target = q.value(2).toInt();
        t.deadline = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        t.effectiveFrom = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        t.source = q.value(5).toString();
        out << t;
    }
    return out;
}

QVector<TeamAssignment> GroupMerger::groupAssignments(qint64 groupId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, team_id FROM assignment WHERE group_id = ? ORDER BY id"));
    q.addBindValue(groupId);
    QVector<TeamAssignment> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), groupId, 0});
    return out;
}

QVector<qint64> GroupMerger::householdIds(qint64 groupId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM household WHERE group_id = ? ORDER BY id"));
    q.addBindValue(groupId);
    QVector<qint64> out;
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Status GroupMerger::deleteTargets(qint64 groupId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM target WHERE group_id = ?"));
    q.addBindValue(groupId);
    return q.exec() ? Status::success() : failed(q);
}

Status GroupMerger::insertTarget(const Target &t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO target(id, campaign_id, group_id, team_id, target, "
                             "deadline, effective_from, source) VALUES (?,?,?,NULL,?,?,?,?)"));
    q.addBindValue(idOrNull(t.id));
    q.addBindValue(idOrNull(t.campaignId));
    q.addBindValue(t.groupId);
    q.addBindValue(t.target);
    q.addBindValue(dateOrNull(t.deadline));
    q.addBindValue(t.effectiveFrom.toString(Qt::ISODate));
    q.addBindValue(t.source.isEmpty() ? QStringLiteral("manual") : t.source);
    return q.exec() ? Status::success() : failed(q);
}

Status GroupMerger::insertAssignment(const TeamAssignment &a)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO assignment(id, team_id, group_id, household_id) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(a.id);
    q.addBindValue(a.teamId);
    q.addBindValue(idOrNull(a.groupId));
    q.addBindValue(idOrNull(a.householdId));
    return q.exec() ? Status::success() : failed(q);
}

} // namespace sotay
