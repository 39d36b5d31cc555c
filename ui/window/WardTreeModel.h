#pragma once

#include "query/WardTreeQuery.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <vector>

namespace sotay {

class Database;

// The ward → residential groups (with activated / eligible) → households (loaded when a
// group is expanded, in walking order). The groups show at once by name; their counts (one
// pass over every resident) are computed off the GUI thread on a second connection and
// arrive later (progressLoaded()); until then the progress column reads "…".
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
    // After a change: names and addresses read again without collapsing the tree; the counts
    // are computed again in the background and shown when ready (the old ones until then).
    void refresh();
    // True while the counts are being computed.
    bool isCounting() const { return m_watcher.isRunning(); }

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

Q_SIGNALS:
    // The counts of every group (and of the ward) have been filled in.
    void progressLoaded();

private:
    struct Node;
    struct Counted
    {
        int generation = 0;
        QVector<GroupSummary> groups;
    };
    Node *nodeOf(const QModelIndex &index) const;
    void loadHouseholds(Node *group);
    void reloadHouseholds(Node *group);
    void startCounting();
    void stopCounting();
    void counted();

    Database *m_db = nullptr;
    std::unique_ptr<Node> m_ward;
    QFutureWatcher<Counted> m_watcher;
    std::atomic_bool m_cancel = false;
    int m_generation = 0; // counts of an older ward or an older change are dropped
    bool m_again = false; // changed while counting: count once more when that run ends
};

} // namespace sotay
