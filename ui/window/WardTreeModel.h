#pragma once

#include "query/WardTreeQuery.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace sotay {

class Database;

// The ward → residential groups (with activated / eligible) → households (loaded when a
// group is expanded, in walking order).
class WardTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind : int { Ward = 0, Group = 1, Household = 2 };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, ActivatedRole, EligibleRole };
    enum ColumnId { NameColumn = 0, ProgressColumn = 1 };

    explicit WardTreeModel(QObject *parent = nullptr);
    ~WardTreeModel() override;

    void setDatabase(Database *db, const QString &wardName);
    // After a change: counts, names and addresses read again without collapsing the tree.
    void refresh();

    QModelIndex wardIndex() const;
    QModelIndex groupIndex(qint64 groupId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    void loadHouseholds(Node *group);

    Database *m_db = nullptr;
    std::unique_ptr<Node> m_ward;
};

} // namespace sotay
