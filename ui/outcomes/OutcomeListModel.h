#pragma once

#include "query/OutcomeListQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sotay {

// The residents of a returned checklist in printed order, with the outcome entered so far.
class OutcomeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum ColumnId {
        HouseholdColumn,
        NameColumn,
        BornColumn,
        NeededColumn,
        PhoneColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit OutcomeListModel(QObject *parent = nullptr);

    void setRows(QVector<OutcomeListQuery::Row> rows, QHash<qint64, VisitOutcome> entered);
    void setEntered(QHash<qint64, VisitOutcome> entered); // keeps rows, updates the outcome column
    const OutcomeListQuery::Row &row(int i) const { return m_rows.at(i); }
    bool hasOutcome(int i) const { return m_entered.contains(m_rows.at(i).residentId); }
    VisitOutcome outcome(int i) const { return m_entered.value(m_rows.at(i).residentId); }
    int enteredCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<OutcomeListQuery::Row> m_rows;
    QHash<qint64, VisitOutcome> m_entered;
};

} // namespace sotay
