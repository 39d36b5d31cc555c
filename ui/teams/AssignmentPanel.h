#pragma once

#include "teams/TeamsCommand.h"

#include <QWidget>

class QComboBox;
class QTableView;
class QUndoStack;

namespace sotay {

class Database;
class RowTableModel;

// Who is responsible for what: a team per residential group, and a team for single
// households (which overrides the group's). Each assignment is a command on the undo stack.
class AssignmentPanel : public QWidget
{
    Q_OBJECT
public:
    AssignmentPanel(Database &db, QUndoStack *undo, TeamsCommand::Context context,
                    QWidget *parent = nullptr);
    void reload();
    qint64 currentGroup() const;

private:
    void groupSelected();
    void reloadHouseholds();
    void assignGroup();
    void assignHousehold();
    void fillTeams(QComboBox *box, const QString &none, qint64 current);

    Database &m_db;
    QUndoStack *m_undo;
    TeamsCommand::Context m_context;
    RowTableModel *m_groups;
    RowTableModel *m_households;
    QTableView *m_groupView;
    QTableView *m_householdView;
    QComboBox *m_groupTeam;
    QComboBox *m_householdTeam;
};

} // namespace sotay
