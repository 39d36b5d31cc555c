#pragma once

#include "commands/RecordOutcomeCommand.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sotay {

class Database;
class OutcomeListModel;
class Prompter;

// Entering a returned paper checklist without the mouse: pick the group (and the visit day
// and team), then one key per resident in printed order — D done, V not home, T refused,
// H come back on (asks when), S no smartphone, M level 2 at the police, C ID card first —
// and the cursor moves on; Enter or Down skips.
class OutcomeEntryView : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeEntryView(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    void reload();  // the list of the chosen group
    void refresh(); // outcomes entered, after a change or an undo
    void selectGroup(qint64 groupId);

    QComboBox *groupBox() const { return m_group; }
    QComboBox *teamBox() const { return m_team; }
    QLineEdit *dateEdit() const { return m_date; }
    QTableView *table() const { return m_table; }
    OutcomeListModel *model() const { return m_model; }

    static bool outcomeForKey(int key, VisitOutcome *outcome);

Q_SIGNALS:
    void outcomeEntered(const sotay::RecordOutcomeCommand::Entry &entry,
                        const QString &residentName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void enter(VisitOutcome outcome);
    void moveDown();
    void updateProgress();
    QDate visitDate() const;

    Database *m_db = nullptr;
    Prompter *m_prompter = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_date = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_progress = nullptr;
    QTableView *m_table = nullptr;
    OutcomeListModel *m_model = nullptr;
    bool m_stale = false; // the group changed while hidden: read when shown
};

} // namespace sotay
