#pragma once

#include "commands/DbCommand.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace sotay {

class DailyBackup;
class Database;
class OutcomeEntryView;
class Prompter;
class ResidentEditor;
class ResidentsView;
class WardFileMenu;
struct WindowLayout;
class WardPages;
class WardTreeModel;

// The ward tree on the left, the residents of what is selected on the right, outcome entry
// in its own tab. Every change is an undoable command on the window's QUndoStack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openWard(const QString &path);
    // Lets go of the ward file (every model and page first): restore replaces the file.
    void closeWard();
    void openLastWard();
    Database *database() const { return m_db.get(); }

    // Tests replace the message boxes and dialogs.
    void setPrompter(std::unique_ptr<Prompter> prompter);

    QUndoStack *undoStack() const { return m_undo; }
    QTreeView *tree() const { return m_tree; }
    WardTreeModel *treeModel() const { return m_treeModel; }
    ResidentsView *residents() const { return m_residents; }
    OutcomeEntryView *outcomes() const { return m_outcomes; }
    QTabWidget *tabs() const { return m_tabs; }
    WardPages *pages() const { return m_pages; }

    ResidentEditor *editor() const { return m_editor; }
    void showSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void treeSelectionChanged();
    void afterChange(bool countsChanged);
    CommandContext context(bool countsChanged);
    void updateWardActions();
    void undoIndexChanged(int index);
    void afterImport();
    QString selectedGroupName() const; // empty when no group (or household) is selected
    WindowLayout keptLayout() const;   // what is kept of the window between runs

    std::unique_ptr<Database> m_db;
    DailyBackup *m_dailyBackup = nullptr;
    std::unique_ptr<Prompter> m_prompter;
    QUndoStack *m_undo = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    WardTreeModel *m_treeModel = nullptr;
    ResidentsView *m_residents = nullptr;
    OutcomeEntryView *m_outcomes = nullptr;
    ResidentEditor *m_editor = nullptr;
    WardFileMenu *m_fileMenu = nullptr;
    QLabel *m_status = nullptr;
    WardPages *m_pages = nullptr;
    QList<QAction *> m_wardActions;
    int m_undoIndex = 0;
};

} // namespace sotay
