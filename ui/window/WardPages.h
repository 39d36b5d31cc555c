#pragma once

#include <QObject>

class QTabWidget;
class QUndoStack;
class QWidget;

namespace sotay {

class Database;
class DashboardPage;
class TeamsPage;

// The "Teams" and "Dashboard" tabs of the window. Both pages work on one open ward, so they
// are made for it when first shown (or asked for: making them reads the ward, which on a big
// ward takes a second) and destroyed before its database closes. The dashboard (and the
// teams' figures) are read again only when shown after a change.
class WardPages : public QObject
{
    Q_OBJECT
public:
    WardPages(QTabWidget *tabs, QUndoStack *undo, QObject *parent = nullptr);
    ~WardPages() override;

    void setDatabase(Database *db); // nullptr: the pages go, placeholders stay
    void changed();                 // the ward changed (a command, an undo, an import)
    void reloadTeams();             // team or group lists changed elsewhere (an import)

    // Made on the first call with a ward open; nullptr without one.
    TeamsPage *teams();
    DashboardPage *dashboard();
    QWidget *teamsTab() const { return m_teamsTab; }
    QWidget *dashboardTab() const { return m_dashboardTab; }

private:
    void currentTabChanged();
    void clear();

    QTabWidget *m_tabs;
    QUndoStack *m_undo;
    Database *m_db = nullptr;
    QWidget *m_teamsTab = nullptr;
    QWidget *m_dashboardTab = nullptr;
    QWidget *m_teamsEmpty = nullptr;
    QWidget *m_dashboardEmpty = nullptr;
    TeamsPage *m_teams = nullptr;
    DashboardPage *m_dashboard = nullptr;
    bool m_dashboardStale = true;
    bool m_teamsStale = false;
};

} // namespace sotay
