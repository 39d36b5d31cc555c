#include "import/RejectedRowsModel.h"

namespace sotay {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectedRowsModel::setRows(const QVector<RejectedRow> &rows)
{
    beginResetModel();
    m_items.clear();
    for (const RejectedRow &r : rows)
        for (const RowProblem &p : r.problems)
            m_items.push_back({r.line, p.column, p.message});
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return role == Qt::DisplayRole ? QVariant(item.line) : QVariant();
        case ColumnColumn:
            return item.column;
        case MessageColumn:
            return item.message;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("What to fix");
    }
    return {};
}

} // namespace sotay
