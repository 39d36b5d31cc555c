#include "teams/AssignmentPanel.h"

#include "Clock.h"
#include "rules/DateText.h"
#include "teams/AssignmentStore.h"
#include "teams/RowTableModel.h"
#include "teams/TableViews.h"
#include "teams/TargetStore.h"
#include "teams/TeamCommands.h"
#include "teams/TeamStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sotay {

using TableViews::selectedRow;

AssignmentPanel::AssignmentPanel(Database &db, QUndoStack *undo, TeamsCommand::Context context,
                                 QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
    , m_context(std::move(context))
    , m_groups(new RowTableModel(
          {tr("Residential group"), tr("Households"), tr("Team"), tr("Target"), tr("Deadline")},
          this))
    , m_households(new RowTableModel(
          {tr("Household"), tr("Address"), tr("Head of household"), tr("Team")}, this))
{
    m_groups->setNumericColumns({1, 3});
    m_groupView = TableViews::make(m_groups, QStringLiteral("groupView"), this);
    m_householdView = TableViews::make(m_households, QStringLiteral("householdView"), this);
    m_groupTeam = new QComboBox(this);
    m_groupTeam->setObjectName(QStringLiteral("groupTeam"));
    m_householdTeam = new QComboBox(this);
    m_householdTeam->setObjectName(QStringLiteral("householdTeam"));
    auto *assignGroup = new QPushButton(tr("Assign to the group"), this);
    assignGroup->setObjectName(QStringLiteral("assignGroup"));
    auto *assignHousehold = new QPushButton(tr("Assign to the household"), this);
    assignHousehold->setObjectName(QStringLiteral("assignHousehold"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("<b>Residential groups</b> — the team responsible for each"), this));
    layout->addWidget(m_groupView, 3);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(new QLabel(tr("Team for the selected group:"), this));
    groupRow->addWidget(m_groupTeam, 1);
    groupRow->addWidget(assignGroup);
    layout->addLayout(groupRow);
    layout->addWidget(new QLabel(tr("<b>Households of the selected group</b> — a household's own "
                                    "team overrides the group's"),
                                 this));
    layout->addWidget(m_householdView, 2);
    auto *householdRow = new QHBoxLayout;
    householdRow->addWidget(new QLabel(tr("Team for the selected household:"), this));
    householdRow->addWidget(m_householdTeam, 1);
    householdRow->addWidget(assignHousehold);
    layout->addLayout(householdRow);

    connect(m_groupView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignmentPanel::groupSelected);
    connect(m_householdView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                fillTeams(m_householdTeam, tr("(the group's team)"),
                          AssignmentStore(m_db).householdOwnTeam(
                              m_households->idAt(selectedRow(m_householdView))));
            });
    connect(assignGroup, &QPushButton::clicked, this, &AssignmentPanel::assignGroup);
    connect(assignHousehold, &QPushButton::clicked, this, &AssignmentPanel::assignHousehold);
    reload();
}

qint64 AssignmentPanel::currentGroup() const
{
    return m_groups->idAt(selectedRow(m_groupView));
}

void AssignmentPanel::fillTeams(QComboBox *box, const QString &none, qint64 current)
{
    box->clear();
    box->addItem(none, qint64(0));
    for (const Team &t : TeamStore(m_db).teams())
        box->addItem(t.name, t.id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void AssignmentPanel::reload()
{
    const qint64 keep = currentGroup();
    TeamStore teams(m_db);
    QHash<qint64, QString> teamNames;
    for (const Team &t : teams.teams())
        teamNames.insert(t.id, t.name);
    const QHash<qint64, Target> targets = TargetStore(m_db).groupTargetsOn(Clock::today());
    QVector<RowTableModel::Row> rows;
    for (const AssignmentStore::GroupRow &g : AssignmentStore(m_db).groups()) {
        const auto t = targets.constFind(g.id);
        const bool hasTarget = t != targets.constEnd();
        rows.append({g.id,
                     {g.name, QLocale().toString(g.households), teamNames.value(g.teamId),
                      hasTarget ? QLocale().toString(t->target) : QString(),
                      hasTarget ? DateText::format(t->deadline) : QString()},
                     g.teamId == 0});
    }
    m_groups->setRows(rows);
    m_groupView->resizeColumnsToContents();
    if (const int row = m_groups->rowOf(keep); row >= 0)
        m_groupView->selectRow(row);
    else if (m_groups->rowCount() > 0)
        m_groupView->selectRow(0);
    else
        groupSelected();
}

void AssignmentPanel::groupSelected()
{
    fillTeams(m_groupTeam, tr("(no team)"), AssignmentStore(m_db).groupTeam(currentGroup()));
    reloadHouseholds();
}

void AssignmentPanel::reloadHouseholds()
{
    const qint64 keep = m_households->idAt(selectedRow(m_householdView));
    TeamStore teams(m_db);
    QHash<qint64, QString> teamNames;
    for (const Team &t : teams.teams())
        teamNames.insert(t.id, t.name);
    const qint64 groupTeam = AssignmentStore(m_db).groupTeam(currentGroup());
    QVector<RowTableModel::Row> rows;
    for (const AssignmentStore::HouseholdRow &h :
         AssignmentStore(m_db).households(currentGroup())) {
        // Inherited from the group: shown dimmed.
        const qint64 team = h.ownTeamId ? h.ownTeamId : groupTeam;
        rows.append(
            {h.id, {h.code, h.address, h.headName, teamNames.value(team)}, h.ownTeamId == 0});
    }
    m_households->setRows(rows);
    m_householdView->resizeColumnsToContents();
    if (const int row = m_households->rowOf(keep); row >= 0)
        m_householdView->selectRow(row);
    fillTeams(m_householdTeam, tr("(the group's team)"),
              AssignmentStore(m_db).householdOwnTeam(keep));
}

void AssignmentPanel::assignGroup()
{
    const int row = selectedRow(m_groupView);
    if (row < 0)
        return;
    const qint64 team = m_groupTeam->currentData().toLongLong();
    m_undo->push(TeamCommands::assignGroup(m_context, m_groups->idAt(row), team,
                                           m_groups->row(row).cells.value(0)));
}

void AssignmentPanel::assignHousehold()
{
    const int row = selectedRow(m_householdView);
    if (row < 0)
        return;
    const qint64 team = m_householdTeam->currentData().toLongLong();
    m_undo->push(TeamCommands::assignHousehold(m_context, m_households->idAt(row), team,
                                               m_households->row(row).cells.value(1)));
}

} // namespace sotay
