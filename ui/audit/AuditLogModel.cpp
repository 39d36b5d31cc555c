#include "audit/AuditLogModel.h"

namespace sotay {

AuditLogModel::AuditLogModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void AuditLogModel::setFilter(const AuditLog::Filter &filter)
{
    beginResetModel();
    m_rows = AuditLog(m_db).entries(filter);
    endResetModel();
}

void AuditLogModel::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, OldValue), index(int(m_rows.size()) - 1, NewValue));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditLog::Entry &e = m_rows.at(index.row());
    if (role == Qt::ToolTipRole &&
        (index.column() == OldValue || index.column() == NewValue || index.column() == Detail))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return e.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case Who:
        return e.operatorName.isEmpty() || e.operatorName == e.osUser
                   ? e.osUser
                   : QStringLiteral("%1 (%2)").arg(e.operatorName, e.osUser);
    case Action:
        return e.action;
    case What:
        return e.entityId ? QStringLiteral("%1 #%2").arg(e.entity).arg(e.entityId) : e.entity;
    case OldValue:
        return m_revealed ? e.oldValue : AuditChange::maskedSide(e.oldValue);
    case NewValue:
        return m_revealed ? e.newValue : AuditChange::maskedSide(e.newValue);
    case Detail:
        return e.detail;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case What:
        return tr("What");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace sotay
