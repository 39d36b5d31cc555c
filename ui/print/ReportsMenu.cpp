#include "print/ReportsMenu.h"

#include "print/ChecklistDialog.h"
#include "print/ConfirmationDialog.h"
#include "print/WeeklyReportDialog.h"
#include "window/Prompter.h"

namespace sotay {

ReportsMenu::ReportsMenu(Hooks hooks, QWidget *parent)
    : QMenu(tr("&Reports"), parent)
    , m_hooks(std::move(hooks))
{
    m_weekly = addAction(tr("&Weekly report…"), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                         &ReportsMenu::weeklyReport);
    m_weekly->setObjectName(QStringLiteral("weeklyReport"));
    m_checklist = addAction(tr("&Door-to-door checklist…"), QKeySequence::Print, this,
                            &ReportsMenu::checklist);
    m_checklist->setObjectName(QStringLiteral("checklistDialog"));
    m_confirmation = addAction(tr("&Confirmation list…"), this, &ReportsMenu::confirmationList);
    m_confirmation->setObjectName(QStringLiteral("confirmationList"));
}

void ReportsMenu::weeklyReport()
{
    if (Database *db = m_hooks.database()) {
        WeeklyReportDialog dialog(*db, m_hooks.prompter(), parentWidget());
        m_hooks.prompter().exec(dialog);
    }
}

void ReportsMenu::checklist()
{
    if (Database *db = m_hooks.database()) {
        ChecklistDialog dialog(*db, m_hooks.prompter(), parentWidget());
        if (const QString group = m_hooks.selectedGroup(); !group.isEmpty())
            dialog.selectGroup(group);
        m_hooks.prompter().exec(dialog);
    }
}

void ReportsMenu::confirmationList()
{
    if (Database *db = m_hooks.database()) {
        ConfirmationDialog dialog(*db, m_hooks.prompter(), parentWidget());
        if (const QString group = m_hooks.selectedGroup(); !group.isEmpty())
            dialog.selectGroup(group);
        m_hooks.prompter().exec(dialog);
    }
}

} // namespace sotay
