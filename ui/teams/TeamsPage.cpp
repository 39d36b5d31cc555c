#include "teams/TeamsPage.h"

#include "teams/AssignmentPanel.h"
#include "teams/CampaignPanel.h"
#include "teams/TargetPanel.h"
#include "teams/TeamPanel.h"

#include <QLabel>
#include <QPointer>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sotay {

TeamsPage::TeamsPage(Database &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("TeamsPage"));
    // Commands outlive nothing but the stack; a page closed before its commands are undone
    // must not be called back.
    QPointer<TeamsPage> self(this);
    TeamsCommand::Context context;
    context.db = &db;
    context.changed = [self] {
        if (self)
            self->reload();
    };
    context.failed = [self](const QString &message) {
        if (self)
            self->showFailure(message);
    };

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("teamsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #b00020; padding: 6px; border-radius: 3px; }"));
    m_error->hide();

    m_teams = new TeamPanel(db, undo, context, this);
    m_assignments = new AssignmentPanel(db, undo, context, this);
    m_targets = new TargetPanel(db, undo, context, this);
    m_campaigns = new CampaignPanel(db, undo, context, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_assignments, tr("&Assignments"));
    m_tabs->addTab(m_targets, tr("Tar&gets"));
    m_tabs->addTab(m_campaigns, tr("Ca&mpaigns"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_teams);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
}

void TeamsPage::reload()
{
    m_error->hide();
    m_teams->reload();
    m_assignments->reload();
    m_targets->reload();
    m_campaigns->reload();
}

void TeamsPage::showFailure(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace sotay
