#include "window/WardTreeModel.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QFont>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

namespace sotay {

struct WardTreeModel::Node
{
    Kind kind = Kind::Ward;
    qint64 id = 0;
    QString name;
    QString detail;
    qint64 residents = 0;
    qint64 eligible = 0;
    qint64 activated = 0;
    bool counted = false; // residents / eligible / activated known (groups and the ward)
    bool loaded = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

WardTreeModel::WardTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Counted>::finished, this, &WardTreeModel::counted);
}

WardTreeModel::~WardTreeModel()
{
    stopCounting();
}

void WardTreeModel::setDatabase(Database *db, const QString &wardName)
{
    stopCounting();
    beginResetModel();
    m_db = db;
    m_ward.reset();
    if (m_db) {
        m_ward = std::make_unique<Node>();
        m_ward->name = wardName;
        m_ward->loaded = true;
        // Names only: cheap, so the tree is there at once.
        for (const auto &g : WardTreeQuery(*m_db).groupNames()) {
            auto n = std::make_unique<Node>();
            n->kind = Kind::Group;
            n->id = g.id;
            n->name = g.name;
            n->parent = m_ward.get();
            n->row = int(m_ward->children.size());
            m_ward->children.push_back(std::move(n));
        }
    }
    endResetModel();
    startCounting();
}

void WardTreeModel::refresh()
{
    if (!m_db || !m_ward)
        return;
    const auto groups = WardTreeQuery(*m_db).groupNames();
    bool same = groups.size() == qsizetype(m_ward->children.size());
    for (int i = 0; same && i < groups.size(); ++i)
        same = groups.at(i).id == m_ward->children[i]->id;
    if (!same) {
        const QString wardName = m_ward->name; // setDatabase drops m_ward first
        setDatabase(m_db, wardName);
        return;
    }
    for (int i = 0; i < groups.size(); ++i) {
        Node *n = m_ward->children[i].get();
        n->name = groups.at(i).name;
        if (n->loaded)
            reloadHouseholds(n);
    }
    if (!m_ward->children.empty())
        Q_EMIT dataChanged(index(0, 0, wardIndex()),
                           index(int(m_ward->children.size()) - 1, ProgressColumn, wardIndex()));
    startCounting();
}

void WardTreeModel::reloadHouseholds(Node *n)
{
    const auto households = WardTreeQuery(*m_db).households(n->id);
    const QModelIndex parentIndex = createIndex(n->row, 0, n);
    if (households.size() == qsizetype(n->children.size())) {
        for (int j = 0; j < households.size(); ++j) {
            Node *h = n->children[j].get();
            h->id = households.at(j).id;
            h->name = households.at(j).address.isEmpty() ? households.at(j).code
                                                         : households.at(j).address;
            h->detail = households.at(j).headName;
            h->residents = households.at(j).residents;
        }
        if (!n->children.empty())
            Q_EMIT dataChanged(index(0, 0, parentIndex),
                               index(int(n->children.size()) - 1, ProgressColumn, parentIndex));
        return;
    }
    if (!n->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(n->children.size()) - 1);
        n->children.clear();
        endRemoveRows();
    }
    n->loaded = false;
    loadHouseholds(n);
}

void WardTreeModel::startCounting()
{
    if (!m_db)
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_cancel = false;
    const int generation = m_generation;
    const QDate today = Clock::today();
    // The worker opens (and closes) its own connection: a QSqlDatabase belongs to one thread.
    const Database *source = m_db;
    const std::atomic_bool *cancel = &m_cancel;
    m_watcher.setFuture(QtConcurrent::run([source, today, cancel, generation] {
        Counted out;
        out.generation = generation;
        if (auto db = source->openAnother())
            out.groups = GroupSummary::load(*db.value(), today, cancel);
        else
            qCWarning(lcStorage) << "ward tree counts:" << db.error();
        return out;
    }));
}

void WardTreeModel::stopCounting()
{
    ++m_generation;
    m_again = false;
    if (!m_watcher.isRunning())
        return;
    m_cancel = true;
    m_watcher.waitForFinished();
}

