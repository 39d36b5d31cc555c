#include "groups/SplitGroupDialog.h"

#include "groups/GroupHouseholdsModel.h"
#include "rules/Text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sotay {

SplitGroupDialog::SplitGroupDialog(const GroupRow &from, QVector<GroupHouseholdRow> households,
                                   const QVector<GroupRow> &groups,
                                   std::function<QString(const QString &)> checkName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_fromId(from.id)
    , m_checkName(std::move(checkName))
{
    setObjectName(QStringLiteral("SplitGroupDialog"));
    setWindowTitle(tr("Split %1").arg(from.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the households of %1 that move to another residential "
                                "group. Their residents, statuses and visits go with them.")
                                 .arg(from.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by address, household code or head of household"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new GroupHouseholdsModel(this);
    m_model->setHouseholds(std::move(households));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GroupHouseholdsModel::SortRole);
    m_proxy->setFilterRole(GroupHouseholdsModel::SearchRole);
    m_proxy->setFilterKeyColumn(GroupHouseholdsModel::AddressColumn);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("households"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GroupHouseholdsModel::AddressColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(GroupHouseholdsModel::AddressColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(GroupHouseholdsModel::HeadColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GroupHouseholdsModel::CodeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GroupHouseholdsModel::ResidentsColumn,
                                                      QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *choose = new QHBoxLayout;
    auto *all = new QPushButton(tr("Choose all shown"), this);
    auto *none = new QPushButton(tr("Choose none shown"), this);
    m_count = new QLabel(this);
    choose->addWidget(all);
    choose->addWidget(none);
    choose->addStretch(1);
    choose->addWidget(m_count);
    layout->addLayout(choose);

    auto *where = new QGridLayout;
    where->addWidget(new QLabel(tr("Move them to:"), this), 0, 0, 1, 2);
    m_new = new QRadioButton(tr("a new residential group named"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newName"));
    m_name->setPlaceholderText(tr("e.g. %1B").arg(from.name));
    m_existing = new QRadioButton(tr("an existing residential group"), this);
    m_groups = new QComboBox(this);
    m_groups->setObjectName(QStringLiteral("intoGroup"));
    for (const GroupRow &g : groups) {
        if (g.id != from.id)
            m_groups->addItem(g.name, g.id);
    }
    m_existing->setEnabled(m_groups->count() > 0);
    m_new->setChecked(true);
    where->addWidget(m_new, 1, 0);
    where->addWidget(m_name, 1, 1);
    where->addWidget(m_existing, 2, 0);
    where->addWidget(m_groups, 2, 1);
    where->setColumnStretch(1, 1);
    layout->addLayout(where);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Move households"));
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(Text::fold(text)); });
    connect(all, &QPushButton::clicked, this, [this] { checkShown(true); });
    connect(none, &QPushButton::clicked, this, [this] { checkShown(false); });
    connect(m_model, &GroupHouseholdsModel::checkedChanged, this, &SplitGroupDialog::update);
    connect(m_new, &QRadioButton::toggled, this, &SplitGroupDialog::update);
    connect(m_name, &QLineEdit::textChanged, this, &SplitGroupDialog::update);
    connect(m_groups, &QComboBox::currentIndexChanged, this, &SplitGroupDialog::update);
    connect(m_groups, &QComboBox::activated, this, [this] { m_existing->setChecked(true); });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_new->setChecked(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 560);
    update();
}

void SplitGroupDialog::checkShown(bool checked)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_model->setChecked(m_proxy->mapToSource(m_proxy->index(row, 0)).row(), checked);
}

QVector<qint64> SplitGroupDialog::householdIds() const
{
    return m_model->checkedIds();
}

qint64 SplitGroupDialog::intoGroupId() const
{
    return m_existing->isChecked() ? m_groups->currentData().toLongLong() : 0;
}

QString SplitGroupDialog::newGroupName() const
{
    return m_existing->isChecked() ? QString() : Text::clean(m_name->text());
}

QString SplitGroupDialog::intoGroupName() const
{
    return m_existing->isChecked() ? m_groups->currentText() : newGroupName();
}

QString SplitGroupDialog::problem() const
{
    if (m_model->checkedCount() == 0)
        return tr("Choose at least one household to move.");
    if (m_existing->isChecked())
        return m_groups->currentIndex() < 0 ? tr("Choose the residential group.") : QString();
    return m_checkName ? m_checkName(m_name->text()) : QString();
}

void SplitGroupDialog::update()
{
    m_count->setText(
        tr("%1 of %2 households chosen").arg(m_model->checkedCount()).arg(m_model->rowCount()));
    const QString why = problem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

} // namespace sotay
