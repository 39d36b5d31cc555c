#include "groups/GroupHouseholdsModel.h"

#include "rules/Text.h"

namespace sotay {

GroupHouseholdsModel::GroupHouseholdsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GroupHouseholdsModel::setHouseholds(QVector<GroupHouseholdRow> rows)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (GroupHouseholdRow &h : rows) {
        Row r;
        r.search =
            Text::fold(h.code + QLatin1Char(' ') + h.address + QLatin1Char(' ') + h.headName);
        r.headKey = Text::collationKey(h.headName);
        r.codeKey = Text::naturalKey(h.code);
        r.household = std::move(h);
        m_rows.append(std::move(r));
    }
    m_checked.clear();
    endResetModel();
    Q_EMIT checkedChanged();
}

QVector<qint64> GroupHouseholdsModel::checkedIds() const
{
    QVector<qint64> out;
    for (const Row &r : m_rows) {
        if (m_checked.contains(r.household.id))
            out << r.household.id;
    }
    return out;
}

void GroupHouseholdsModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const qint64 id = m_rows.at(row).household.id;
    if (m_checked.contains(id) == checked)
        return;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    const QModelIndex i = index(row, AddressColumn);
    Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int GroupHouseholdsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupHouseholdsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupHouseholdsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const GroupHouseholdRow &h = r.household;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AddressColumn:
            return h.address.isEmpty() ? h.code : h.address;
        case CodeColumn:
            return h.code;
        case HeadColumn:
            return h.headName;
        case ResidentsColumn:
            return h.residents;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == AddressColumn)
            return m_checked.contains(h.id) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ResidentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case AddressColumn:
            return h.addressKey;
        case CodeColumn:
            return r.codeKey;
        case HeadColumn:
            return r.headKey;
        case ResidentsColumn:
            return h.residents;
        }
        break;
    case SearchRole:
        return r.search;
    case IdRole:
        return h.id;
    }
    return {};
}

bool GroupHouseholdsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != AddressColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(index.row(), Qt::CheckState(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags GroupHouseholdsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == AddressColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant GroupHouseholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case CodeColumn:
        return tr("Household code");
    case HeadColumn:
        return tr("Head of household");
    case ResidentsColumn:
        return tr("Residents");
    }
    return {};
}

} // namespace sotay