void WardTreeModel::counted()
{
    if (m_watcher.isRunning())
        return; // the late notice of a run stopped before the one now running
    if (m_again) {
        startCounting();
        return;
    }
    const Counted result = m_watcher.future().isValid() && m_watcher.future().resultCount() > 0
                               ? m_watcher.result()
                               : Counted{};
    if (result.generation != m_generation || !m_ward || m_cancel)
        return;
    QHash<qint64, const GroupSummary *> byId;
    for (const GroupSummary &g : result.groups)
        byId.insert(g.groupId, &g);
    m_ward->residents = m_ward->eligible = m_ward->activated = 0;
    for (const auto &n : m_ward->children) {
        const GroupSummary *g = byId.value(n->id);
        if (!g)
            continue; // made after the count started: the next count has it
        n->residents = g->residents;
        n->eligible = g->eligible;
        n->activated = g->activated;
        n->counted = true;
        m_ward->residents += g->residents;
        m_ward->eligible += g->eligible;
        m_ward->activated += g->activated;
    }
    m_ward->counted = true;
    Q_EMIT dataChanged(wardIndex(), wardIndex().siblingAtColumn(ProgressColumn));
    if (!m_ward->children.empty())
        Q_EMIT dataChanged(index(0, 0, wardIndex()),
                           index(int(m_ward->children.size()) - 1, ProgressColumn, wardIndex()));
    Q_EMIT progressLoaded();
}

void WardTreeModel::loadHouseholds(Node *group)
{
    if (group->loaded || !m_db)
        return;
    const auto households = WardTreeQuery(*m_db).households(group->id);
    group->loaded = true;
    if (households.isEmpty())
        return;
    beginInsertRows(createIndex(group->row, 0, group), 0, int(households.size()) - 1);
    for (const auto &h : households) {
        auto n = std::make_unique<Node>();
        n->kind = Kind::Household;
        n->id = h.id;
        n->name = h.address.isEmpty() ? h.code : h.address;
        n->detail = h.headName;
        n->residents = h.residents;
        n->parent = group;
        n->row = int(group->children.size());
        group->children.push_back(std::move(n));
    }
    endInsertRows();
}

QModelIndex WardTreeModel::wardIndex() const
{
    return m_ward ? createIndex(0, 0, m_ward.get()) : QModelIndex();
}

QModelIndex WardTreeModel::groupIndex(qint64 groupId) const
{
    if (!m_ward)
        return {};
    for (const auto &g : m_ward->children)
        if (g->id == groupId)
            return createIndex(g->row, 0, g.get());
    return {};
}

WardTreeModel::Node *WardTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex WardTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= 2)
        return {};
    if (!parent.isValid())
        return row == 0 && m_ward ? createIndex(0, column, m_ward.get()) : QModelIndex();
    if (parent.column() != 0)
        return {};
    Node *p = nodeOf(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex WardTreeModel::parent(const QModelIndex &child) const
{
    Node *n = nodeOf(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int WardTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_ward ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int WardTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

bool WardTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return bool(m_ward);
    if (parent.column() != 0)
        return false;
    const Node *n = nodeOf(parent);
    return n->kind == Kind::Group ? (!n->loaded || !n->children.empty()) : !n->children.empty();
}

bool WardTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return n && parent.column() == 0 && n->kind == Kind::Group && !n->loaded;
}

void WardTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadHouseholds(nodeOf(parent));
}

QVariant WardTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    switch (role) {
    case KindRole:
        return int(n->kind);
    case IdRole:
        return n->id;
    case ActivatedRole:
        return n->kind == Kind::Household || n->counted ? QVariant(n->activated) : QVariant();
    case EligibleRole:
        return n->kind == Kind::Household || n->counted ? QVariant(n->eligible) : QVariant();
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n->name;
        if (n->kind == Kind::Household)
            return tr("%n resident(s)", nullptr, int(n->residents));
        if (!n->counted)
            return QStringLiteral("…");
        return QStringLiteral("%1/%2").arg(n->activated).arg(n->eligible);
    case Qt::ToolTipRole:
        if (n->kind == Kind::Household)
            return n->detail.isEmpty() ? n->name : tr("%1 — head: %2").arg(n->name, n->detail);
        if (!n->counted)
            return tr("%1: counting…").arg(n->name);
        return tr("%1: %2 of %3 eligible residents activated (%n resident(s) in all)", nullptr,
                  int(n->residents))
            .arg(n->name)
            .arg(n->activated)
            .arg(n->eligible);
    case Qt::FontRole:
        if (n->kind == Kind::Ward) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant WardTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Ward / group / household") : tr("Activated / eligible");
}

} // namespace sotay
