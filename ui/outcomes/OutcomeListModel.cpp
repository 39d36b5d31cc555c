#include "outcomes/OutcomeListModel.h"

#include "model/Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sotay {

OutcomeListModel::OutcomeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OutcomeListModel::setRows(QVector<OutcomeListQuery::Row> rows,
                               QHash<qint64, VisitOutcome> entered)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_entered = std::move(entered);
    endResetModel();
}

void OutcomeListModel::setEntered(QHash<qint64, VisitOutcome> entered)
{
    m_entered = std::move(entered);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, OutcomeColumn), index(int(m_rows.size()) - 1, OutcomeColumn));
}

int OutcomeListModel::enteredCount() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += m_entered.contains(r.residentId) ? 1 : 0;
    return n;
}

int OutcomeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutcomeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutcomeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &r = m_rows.at(index.row());
    const bool firstOfHousehold =
        index.row() == 0 || m_rows.at(index.row() - 1).householdId != r.householdId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case HouseholdColumn:
            return firstOfHousehold ? r.address : QString();
        case NameColumn:
            return r.fullName;
        case BornColumn:
            return r.birthYear > 0 ? QString::number(r.birthYear) : QString();
        case NeededColumn:
            return Vocabulary::nextStep(r.next);
        case PhoneColumn:
            return r.phone;
        case OutcomeColumn:
            return m_entered.contains(r.residentId)
                       ? Vocabulary::outcome(m_entered.value(r.residentId))
                       : QString();
        default:
            break;
        }
    } else if (role == Qt::FontRole && index.column() == HouseholdColumn) {
        QFont f;
        f.setBold(true);
        return f;
    } else if (role == Qt::ForegroundRole && index.column() == OutcomeColumn &&
               m_entered.contains(r.residentId)) {
        return QBrush(m_entered.value(r.residentId) == VisitOutcome::Done
                          ? QColor(0x1b, 0x7a, 0x3a)
                          : QColor(0xb3, 0x5c, 0x00));
    }
    return {};
}

QVariant OutcomeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case HouseholdColumn:
        return tr("Household");
    case NameColumn:
        return tr("Full name");
    case BornColumn:
        return tr("Born");
    case NeededColumn:
        return tr("Needed");
    case PhoneColumn:
        return tr("Phone");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        break;
    }
    return {};
}

} // namespace sotay
