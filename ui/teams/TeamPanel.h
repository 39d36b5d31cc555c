#pragma once

#include "teams/TeamsCommand.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace sotay {

class Database;
class RowTableModel;

// The teams and their members: create, rename, delete a team; add, change, remove members
// with their role and phone. Every change is a command on the window's undo stack.
class TeamPanel : public QWidget
{
    Q_OBJECT
public:
    TeamPanel(Database &db, QUndoStack *undo, TeamsCommand::Context context,
              QWidget *parent = nullptr);
    void reload();
    qint64 currentTeam() const;

Q_SIGNALS:
    void currentTeamChanged(qint64 teamId);

private:
    void teamSelected();
    void memberSelected();
    void createTeam();
    void saveTeam();
    void deleteTeam();
    void addMember();
    void saveMember();
    void removeMember();
    void checkMemberForm();
    void push(QUndoCommand *command);
    void reloadMembers();

    Database &m_db;
    QUndoStack *m_undo;
    TeamsCommand::Context m_context;
    RowTableModel *m_teams;
    RowTableModel *m_members;
    QTableView *m_teamView;
    QTableView *m_memberView;
    QLineEdit *m_teamName;
    QLineEdit *m_leader;
    QPushButton *m_saveTeam;
    QPushButton *m_deleteTeam;
    QLineEdit *m_memberName;
    QComboBox *m_role;
    QLineEdit *m_phone;
    QLabel *m_memberProblem;
    QPushButton *m_addMember;
    QPushButton *m_saveMember;
    QPushButton *m_removeMember;
    qint64 m_selectTeam = 0;
};

} // namespace sotay
