#pragma once

#include <QMenu>

#include <functional>

namespace sotay {

class Database;
class Prompter;

// The window's Reports menu: Weekly report… (Ctrl+R), Door-to-door checklist… (Ctrl+P) with
// the group selected in the ward tree chosen first, Confirmation list…. The window hands in
// how to reach its ward, its Prompter (replaced by tests) and the selected group's name.
class ReportsMenu : public QMenu
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<Database *()> database; // null: no ward open
        std::function<Prompter &()> prompter;
        std::function<QString()> selectedGroup; // empty: none selected
    };
    ReportsMenu(Hooks hooks, QWidget *parent);

    QAction *weeklyAction() const { return m_weekly; }
    QAction *checklistAction() const { return m_checklist; }
    QAction *confirmationAction() const { return m_confirmation; }

private:
    void weeklyReport();
    void checklist();
    void confirmationList();

    Hooks m_hooks;
    QAction *m_weekly = nullptr;
    QAction *m_checklist = nullptr;
    QAction *m_confirmation = nullptr;
};

} // namespace sotay
