#pragma once

#include "commands/DbCommand.h"

#include <QObject>

#include <functional>

class QDialog;
class QMenu;
class QModelIndex;
class QTreeView;
class QUndoStack;

namespace sotay {

class Database;

// The ward tree's context menu for reorganising residential groups: New residential
// group… on the ward, Rename… (also F2), Merge into… and Split… on a group. Each change is an
// undoable command on the window's stack. Kept out of MainWindow: the window only hands over its
// hooks.
class GroupActions : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<Database *()> database;    // the open ward, or nullptr
        std::function<CommandContext()> context; // for the commands (refreshes the views)
        std::function<int(QDialog &)> exec;      // runs a dialog (tests answer it)
        std::function<void(const QString &, const QString &)> warn; // title, text
    };
    // The tree's model is the WardTreeModel.
    GroupActions(QTreeView *tree, QUndoStack *undo, Hooks hooks, QObject *parent = nullptr);

    // The menu for a tree row (nullptr when there is nothing to do there); the caller owns it.
    QMenu *menuFor(const QModelIndex &index, QWidget *parent);
    void newGroup();
    void mergeGroup(qint64 groupId);
    void splitGroup(qint64 groupId);
    void renameGroup(qint64 groupId);

private:
    void showMenu(const QPoint &pos);
    void renameCurrent(); // F2 on the tree
    void selectGroup(qint64 groupId);
    Database *writableDatabase();

    QTreeView *m_tree = nullptr;
    QUndoStack *m_undo = nullptr;
    Hooks m_hooks;
};

} // namespace sotay
