#include "storage/GroupStore.h"

#include "Clock.h"
#include "rules/Text.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/GroupMerger.h"
#include "storage/Transaction.h"
#include "teams/AssignmentStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {
Status failed(const QSqlQuery &q)
{
    return Status::failure(q.lastError().text());
}
GroupRow groupOf(const QSqlQuery &q)
{
    GroupRow g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.sortKey = q.value(2).toString();
    g.createdOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    g.households = q.value(4).toLongLong();
    return g;
}
const QString kGroupSelect =
    QStringLiteral("SELECT g.id, g.name, g.sort_key, g.created_on, "
                   "(SELECT count(*) FROM household h WHERE h.group_id = g.id) FROM res_group g ");
} // namespace

QVector<GroupRow> GroupStore::groups() const
{
    QSqlQuery q(m_db.connection());
    QVector<GroupRow> out;
    if (q.exec(kGroupSelect + QStringLiteral("ORDER BY g.sort_key, g.id"))) {
        while (q.next())
            out.append(groupOf(q));
    }
    return out;
}

std::optional<GroupRow> GroupStore::group(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kGroupSelect + QStringLiteral("WHERE g.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return groupOf(q);
}

QVector<GroupHouseholdRow> GroupStore::households(qint64 groupId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT h.id, h.code, h.address, h.address_key, h.head_name, "
        "(SELECT count(*) FROM resident r WHERE r.household_id = h.id) FROM household h "
        "WHERE h.group_id = ? ORDER BY h.address_key, h.code"));
    q.addBindValue(groupId);
    QVector<GroupHouseholdRow> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
    return out;
}

QString GroupStore::checkName(const QString &rawName, qint64 exceptGroupId) const
{
    const QString name = Text::clean(rawName);
    if (name.isEmpty())
        return tr("The residential group needs a name.");
    const QString folded = name.toCaseFolded();
    for (const GroupRow &g : groups()) {
        if (g.id != exceptGroupId && g.name.toCaseFolded() == folded)
            return tr("A residential group named “%1” already exists.").arg(g.name);
    }
    return {};
}

Result<GroupRow> GroupStore::createGroup(const QString &rawName, const QDate &createdOn)
{
    if (const QString problem = checkName(rawName); !problem.isEmpty())
        return Result<GroupRow>::failure(problem);
    GroupRow g;
    g.name = Text::clean(rawName);
    g.sortKey = Text::naturalKey(g.name);
    g.createdOn = createdOn.isValid() ? createdOn : Clock::today();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<GroupRow>::failure(tx.error());
    if (Status s = insertGroup(g); !s)
        return Result<GroupRow>::failure(s.error());
    QSqlQuery id(m_db.connection());
    id.prepare(QStringLiteral("SELECT id FROM res_group WHERE name = ?"));
    id.addBindValue(g.name);
    if (!id.exec() || !id.next())
        return Result<GroupRow>::failure(id.lastError().text());
    g.id = id.value(0).toLongLong();
    id.finish();
    if (Status s = audit(QStringLiteral("group.create"), g.id, {}, g.name, {}); !s)
        return Result<GroupRow>::failure(s.error());
    if (Status s = tx.commit(); !s)
        return Result<GroupRow>::failure(s.error());
    return g;
}

Status GroupStore::removeEmptyGroup(qint64 groupId)
{
    const auto g = group(groupId);
    if (!g)
        return Status::failure(tr("The residential group no longer exists."));
    if (g->households > 0)
        return Status::failure(
            tr("The residential group “%1” still has %n household(s).", "", int(g->households))
                .arg(g->name));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    // Its assignments and targets go with it (ON DELETE CASCADE).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM res_group WHERE id = ?"));
    q.addBindValue(groupId);
    if (!q.exec())
        return failed(q);
    if (Status s = audit(QStringLiteral("group.remove"), groupId, g->name, {}, {}); !s)
        return s;
    return tx.commit();
}

Status GroupStore::renameGroup(qint64 groupId, const QString &newName)
{
    return rename(groupId, newName, QStringLiteral("group.rename"));
}

Status GroupStore::undoRename(qint64 groupId, const QString &oldName)
{
    return rename(groupId, oldName, QStringLiteral("group.rename.undo"));
}

Status GroupStore::rename(qint64 groupId, const QString &rawName, const QString &action)
{
    const auto g = group(groupId);
    if (!g)
        return Status::failure(tr("The residential group no longer exists."));
    if (const QString problem = checkName(rawName, groupId); !problem.isEmpty())
        return Status::failure(problem);
    const QString name = Text::clean(rawName);
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE res_group SET name = ?, sort_key = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(Text::naturalKey(name));
    q.addBindValue(groupId);
    if (!q.exec())
        return failed(q);
    if (Status s = audit(action, groupId, g->name, name, {}); !s)
        return s;
    return tx.commit();
}

Result<GroupSplitRecord> GroupStore::splitToNew(qint64 fromId, const QVector<qint64> &householdIds,
                                                const QString &newName)
{
    if (const QString problem = checkName(newName); !problem.isEmpty())
        return Result<GroupSplitRecord>::failure(problem);
    return split(fromId, householdIds, 0, newName);
}

Result<GroupSplitRecord> GroupStore::splitInto(qint64 fromId, const QVector<qint64> &householdIds,
                                               qint64 intoId)
{
    if (intoId == fromId)
        return Result<GroupSplitRecord>::failure(
            tr("The households are already in this residential group."));
    return split(fromId, householdIds, intoId, {});
}

