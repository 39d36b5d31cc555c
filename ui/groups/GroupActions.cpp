#include "groups/GroupActions.h"

#include "commands/CreateGroupCommand.h"
#include "commands/MergeGroupCommand.h"
#include "commands/RenameGroupCommand.h"
#include "commands/SplitGroupCommand.h"
#include "groups/MergeGroupDialog.h"
#include "groups/RenameGroupDialog.h"
#include "groups/SplitGroupDialog.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "window/WardTreeModel.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QTreeView>
#include <QUndoStack>

namespace sotay {

GroupActions::GroupActions(QTreeView *tree, QUndoStack *undo, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_undo(undo)
    , m_hooks(std::move(hooks))
{
    setObjectName(QStringLiteral("GroupActions"));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &GroupActions::showMenu);
    auto *rename = new QAction(this);
    rename->setObjectName(QStringLiteral("renameGroupShortcut"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(rename, &QAction::triggered, this, &GroupActions::renameCurrent);
    m_tree->addAction(rename);
}

Database *GroupActions::writableDatabase()
{
    Database *db = m_hooks.database ? m_hooks.database() : nullptr;
    return db && !db->isReadOnly() ? db : nullptr;
}

QMenu *GroupActions::menuFor(const QModelIndex &index, QWidget *parent)
{
    if (!writableDatabase() || !index.isValid())
        return nullptr;
    const auto kind = WardTreeModel::Kind(index.data(WardTreeModel::KindRole).toInt());
    const qint64 id = index.data(WardTreeModel::IdRole).toLongLong();
    auto *menu = new QMenu(parent);
    if (kind == WardTreeModel::Kind::Ward) {
        menu->addAction(tr("New residential group…"), this, &GroupActions::newGroup)
            ->setObjectName(QStringLiteral("newGroup"));
    } else if (kind == WardTreeModel::Kind::Group) {
        QAction *rename = menu->addAction(tr("Rename…"), this, [this, id] { renameGroup(id); });
        rename->setObjectName(QStringLiteral("renameGroup"));
        rename->setShortcut(QKeySequence(Qt::Key_F2));
        menu->addAction(tr("Merge into…"), this, [this, id] { mergeGroup(id); })
            ->setObjectName(QStringLiteral("mergeGroup"));
        menu->addAction(tr("Split…"), this, [this, id] { splitGroup(id); })
            ->setObjectName(QStringLiteral("splitGroup"));
    } else {
        delete menu;
        return nullptr;
    }
    return menu;
}

void GroupActions::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    std::unique_ptr<QMenu> menu(menuFor(index.siblingAtColumn(0), m_tree));
    if (menu)
        menu->exec(m_tree->viewport()->mapToGlobal(pos));
}

void GroupActions::renameCurrent()
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (index.isValid() && WardTreeModel::Kind(index.data(WardTreeModel::KindRole).toInt()) ==
                               WardTreeModel::Kind::Group)
        renameGroup(index.data(WardTreeModel::IdRole).toLongLong());
}

void GroupActions::renameGroup(qint64 groupId)
{
    Database *db = writableDatabase();
    if (!db)
        return;
    const auto group = GroupStore(*db).group(groupId);
    if (!group)
        return;
    RenameGroupDialog dialog(
        *group,
        [db, groupId](const QString &name) { return GroupStore(*db).checkName(name, groupId); },
        m_tree);
    if (m_hooks.exec(dialog) != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    m_undo->push(new RenameGroupCommand(m_hooks.context(), groupId, group->name, dialog.newName()));
    selectGroup(groupId);
}

void GroupActions::newGroup()
{
    Database *db = writableDatabase();
    if (!db)
        return;
    QInputDialog dialog(m_tree);
    dialog.setWindowTitle(tr("New residential group"));
    dialog.setLabelText(tr("Name of the residential group (e.g. Tổ dân phố 12):"));
    if (m_hooks.exec(dialog) != QDialog::Accepted)
        return;
    const QString name = dialog.textValue();
    if (const QString problem = GroupStore(*db).checkName(name); !problem.isEmpty()) {
        m_hooks.warn(tr("New residential group"), problem);
        return;
    }
    m_undo->push(new CreateGroupCommand(m_hooks.context(), name));
}

void GroupActions::mergeGroup(qint64 groupId)
{
    Database *db = writableDatabase();
    if (!db)
        return;
    GroupStore store(*db);
    const auto from = store.group(groupId);
    if (!from)
        return;
    MergeGroupDialog dialog(*from, store.groups(), m_tree);
    if (m_hooks.exec(dialog) != QDialog::Accepted || dialog.intoGroupId() == 0)
        return;
    const GroupRow into = dialog.intoGroup();
    m_undo->push(new MergeGroupCommand(m_hooks.context(), *from, into));
    selectGroup(into.id);
}

void GroupActions::splitGroup(qint64 groupId)
{
    Database *db = writableDatabase();
    if (!db)
        return;
    GroupStore store(*db);
    const auto from = store.group(groupId);
    if (!from)
        return;
    SplitGroupDialog dialog(
        *from, store.households(groupId), store.groups(),
        [db](const QString &name) { return GroupStore(*db).checkName(name); }, m_tree);
    if (m_hooks.exec(dialog) != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    SplitGroupCommand::Change change;
    change.fromId = from->id;
    change.fromName = from->name;
    change.households = dialog.householdIds();
    change.intoId = dialog.intoGroupId();
    change.newName = dialog.newGroupName();
    change.intoName = dialog.intoGroupName();
    m_undo->push(new SplitGroupCommand(m_hooks.context(), change));
    selectGroup(from->id);
}

void GroupActions::selectGroup(qint64 groupId)
{
    auto *model = qobject_cast<WardTreeModel *>(m_tree->model());
    if (!model)
        return;
    const QModelIndex index = model->groupIndex(groupId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

} // namespace sotay
