#pragma once

#include "teams/TeamsCommand.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace sotay {

class Database;
class RowTableModel;

// Targets and deadlines per residential group and per team. A new target is in force from
// the day it is set (its "effective from"), so past reports keep the target they had.
class TargetPanel : public QWidget
{
    Q_OBJECT
public:
    TargetPanel(Database &db, QUndoStack *undo, TeamsCommand::Context context,
                QWidget *parent = nullptr);
    void reload();

private:
    void scopeChanged();
    void check();
    void save();
    std::pair<qint64, qint64> scope() const; // (group id, team id)

    Database &m_db;
    QUndoStack *m_undo;
    TeamsCommand::Context m_context;
    RowTableModel *m_history;
    QComboBox *m_scope;
    QSpinBox *m_target;
    QDateEdit *m_deadline;
    QDateEdit *m_from;
    QLabel *m_problem;
    QTableView *m_historyView;
};

} // namespace sotay
