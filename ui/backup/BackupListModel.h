#pragma once

#include "storage/Backup.h"

#include <QAbstractTableModel>

namespace sotay {

// The backups of one ward, newest first: date and time, why it was made, size.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Made, Reason, Size, ColumnCount };

    explicit BackupListModel(const QString &wardPath, QObject *parent = nullptr);

    void reload();
    const Backup::Entry &entry(int row) const { return m_rows.at(row); }
    static QString reasonText(const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_wardPath;
    QVector<Backup::Entry> m_rows;
};

} // namespace sotay
