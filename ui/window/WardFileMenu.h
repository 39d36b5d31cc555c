#pragma once

#include <QMenu>

#include <functional>

namespace sotay {

class Database;
class Prompter;

// File: make or open a ward (and the recently opened ones), import lists, export the
// residents, settings, quit. Kept out of MainWindow so the window only says where it goes.
class WardFileMenu : public QMenu
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<Database *()> database;          // the open ward, or nullptr
        std::function<bool(const QString &)> openWard; // open this file in the window
        std::function<Prompter &()> prompter;          // message boxes and file dialogs
        std::function<void()> imported;                // an import changed the ward
        std::function<void()> settings;                // File → Settings…
    };
    WardFileMenu(Hooks hooks, QWidget *parent);

    // Puts the path first among the recent files (at most eight kept).
    void remember(const QString &path);
    // Import and export: on only with a ward open for writing.
    QList<QAction *> wardActions() const { return m_wardActions; }

    void newWard();
    void chooseWard();
    void importFile();
    void exportResidents();

private:
    void updateRecentMenu();

    Hooks m_hooks;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_wardActions;
};

} // namespace sotay
