#pragma once

#include "query/ResidentQuery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace sotay {

class Database;

// The residents of a ResidentQuery, a page at a time: the row count comes from COUNT(*),
// rows are fetched in pages of kPageSize as the view scrolls to them and only the last few
// pages are kept. Never loads the whole ward.
class ResidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kPagesKept = 8;
    enum Role { ResidentIdRole = Qt::UserRole + 1, HouseholdIdRole };

    explicit ResidentTableModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void setSpec(const ResidentQuery::Spec &spec); // resets
    const ResidentQuery::Spec &spec() const { return m_spec; }
    // After a change: counts and rows read again, the view keeps its place when it can.
    void refresh();
    void setIdsRevealed(bool revealed);
    bool idsRevealed() const { return m_revealIds; }

    int rowOf(qint64 residentId) const; // -1 when not in a cached page
    qint64 residentIdAt(int row) const;
    const ResidentQuery::Row *rowData(int row) const { return rowAt(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const ResidentQuery::Row *rowAt(int row) const;
    void reload();

    Database *m_db = nullptr;
    ResidentQuery::Spec m_spec;
    std::unique_ptr<ResidentQuery> m_query;
    qint64 m_count = 0;
    bool m_revealIds = false;
    mutable QHash<qint64, QVector<ResidentQuery::Row>> m_pages;
    mutable QVector<qint64> m_recent; // page numbers, most recent last
};

} // namespace sotay
