#pragma once

#include "print/ReportDialog.h"

class QComboBox;
class QLabel;

namespace sotay {

class Checklist;

// Reports → Door-to-door checklist…: a residential group and optionally one team's share of
// it, as of today; print preview or PDF. Every printout or file goes to the disclosure log.
class ChecklistDialog : public ReportDialog
{
    Q_OBJECT
public:
    ChecklistDialog(Database &db, Prompter &prompter, QWidget *parent = nullptr);

    // Selects by name; false when there is no such group / team.
    bool selectGroup(const QString &name);
    bool selectTeam(const QString &name); // empty: the whole group

protected:
    void printPreview() override;
    void savePdf() override;
    void updateButtons() override;

private:
    void withList(std::function<void(const Checklist &)> then);
    QString scope() const;

    QComboBox *m_group = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_day = nullptr;
};

} // namespace sotay
