#pragma once

#include "csv/ImportTypes.h"

#include <QAbstractTableModel>

namespace sotay {

// The rejected rows of an import, one line per bad cell: line, column, what to fix.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ColumnColumn, MessageColumn, ColumnCount };
    explicit RejectedRowsModel(QObject *parent = nullptr);

    void setRows(const QVector<RejectedRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        qint64 line;
        QString column;
        QString message;
    };
    QVector<Item> m_items;
};

} // namespace sotay
