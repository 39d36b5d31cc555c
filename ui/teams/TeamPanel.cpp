#include "teams/TeamPanel.h"

#include "model/Vocabulary.h"
#include "teams/RowTableModel.h"
#include "teams/TableViews.h"
#include "teams/TeamCommands.h"
#include "teams/TeamStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sotay {

using TableViews::selectedRow;

TeamPanel::TeamPanel(Database &db, QUndoStack *undo, TeamsCommand::Context context, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
    , m_context(std::move(context))
    , m_teams(new RowTableModel({tr("Team"), tr("Leader"), tr("Members")}, this))
    , m_members(new RowTableModel({tr("Name"), tr("Role"), tr("Phone")}, this))
{
    m_teams->setNumericColumns({2});
    m_teamView = TableViews::make(m_teams, QStringLiteral("teamView"), this);
    m_memberView = TableViews::make(m_members, QStringLiteral("memberView"), this);

    m_teamName = new QLineEdit(this);
    m_teamName->setObjectName(QStringLiteral("teamName"));
    m_teamName->setPlaceholderText(tr("e.g. Team 1 – Group 3"));
    m_leader = new QLineEdit(this);
    m_leader->setObjectName(QStringLiteral("teamLeader"));
    auto *newTeam = new QPushButton(tr("New team"), this);
    newTeam->setObjectName(QStringLiteral("createTeam"));
    m_saveTeam = new QPushButton(tr("Save changes"), this);
    m_saveTeam->setObjectName(QStringLiteral("saveTeam"));
    m_deleteTeam = new QPushButton(tr("Delete team"), this);
    m_deleteTeam->setObjectName(QStringLiteral("deleteTeam"));

    m_memberName = new QLineEdit(this);
    m_memberName->setObjectName(QStringLiteral("memberName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("memberRole"));
    for (int r = int(MemberRole::WardPolice); r <= int(MemberRole::Other); ++r)
        m_role->addItem(Vocabulary::role(MemberRole(r)), r);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("memberPhone"));
    m_phone->setPlaceholderText(QStringLiteral("0912345678"));
    m_memberProblem = new QLabel(this);
    m_memberProblem->setObjectName(QStringLiteral("memberProblem"));
    m_memberProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_memberProblem->setWordWrap(true);
    m_addMember = new QPushButton(tr("Add member"), this);
    m_addMember->setObjectName(QStringLiteral("addMember"));
    m_saveMember = new QPushButton(tr("Save member"), this);
    m_saveMember->setObjectName(QStringLiteral("saveMember"));
    m_removeMember = new QPushButton(tr("Remove member"), this);
    m_removeMember->setObjectName(QStringLiteral("removeMember"));

    auto *teamForm = new QFormLayout;
    teamForm->addRow(tr("Team &name:"), m_teamName);
    teamForm->addRow(tr("&Leader:"), m_leader);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(newTeam);
    teamButtons->addWidget(m_saveTeam);
    teamButtons->addWidget(m_deleteTeam);
    teamButtons->addStretch();

    auto *memberForm = new QFormLayout;
    memberForm->addRow(tr("Member na&me:"), m_memberName);
    memberForm->addRow(tr("&Role:"), m_role);
    memberForm->addRow(tr("&Phone:"), m_phone);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMember);
    memberButtons->addWidget(m_saveMember);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    auto *teamsTitle = new QLabel(tr("<b>Work teams</b>"), this);
    layout->addWidget(teamsTitle);
    layout->addWidget(m_teamView, 2);
    layout->addLayout(teamForm);
    layout->addLayout(teamButtons);
    layout->addWidget(new QLabel(tr("<b>Members of the selected team</b>"), this));
    layout->addWidget(m_memberView, 2);
    layout->addLayout(memberForm);
    layout->addWidget(m_memberProblem);
    layout->addLayout(memberButtons);

    connect(m_teamView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamPanel::teamSelected);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamPanel::memberSelected);
    connect(newTeam, &QPushButton::clicked, this, &TeamPanel::createTeam);
    connect(m_saveTeam, &QPushButton::clicked, this, &TeamPanel::saveTeam);
    connect(m_deleteTeam, &QPushButton::clicked, this, &TeamPanel::deleteTeam);
    connect(m_addMember, &QPushButton::clicked, this, &TeamPanel::addMember);
    connect(m_saveMember, &QPushButton::clicked, this, &TeamPanel::saveMember);
    connect(m_removeMember, &QPushButton::clicked, this, &TeamPanel::removeMember);
    connect(m_memberName, &QLineEdit::textChanged, this, &TeamPanel::checkMemberForm);
    connect(m_phone, &QLineEdit::textChanged, this, &TeamPanel::checkMemberForm);
    reload();
}

qint64 TeamPanel::currentTeam() const
{
    return m_teams->idAt(selectedRow(m_teamView));
}

void TeamPanel::push(QUndoCommand *command)
{
    m_undo->push(command);
}

