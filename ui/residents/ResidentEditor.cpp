#include "residents/ResidentEditor.h"

#include "commands/EditHouseholdCommand.h"
#include "commands/EditResidentCommand.h"
#include "commands/RecordExclusionCommand.h"
#include "commands/RecordStatusCommand.h"
#include "households/HouseholdDialog.h"
#include "query/WardTreeQuery.h"
#include "residents/ExclusionDialog.h"
#include "residents/ResidentDialog.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsView.h"
#include "residents/StatusDialog.h"
#include "storage/ResidentStore.h"
#include "window/Prompter.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QUndoStack>

namespace sotay {

ResidentEditor::ResidentEditor(QWidget *window, ResidentsView *view, QUndoStack *undo)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_undo(undo)
{
}

void ResidentEditor::install(QMenu *menu)
{
    QTableView *table = m_view->table();
    auto add = [&](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = menu->addAction(text, this, slot);
        a->setShortcuts(keys);
        // Plain keys (1, 2, X) only where the list has focus, never while typing a search.
        a->setShortcutContext(Qt::WidgetShortcut);
        table->addAction(a);
        return a;
    };
    add(tr("Edit resident…"), {QKeySequence(Qt::Key_F2)}, &ResidentEditor::editResident);
    add(tr("Edit household…"), {QKeySequence(Qt::SHIFT | Qt::Key_F2)},
        &ResidentEditor::editHousehold);
    add(tr("Level 1 status…"), {QKeySequence(Qt::Key_1)}, [this] { changeStatus(1); });
    add(tr("Level 2 status…"), {QKeySequence(Qt::Key_2)}, [this] { changeStatus(2); });
    add(tr("Exclusion…"), {QKeySequence(Qt::Key_X)}, &ResidentEditor::markExclusion);
}

void ResidentEditor::editResident()
{
    Database *db = m_db();
    const qint64 id = m_view->currentResidentId();
    if (!db || !id)
        return;
    const auto before = ResidentStore(*db).resident(id);
    if (!before)
        return;
    ResidentDialog dialog(*before, m_window);
    if (m_prompter().exec(dialog) != QDialog::Accepted)
        return;
    const Resident after = dialog.resident();
    if (EditResidentCommand::describeChange(*before, after).first.isEmpty() &&
        EditResidentCommand::describeChange(*before, after).second.isEmpty())
        return;
    m_undo->push(new EditResidentCommand(m_context(true), *before, after));
}

void ResidentEditor::editHousehold()
{
    Database *db = m_db();
    const QModelIndex current = m_view->table()->currentIndex();
    if (!db || !current.isValid())
        return;
    const qint64 householdId = current.data(ResidentTableModel::HouseholdIdRole).toLongLong();
    const auto before = ResidentStore(*db).household(householdId);
    if (!before)
        return;
    HouseholdDialog dialog(*before, m_window);
    if (m_prompter().exec(dialog) != QDialog::Accepted)
        return;
    m_undo->push(new EditHouseholdCommand(m_context(true), *before, dialog.household()));
}

void ResidentEditor::changeStatus(int level)
{
    Database *db = m_db();
    const QModelIndex current = m_view->table()->currentIndex();
    const auto *row = current.isValid() ? m_view->model()->rowData(current.row()) : nullptr;
    if (!db || !row)
        return;
    QVector<StatusDialog::TeamChoice> teams;
    for (const auto &t : WardTreeQuery(*db).teams())
        teams << StatusDialog::TeamChoice{t.id, t.name};
    const AccountStatus now = level == 1 ? row->level1 : row->level2;
    StatusDialog dialog(row->fullName, level, now, teams, row->teamId, m_window);
    if (m_prompter().exec(dialog) != QDialog::Accepted)
        return;
    ResidentStore::StatusEvent e;
    e.residentId = row->id;
    e.level = level;
    e.status = dialog.status();
    e.date = dialog.date();
    e.teamId = dialog.teamId();
    e.correction = dialog.isCorrection();
    m_undo->push(new RecordStatusCommand(m_context(true), e, now, row->fullName));
}

void ResidentEditor::markExclusion()
{
    Database *db = m_db();
    const QModelIndex current = m_view->table()->currentIndex();
    const auto *row = current.isValid() ? m_view->model()->rowData(current.row()) : nullptr;
    if (!db || !row)
        return;
    ExclusionDialog dialog(row->fullName, row->exclusion, m_window);
    if (m_prompter().exec(dialog) != QDialog::Accepted)
        return;
    m_undo->push(new RecordExclusionCommand(m_context(true), row->id, row->exclusion,
                                            dialog.reason(), dialog.date(), row->fullName));
}

} // namespace sotay
