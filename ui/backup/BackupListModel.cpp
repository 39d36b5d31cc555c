#include "backup/BackupListModel.h"

#include <QLocale>

namespace sotay {

BackupListModel::BackupListModel(const QString &wardPath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_wardPath(wardPath)
{
    reload();
}

void BackupListModel::reload()
{
    beginResetModel();
    m_rows = Backup::list(m_wardPath);
    endResetModel();
}

QString BackupListModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("import"))
        return tr("Before an import");
    if (reason == QLatin1String("migration"))
        return tr("Before an upgrade of the file");
    if (reason == QLatin1String("daily"))
        return tr("Daily");
    if (reason == QLatin1String("restore"))
        return tr("Before a restore");
    if (reason == QLatin1String("manual"))
        return tr("Made by hand");
    return reason;
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Backup::Entry &e = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return e.path;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Made:
        return e.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case Reason:
        return reasonText(e.reason);
    case Size:
        return tr("%1 MB").arg(QLocale(QLocale::Vietnamese).toString(e.size / 1048576.0, 'f', 1));
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Made:
        return tr("Made on");
    case Reason:
        return tr("Why");
    case Size:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace sotay
