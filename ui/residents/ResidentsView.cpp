#include "residents/ResidentsView.h"

#include "query/WardTreeQuery.h"
#include "residents/ResidentTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sotay {

using Filter = ResidentQuery::Filter;

ResidentsView::ResidentsView(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setPlaceholderText(
        tr("Search: name (with or without marks), last digits of ID or phone"));
    m_search->setClearButtonEnabled(true);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("residentFilter"));
    m_filter->addItem(tr("Everyone"), int(Filter::All));
    m_filter->addItem(tr("Needs action"), int(Filter::NeedsAction));
    m_filter->addItem(tr("Approved, not activated"), int(Filter::ApprovedNotActivated));
    m_filter->addItem(tr("Not registered"), int(Filter::NotRegistered));
    m_filter->addItem(tr("Activated"), int(Filter::Activated));
    m_filter->addItem(tr("Excluded"), int(Filter::Excluded));
    m_filter->addItem(tr("Under 14"), int(Filter::Under14));
    m_filter->addItem(tr("Turning 14 within…"), int(Filter::Turning14Within));
    m_filter->addItem(tr("No smartphone"), int(Filter::NoSmartphone));
    m_filter->addItem(tr("Come-back appointments due"), int(Filter::ComeBackDue));

    m_days = new QSpinBox(this);
    m_days->setRange(0, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setVisible(false);

    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_team->setMinimumContentsLength(12);
    m_count = new QLabel(this);

    m_model = new ResidentTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("residentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {200, 90, 110, 100, 110, 110, 190, 110, 90};
    for (int i = 0; i < int(ResidentQuery::Column::Count); ++i)
        m_table->setColumnWidth(i, widths[i]);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kSearchDelayMs);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_days);
    bar->addWidget(m_team, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &ResidentsView::scheduleSearch);
    connect(m_timer, &QTimer::timeout, this, &ResidentsView::applyNow);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const auto f = Filter(m_filter->currentData().toInt());
        m_days->setVisible(f == Filter::Turning14Within || f == Filter::ComeBackDue);
        applyNow();
    });
    connect(m_days, &QSpinBox::valueChanged, this, &ResidentsView::scheduleSearch);
    connect(m_team, &QComboBox::currentIndexChanged, this, &ResidentsView::applyNow);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(m_model->residentIdAt(index.row()));
    });
    reloadTeams();
}

void ResidentsView::setDatabase(Database *db)
{
    m_db = db;
    m_groupId = m_householdId = 0;
    reloadTeams();
    m_model->setDatabase(db);
    applyNow();
}

void ResidentsView::reloadTeams()
{
    const qint64 current = m_team->currentData().toLongLong();
    const QSignalBlocker block(m_team);
    m_team->clear();
    m_team->addItem(tr("All teams"), qint64(0));
    if (m_db)
        for (const auto &t : WardTreeQuery(*m_db).teams())
            m_team->addItem(t.name, t.id);
    const int i = m_team->findData(current);
    m_team->setCurrentIndex(i < 0 ? 0 : i);
}

void ResidentsView::setScope(qint64 groupId, qint64 householdId)
{
    m_groupId = groupId;
    m_householdId = householdId;
    applyNow();
}

void ResidentsView::scheduleSearch()
{
    m_timer->start();
}

void ResidentsView::applyNow()
{
    m_timer->stop();
    ResidentQuery::Spec spec = m_model->spec();
    spec.groupId = m_groupId;
    spec.householdId = m_householdId;
    spec.search = m_search->text();
    spec.filter = Filter(m_filter->currentData().toInt());
    spec.withinDays = m_days->value();
    spec.teamId = m_team->currentData().toLongLong();
    spec.today = QDate(); // Clock::today() when the query is built
    m_model->setSpec(spec);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateCount();
}

void ResidentsView::refresh()
{
    const int row = m_table->currentIndex().row();
    m_model->refresh();
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    updateCount();
}

void ResidentsView::updateCount()
{
    m_count->setText(tr("%n resident(s)", nullptr, m_model->rowCount()));
}

qint64 ResidentsView::currentResidentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->residentIdAt(i.row()) : 0;
}

} // namespace sotay