Result<GroupSplitRecord> GroupStore::split(qint64 fromId, const QVector<qint64> &householdIds,
                                           qint64 intoId, const QString &newName)
{
    using R = Result<GroupSplitRecord>;
    const auto from = group(fromId);
    if (!from)
        return R::failure(tr("The residential group no longer exists."));
    if (householdIds.isEmpty())
        return R::failure(tr("Choose at least one household to move."));
    if (QSet<qint64>(householdIds.cbegin(), householdIds.cend()).size() != householdIds.size())
        return R::failure(tr("A household is chosen twice."));
    GroupSplitRecord record;
    record.fromId = fromId;
    record.households = householdIds;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (intoId) {
        const auto into = group(intoId);
        if (!into)
            return R::failure(tr("The residential group no longer exists."));
        record.to = *into;
    } else {
        auto created = createGroup(newName);
        if (!created)
            return R::failure(created.error());
        record.to = created.take();
        record.created = true;
    }
    if (Status s = moveHouseholds(householdIds, fromId, record.to.id); !s)
        return R::failure(s.error());
    // The moved households keep their team: a new group takes the old group's team; an
    // existing group with another team gets them as households of the old team.
    if (const qint64 team = groupTeam(fromId)) {
        if (record.created) {
            auto a = insertAssignment(team, record.to.id, 0);
            if (!a)
                return R::failure(a.error());
            record.createdAssignments << a.value();
        } else if (groupTeam(record.to.id) != team) {
            if (Status s = keepTeam(householdIds, team, record.createdAssignments); !s)
                return R::failure(s.error());
        }
    }
    const QString detail = QStringLiteral("households=%1; into=%2; created=%3")
                               .arg(householdIds.size())
                               .arg(record.to.id)
                               .arg(record.created ? 1 : 0);
    if (Status s = audit(QStringLiteral("group.split"), fromId, from->name, record.to.name, detail);
        !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    record.to.households = group(record.to.id) ? group(record.to.id)->households : 0;
    return record;
}

Status GroupStore::undoSplit(const GroupSplitRecord &r)
{
    const auto from = group(r.fromId);
    if (!from || !group(r.to.id))
        return Status::failure(tr("The residential group no longer exists."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (Status s = deleteAssignments(r.createdAssignments); !s)
        return s;
    if (Status s = moveHouseholds(r.households, r.to.id, r.fromId); !s)
        return s;
    const QString detail = QStringLiteral("households=%1; into=%2; created=%3")
                               .arg(r.households.size())
                               .arg(r.to.id)
                               .arg(r.created ? 1 : 0);
    if (Status s =
            audit(QStringLiteral("group.split.undo"), r.fromId, r.to.name, from->name, detail);
        !s)
        return s;
    if (r.created) {
        if (Status s = removeEmptyGroup(r.to.id); !s)
            return s;
    }
    return tx.commit();
}

Result<GroupMergeRecord> GroupStore::merge(qint64 fromId, qint64 intoId)
{
    return GroupMerger(m_db, *this).merge(fromId, intoId);
}

Status GroupStore::undoMerge(const GroupMergeRecord &record)
{
    return GroupMerger(m_db, *this).undo(record);
}

qint64 GroupStore::groupTeam(qint64 groupId) const
{
    return AssignmentStore(m_db).groupTeam(groupId);
}

Result<qint64> GroupStore::insertAssignment(qint64 teamId, qint64 groupId, qint64 householdId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO assignment(team_id, group_id, household_id) "
                             "VALUES (?, ?, ?)"));
    q.addBindValue(teamId);
    q.addBindValue(groupId ? QVariant(groupId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(householdId ? QVariant(householdId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status GroupStore::keepTeam(const QVector<qint64> &householdIds, qint64 teamId,
                            QVector<qint64> &created)
{
    const AssignmentStore assignments(m_db);
    for (qint64 h : householdIds) {
        if (assignments.householdOwnTeam(h))
            continue;
        auto a = insertAssignment(teamId, 0, h);
        if (!a)
            return Status::failure(a.error());
        created << a.value();
    }
    return Status::success();
}

Status GroupStore::deleteAssignments(const QVector<qint64> &ids)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM assignment WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return failed(q);
    }
    return Status::success();
}

Status GroupStore::moveHouseholds(const QVector<qint64> &ids, qint64 fromId, qint64 toId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE household SET group_id = ? WHERE id = ? AND group_id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(toId);
        q.addBindValue(id);
        q.addBindValue(fromId);
        if (!q.exec())
            return failed(q);
        if (q.numRowsAffected() != 1)
            return Status::failure(
                tr("A chosen household is no longer in the residential group it was in."));
    }
    return Status::success();
}

Status GroupStore::insertGroup(const GroupRow &g)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO res_group(id, name, sort_key, created_on) VALUES (?, ?, ?, ?)"));
    q.addBindValue(g.id ? QVariant(g.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(g.name);
    q.addBindValue(g.sortKey);
    q.addBindValue(g.createdOn.toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(
            tr("Cannot create the residential group “%1”: %2").arg(g.name, q.lastError().text()));
    return Status::success();
}

Status GroupStore::audit(const QString &action, qint64 groupId, const QString &oldValue,
                         const QString &newValue, const QString &detail)
{
    return AuditLog(m_db).record(action, QStringLiteral("res_group"), groupId, oldValue, newValue,
                                 detail);
}

} // namespace sotay
