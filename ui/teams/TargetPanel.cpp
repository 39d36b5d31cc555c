#include "teams/TargetPanel.h"

#include "Clock.h"
#include "rules/DateText.h"
#include "teams/AssignmentStore.h"
#include "teams/RowTableModel.h"
#include "teams/TableViews.h"
#include "teams/TargetStore.h"
#include "teams/TeamCommands.h"
#include "teams/TeamStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sotay {

namespace {
QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}
// Scope keys of the combo: positive = group id, negative = team id.
qint64 groupKey(qint64 id)
{
    return id;
}
qint64 teamKey(qint64 id)
{
    return -id;
}
} // namespace

TargetPanel::TargetPanel(Database &db, QUndoStack *undo, TeamsCommand::Context context,
                         QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
    , m_context(std::move(context))
    , m_history(new RowTableModel({tr("In force from"), tr("Target"), tr("Deadline")}, this))
{
    m_history->setNumericColumns({1});
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("targetScope"));
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("targetValue"));
    m_target->setRange(0, 1000000);
    m_target->setSuffix(tr(" activations"));
    m_deadline = dateEdit(QStringLiteral("targetDeadline"), this);
    m_from = dateEdit(QStringLiteral("targetFrom"), this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("targetProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *save = new QPushButton(tr("Set target"), this);
    save->setObjectName(QStringLiteral("setTarget"));
    m_historyView = TableViews::make(m_history, QStringLiteral("targetHistory"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&For:"), m_scope);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("In force &from:"), m_from);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("<b>Targets and deadlines</b> per residential group and per team"), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(save);
    layout->addWidget(new QLabel(tr("Earlier targets of the selection:"), this));
    layout->addWidget(m_historyView, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &TargetPanel::scopeChanged);
    connect(m_deadline, &QDateEdit::dateChanged, this, &TargetPanel::check);
    connect(m_from, &QDateEdit::dateChanged, this, &TargetPanel::check);
    connect(save, &QPushButton::clicked, this, &TargetPanel::save);
    reload();
}

std::pair<qint64, qint64> TargetPanel::scope() const
{
    const qint64 key = m_scope->currentData().toLongLong();
    return key > 0 ? std::pair<qint64, qint64>{groupKey(key), 0}
                   : std::pair<qint64, qint64>{0, teamKey(key)};
}

void TargetPanel::reload()
{
    const QVariant keep = m_scope->currentData();
    {
        const QSignalBlocker block(m_scope);
        m_scope->clear();
        TeamStore teams(m_db);
        for (const AssignmentStore::GroupRow &g : AssignmentStore(m_db).groups())
            m_scope->addItem(tr("Group: %1").arg(g.name), groupKey(g.id));
        for (const Team &t : teams.teams())
            m_scope->addItem(tr("Team: %1").arg(t.name), teamKey(t.id));
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(keep)));
    }
    scopeChanged();
}

void TargetPanel::scopeChanged()
{
    const auto [group, team] = scope();
    TargetStore store(m_db);
    QVector<RowTableModel::Row> rows;
    const QVector<Target> history =
        (group || team) ? store.history(group, team) : QVector<Target>{};
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        rows.append({it->id,
                     {DateText::format(it->effectiveFrom), QString::number(it->target),
                      DateText::format(it->deadline)}});
    m_history->setRows(rows);
    // Start from the target in force, for a small change.
    const QDate today = Clock::today();
    const auto current =
        group ? store.groupTargetOn(group, today) : store.teamTargetOn(team, today);
    m_target->setValue(current ? current->target : 0);
    m_deadline->setDate(current && current->deadline.isValid() ? current->deadline
                                                               : today.addMonths(1));
    m_from->setDate(today);
    check();
}

void TargetPanel::check()
{
    const auto [group, team] = scope();
    Target t;
    t.groupId = group;
    t.teamId = team;
    t.target = m_target->value();
    t.deadline = m_deadline->date();
    t.effectiveFrom = m_from->date();
    m_problem->setText((group || team) ? TargetStore::check(t) : QString());
}

void TargetPanel::save()
{
    const auto [group, team] = scope();
    Target t;
    t.groupId = group;
    t.teamId = team;
    t.target = m_target->value();
    t.deadline = m_deadline->date();
    t.effectiveFrom = m_from->date();
    if (const QString problem = TargetStore::check(t); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    m_undo->push(TeamCommands::setTarget(m_context, t, m_scope->currentText()));
}

} // namespace sotay
