#pragma once

#include "storage/GroupRecords.h"

#include <QAbstractTableModel>
#include <QSet>

namespace sotay {

// The households of one residential group with a check box each, for choosing which move
// (SplitGroupDialog). Sorts by SortRole (the address in natural order: "Số 9" before
// "Số 27"); SearchRole holds the diacritic-free text a search matches.
class GroupHouseholdsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AddressColumn = 0, CodeColumn, HeadColumn, ResidentsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SearchRole, IdRole };

    explicit GroupHouseholdsModel(QObject *parent = nullptr);

    void setHouseholds(QVector<GroupHouseholdRow> rows);
    QVector<qint64> checkedIds() const; // in the order of the list given
    int checkedCount() const { return int(m_checked.size()); }
    void setChecked(int row, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Row
    {
        GroupHouseholdRow household;
        QString search;
        QString headKey;
        QString codeKey;
    };
    QVector<Row> m_rows;
    QSet<qint64> m_checked;
};

} // namespace sotay
