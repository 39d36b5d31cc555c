#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace sotay {

// A small read-only table of the teams and dashboard screens: each row has an id (a team,
// member, group, household, phase …) and its cells already formatted for display. The pages
// fill it from the core stores; it never holds more than a few thousand rows.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        qint64 id = 0;
        QStringList cells;
        bool dimmed = false; // shown grey (e.g. inherited from the group)
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RowTableModel(const QStringList &headers, QObject *parent = nullptr);
    void setRows(QVector<Row> rows);
    void setNumericColumns(const QList<int> &columns) { m_numeric = columns; }
    const Row &row(int r) const { return m_rows.at(r); }
    qint64 idAt(int r) const { return r >= 0 && r < m_rows.size() ? m_rows.at(r).id : 0; }
    int rowOf(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QVector<Row> m_rows;
    QList<int> m_numeric;
};

} // namespace sotay
