#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>

namespace sotay {

class Database;

// The audit log as a table, newest first: when, who, action, what, old → new, detail.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Action, What, OldValue, NewValue, Detail, ColumnCount };

    explicit AuditLogModel(Database &db, QObject *parent = nullptr);

    // Reloads the rows that pass the filter.
    void setFilter(const AuditLog::Filter &filter);
    const AuditLog::Entry &entry(int row) const { return m_rows.at(row); }
    // ID numbers and phones in the old and new values are masked unless revealed.
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<AuditLog::Entry> m_rows;
    bool m_revealed = false;
};

} // namespace sotay
