#pragma once

#include <QMenu>

#include <functional>

class QDialog;

namespace sotay {

class Database;

// Tools: the ward's care outside daily work — back up now, restore a backup, read the audit
// log. Kept out of MainWindow so the window only says where the menu goes.
class WardToolsMenu : public QMenu
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<Database *()> database;          // the open ward, or nullptr
        std::function<void()> closeWard;               // drop every connection to the file
        std::function<bool(const QString &)> openWard; // open it again after a restore
        std::function<void(const QString &, const QString &)> inform; // title, text
        std::function<void(const QString &, const QString &)> warn;   // title, text
        std::function<int(QDialog &)> exec; // runs a dialog (tests answer it instead)
    };
    WardToolsMenu(Hooks hooks, QWidget *parent);

    void backUpNow();
    void restoreFromBackup();
    void showAuditLog();

private:
    void updateActions();

    Hooks m_hooks;
    QList<QAction *> m_wardActions;
};

} // namespace sotay
