#pragma once

#include "commands/DbCommand.h"

#include <QObject>

#include <functional>

class QMenu;
class QUndoStack;
class QWidget;

namespace sotay {

class Database;
class Prompter;
class ResidentsView;

// The Edit menu on the resident selected in the list: edit the resident or the household,
// change a level's status (keys 1 and 2), mark an exclusion. Each change is pushed on the
// window's undo stack as a command.
class ResidentEditor : public QObject
{
    Q_OBJECT
public:
    ResidentEditor(QWidget *window, ResidentsView *view, QUndoStack *undo);

    void setDatabaseGetter(std::function<Database *()> f) { m_db = std::move(f); }
    void setPrompterGetter(std::function<Prompter &()> f) { m_prompter = std::move(f); }
    void setContextFactory(std::function<CommandContext(bool)> f) { m_context = std::move(f); }
    void install(QMenu *menu);

    void editResident();
    void editHousehold();
    void changeStatus(int level);
    void markExclusion();

private:
    QWidget *m_window;
    ResidentsView *m_view;
    QUndoStack *m_undo;
    std::function<Database *()> m_db;
    std::function<Prompter &()> m_prompter;
    std::function<CommandContext(bool)> m_context;
};

} // namespace sotay
