#include "outcomes/OutcomeEntryView.h"

#include "Clock.h"
#include "outcomes/ComeBackDialog.h"
#include "outcomes/OutcomeListModel.h"
#include "query/WardTreeQuery.h"
#include "rules/DateText.h"
#include "window/Prompter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace sotay {

OutcomeEntryView::OutcomeEntryView(QWidget *parent)
    : QWidget(parent)
{
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("outcomeGroup"));
    m_group->setMinimumContentsLength(16);
    m_date = new QLineEdit(DateText::format(Clock::today()), this);
    m_date->setMaximumWidth(120);
    m_team = new QComboBox(this);
    m_team->setMinimumContentsLength(12);
    m_progress = new QLabel(this);
    m_model = new OutcomeListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("outcomeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {240, 190, 60, 230, 110};
    for (int i = 0; i < 5; ++i)
        m_table->setColumnWidth(i, widths[i]);
    m_table->installEventFilter(this);

    auto *hint = new QLabel(
        tr("Keys: <b>D</b> done · <b>V</b> not home · <b>T</b> refused · <b>H</b> come back on… · "
           "<b>S</b> no smartphone · <b>M</b> level 2 at the police · <b>C</b> needs ID card · "
           "<b>Enter</b>/<b>↓</b> next · <b>Ctrl+Z</b> undo"),
        this);
    hint->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Group"), this));
    bar->addWidget(m_group, 2);
    bar->addWidget(new QLabel(tr("Visit day"), this));
    bar->addWidget(m_date);
    bar->addWidget(new QLabel(tr("Team"), this));
    bar->addWidget(m_team, 1);
    bar->addStretch();
    bar->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);

    connect(m_group, &QComboBox::currentIndexChanged, this, &OutcomeEntryView::reload);
    connect(m_team, &QComboBox::currentIndexChanged, this, &OutcomeEntryView::refresh);
    connect(m_date, &QLineEdit::editingFinished, this, &OutcomeEntryView::refresh);
}

void OutcomeEntryView::setDatabase(Database *db)
{
    m_db = db;
    {
        const QSignalBlocker b1(m_group), b2(m_team);
        m_group->clear();
        m_team->clear();
        m_team->addItem(tr("(no team)"), qint64(0));
        if (m_db) {
            const WardTreeQuery q(*m_db);
            for (const auto &g : q.groupNames())
                m_group->addItem(g.name, g.id);
            for (const auto &t : q.teams())
                m_team->addItem(t.name, t.id);
        }
    }
    reload();
}

void OutcomeEntryView::selectGroup(qint64 groupId)
{
    const int i = m_group->findData(groupId);
    if (i >= 0)
        m_group->setCurrentIndex(i);
}

QDate OutcomeEntryView::visitDate() const
{
    return DateText::parse(m_date->text().trimmed());
}

void OutcomeEntryView::reload()
{
    const qint64 groupId = m_group->currentData().toLongLong();
    // While another tab is shown the list is not read (a big group takes a while): the
    // window's group selection follows here without cost.
    m_stale = m_db && groupId && !isVisible();
    if (!m_db || !groupId || m_stale) {
        m_model->setRows({}, {});
        updateProgress();
        return;
    }
    const OutcomeListQuery q(*m_db);
    m_model->setRows(q.rows(groupId, Clock::today()),
                     q.entered(groupId, visitDate(), m_team->currentData().toLongLong()));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateProgress();
}

void OutcomeEntryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void OutcomeEntryView::refresh()
{
    const qint64 groupId = m_group->currentData().toLongLong();
    if (!m_db || !groupId || m_stale)
        return;
    m_model->setEntered(
        OutcomeListQuery(*m_db).entered(groupId, visitDate(), m_team->currentData().toLongLong()));
    updateProgress();
}

void OutcomeEntryView::updateProgress()
{
    m_progress->setText(
        tr("%1 of %2 entered").arg(m_model->enteredCount()).arg(m_model->rowCount()));
}

bool OutcomeEntryView::outcomeForKey(int key, VisitOutcome *outcome)
{
    switch (key) {
    case Qt::Key_D:
        *outcome = VisitOutcome::Done;
        return true;
    case Qt::Key_V:
        *outcome = VisitOutcome::NotHome;
        return true;
    case Qt::Key_T:
        *outcome = VisitOutcome::Refused;
        return true;
    case Qt::Key_H:
        *outcome = VisitOutcome::ComeBack;
        return true;
    case Qt::Key_S:
        *outcome = VisitOutcome::NoSmartphone;
        return true;
    case Qt::Key_M:
        *outcome = VisitOutcome::NeedsLevel2AtPolice;
        return true;
    case Qt::Key_C:
        *outcome = VisitOutcome::NeedsIdCard;
        return true;
    default:
        return false;
    }
}

bool OutcomeEntryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        VisitOutcome outcome;
        if (outcomeForKey(key->key(), &outcome)) {
            enter(outcome);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            moveDown();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OutcomeEntryView::moveDown()
{
    const int row = m_table->currentIndex().row();
    if (row + 1 < m_model->rowCount())
        m_table->selectRow(row + 1);
}

void OutcomeEntryView::enter(VisitOutcome outcome)
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto &r = m_model->row(row);
    RecordOutcomeCommand::Entry e;
    e.householdId = r.householdId;
    e.residentId = r.residentId;
    e.date = visitDate();
    e.teamId = m_team->currentData().toLongLong();
    e.outcome = outcome;
    if (outcome == VisitOutcome::ComeBack) {
        ComeBackDialog dialog(r.fullName, this);
        const int result = m_prompter ? m_prompter->exec(dialog) : dialog.exec();
        if (result != QDialog::Accepted)
            return;
        e.comeBackAt = dialog.when();
    }
    const QString name = r.fullName;
    Q_EMIT outcomeEntered(e, name);
    moveDown();
}

} // namespace sotay
