#pragma once

#include "teams/TeamsCommand.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace sotay {

class Database;
class RowTableModel;

// Campaigns (đợt cao điểm) and their phases: e.g. 50 % of the approved-not-activated
// activated by one date, 100 % by the next.
class CampaignPanel : public QWidget
{
    Q_OBJECT
public:
    CampaignPanel(Database &db, QUndoStack *undo, TeamsCommand::Context context,
                  QWidget *parent = nullptr);
    void reload();

private:
    void campaignChanged();
    void createCampaign();
    void addPhase();
    void removePhase();
    qint64 currentCampaign() const;

    Database &m_db;
    QUndoStack *m_undo;
    TeamsCommand::Context m_context;
    RowTableModel *m_phases;
    QComboBox *m_campaigns;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QTableView *m_phaseView;
    QLineEdit *m_phaseName;
    QSpinBox *m_percent;
    QComboBox *m_base;
    QDateEdit *m_phaseDeadline;
    QLabel *m_problem;
};

} // namespace sotay
