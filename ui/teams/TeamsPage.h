#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QUndoStack;

namespace sotay {

class AssignmentPanel;
class CampaignPanel;
class Database;
class TargetPanel;
class TeamPanel;

// The "Teams" tab: work teams and their members, who is responsible for which residential
// group or household, targets and deadlines, campaigns and their phases. Every change is a
// small command on the window's undo stack, so Ctrl+Z / Ctrl+Y work here too.
class TeamsPage : public QWidget
{
    Q_OBJECT
public:
    TeamsPage(Database &db, QUndoStack *undo, QWidget *parent = nullptr);

public Q_SLOTS:
    void reload(); // after an import or any change made elsewhere

private:
    void showFailure(const QString &message);

    QLabel *m_error;
    QTabWidget *m_tabs;
    TeamPanel *m_teams;
    AssignmentPanel *m_assignments;
    TargetPanel *m_targets;
    CampaignPanel *m_campaigns;
};

} // namespace sotay
