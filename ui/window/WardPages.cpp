#include "window/WardPages.h"

#include "dashboard/DashboardPage.h"
#include "teams/TeamsPage.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sotay {

namespace {

QLabel *emptyNote(QWidget *parent)
{
    auto *label = new QLabel(WardPages::tr("Open a ward first: File → Open…"), parent);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

WardPages::WardPages(QTabWidget *tabs, QUndoStack *undo, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_undo(undo)
{
    m_teamsTab = new QWidget(tabs);
    m_teamsTab->setObjectName(QStringLiteral("teamsTab"));
    m_dashboardTab = new QWidget(tabs);
    m_dashboardTab->setObjectName(QStringLiteral("dashboardTab"));
    for (QWidget *tab : {m_teamsTab, m_dashboardTab}) {
        auto *layout = new QVBoxLayout(tab);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    m_teamsEmpty = emptyNote(m_teamsTab);
    m_teamsTab->layout()->addWidget(m_teamsEmpty);
    m_dashboardEmpty = emptyNote(m_dashboardTab);
    m_dashboardTab->layout()->addWidget(m_dashboardEmpty);
    tabs->addTab(m_teamsTab, tr("Teams"));
    tabs->addTab(m_dashboardTab, tr("Dashboard"));
    connect(tabs, &QTabWidget::currentChanged, this, &WardPages::currentTabChanged);
}

// The pages are widgets of the tabs and go with them; the window calls setDatabase(nullptr)
// before its database closes.
WardPages::~WardPages() = default;

void WardPages::clear()
{
    delete m_teams;
    m_teams = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
    m_teamsEmpty->show();
    m_dashboardEmpty->show();
}

void WardPages::setDatabase(Database *db)
{
    clear();
    m_db = db;
    m_dashboardStale = true;
    m_teamsStale = false;
    currentTabChanged();
}

TeamsPage *WardPages::teams()
{
    if (!m_teams && m_db) {
        m_teams = new TeamsPage(*m_db, m_undo, m_teamsTab);
        m_teamsEmpty->hide();
        m_teamsTab->layout()->addWidget(m_teams);
        m_teamsStale = false; // read as it is made
    }
    return m_teams;
}

DashboardPage *WardPages::dashboard()
{
    if (!m_dashboard && m_db) {
        m_dashboard = new DashboardPage(*m_db, m_dashboardTab);
        m_dashboardEmpty->hide();
        m_dashboardTab->layout()->addWidget(m_dashboard);
        m_dashboardStale = true;
    }
    return m_dashboard;
}

void WardPages::changed()
{
    m_dashboardStale = true;
    m_teamsStale = true;
    currentTabChanged();
}

void WardPages::reloadTeams()
{
    if (m_teams)
        m_teams->reload();
    m_dashboardStale = true;
    currentTabChanged();
}

void WardPages::currentTabChanged()
{
    if (!m_db)
        return;
    if (m_tabs->currentWidget() == m_teamsTab && teams() && m_teamsStale) {
        m_teamsStale = false;
        m_teams->reload();
    }
    if (m_tabs->currentWidget() == m_dashboardTab && dashboard() && m_dashboardStale) {
        m_dashboardStale = false;
        m_dashboard->refresh();
    }
}

} // namespace sotay