void TeamPanel::reload()
{
    const qint64 keep = m_selectTeam ? m_selectTeam : currentTeam();
    m_selectTeam = 0;
    TeamStore store(m_db);
    QVector<RowTableModel::Row> rows;
    for (const Team &t : store.teams())
        rows.append({t.id, {t.name, t.leaderName, QString::number(store.members(t.id).size())}});
    m_teams->setRows(rows);
    m_teamView->resizeColumnsToContents();
    // Keep the selection; otherwise the first team, so that its members show at once.
    if (const int row = m_teams->rowOf(keep); row >= 0)
        m_teamView->selectRow(row);
    else if (m_teams->rowCount() > 0)
        m_teamView->selectRow(0);
    else
        teamSelected();
}

void TeamPanel::teamSelected()
{
    const qint64 id = currentTeam();
    const auto team = TeamStore(m_db).team(id);
    m_teamName->setText(team ? team->name : QString());
    m_leader->setText(team ? team->leaderName : QString());
    m_saveTeam->setEnabled(team.has_value());
    m_deleteTeam->setEnabled(team.has_value());
    reloadMembers();
    Q_EMIT currentTeamChanged(id);
}

void TeamPanel::reloadMembers()
{
    const qint64 keep = m_members->idAt(selectedRow(m_memberView));
    QVector<RowTableModel::Row> rows;
    for (const TeamMember &m : TeamStore(m_db).members(currentTeam()))
        rows.append({m.id, {m.name, Vocabulary::role(m.role), m.phone}});
    m_members->setRows(rows);
    m_memberView->resizeColumnsToContents();
    if (const int row = m_members->rowOf(keep); row >= 0)
        m_memberView->selectRow(row);
    memberSelected();
}

void TeamPanel::memberSelected()
{
    const auto member = TeamStore(m_db).member(m_members->idAt(selectedRow(m_memberView)));
    if (member) {
        m_memberName->setText(member->name);
        m_role->setCurrentIndex(m_role->findData(int(member->role)));
        m_phone->setText(member->phone);
    }
    m_saveMember->setEnabled(member.has_value());
    m_removeMember->setEnabled(member.has_value());
    m_addMember->setEnabled(currentTeam() != 0);
    checkMemberForm();
}

void TeamPanel::checkMemberForm()
{
    TeamMember m;
    m.name = m_memberName->text();
    m.role = MemberRole(m_role->currentData().toInt());
    m.phone = m_phone->text();
    // Say nothing about an empty form; say what is wrong as soon as something is typed.
    const bool empty = m.name.trimmed().isEmpty() && m.phone.trimmed().isEmpty();
    m_memberProblem->setText(empty ? QString() : TeamStore::checkMember(m));
}

void TeamPanel::createTeam()
{
    Team t;
    t.name = m_teamName->text();
    t.leaderName = m_leader->text();
    // A name already used by the selected team means "a new one": suggest a fresh name.
    if (t.name.trimmed().isEmpty() ||
        TeamStore(m_db).team(currentTeam()).value_or(Team{}).name == t.name)
        t.name = tr("Team %1").arg(TeamStore(m_db).teams().size() + 1);
    push(TeamCommands::createTeam(m_context, t));
    for (const Team &x : TeamStore(m_db).teams()) {
        if (x.name == t.name.trimmed())
            m_selectTeam = x.id;
    }
    reload();
}

void TeamPanel::saveTeam()
{
    const auto before = TeamStore(m_db).team(currentTeam());
    if (!before)
        return;
    Team after = *before;
    after.name = m_teamName->text();
    after.leaderName = m_leader->text();
    if (after.name == before->name && after.leaderName == before->leaderName)
        return;
    push(TeamCommands::updateTeam(m_context, *before, after));
}

void TeamPanel::deleteTeam()
{
    if (const auto team = TeamStore(m_db).team(currentTeam()))
        push(TeamCommands::deleteTeam(m_context, *team));
}

void TeamPanel::addMember()
{
    TeamMember m;
    m.teamId = currentTeam();
    m.name = m_memberName->text();
    m.role = MemberRole(m_role->currentData().toInt());
    m.phone = m_phone->text();
    if (const QString problem = TeamStore::checkMember(m); !problem.isEmpty() || !m.teamId) {
        m_memberProblem->setText(problem);
        return;
    }
    push(TeamCommands::addMember(m_context, m));
    m_memberName->clear();
    m_phone->clear();
}

void TeamPanel::saveMember()
{
    const auto before = TeamStore(m_db).member(m_members->idAt(selectedRow(m_memberView)));
    if (!before)
        return;
    TeamMember after = *before;
    after.name = m_memberName->text();
    after.role = MemberRole(m_role->currentData().toInt());
    after.phone = m_phone->text();
    if (const QString problem = TeamStore::checkMember(after); !problem.isEmpty()) {
        m_memberProblem->setText(problem);
        return;
    }
    push(TeamCommands::updateMember(m_context, *before, after));
}

void TeamPanel::removeMember()
{
    if (const auto m = TeamStore(m_db).member(m_members->idAt(selectedRow(m_memberView))))
        push(TeamCommands::removeMember(m_context, *m));
}

} // namespace sotay
