#include "window/WardTreeModel.h"

#include "Clock.h"

#include <QFont>

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
    bool loaded = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

WardTreeModel::WardTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

WardTreeModel::~WardTreeModel() = default;

void WardTreeModel::setDatabase(Database *db, const QString &wardName)
{
    beginResetModel();
    m_db = db;
    m_ward.reset();
    if (m_db) {
        m_ward = std::make_unique<Node>();
        m_ward->name = wardName;
        m_ward->loaded = true;
        const auto groups = WardTreeQuery(*m_db).groups(Clock::today());
        for (const GroupSummary &g : groups) {
            auto n = std::make_unique<Node>();
            n->kind = Kind::Group;
            n->id = g.groupId;
            n->name = g.name;
            n->residents = g.residents;
            n->eligible = g.eligible;
            n->activated = g.activated;
            n->parent = m_ward.get();
            n->row = int(m_ward->children.size());
            m_ward->residents += g.residents;
            m_ward->eligible += g.eligible;
            m_ward->activated += g.activated;
            m_ward->children.push_back(std::move(n));
        }
    }
    endResetModel();
}

void WardTreeModel::refresh()
{
    if (!m_db || !m_ward)
        return;
    const auto groups = WardTreeQuery(*m_db).groups(Clock::today());
    bool same = groups.size() == qsizetype(m_ward->children.size());
    for (int i = 0; same && i < groups.size(); ++i)
        same = groups.at(i).groupId == m_ward->children[i]->id;
    if (!same) {
        const QString wardName = m_ward->name; // setDatabase drops m_ward first
        setDatabase(m_db, wardName);
        return;
    }
    m_ward->residents = m_ward->eligible = m_ward->activated = 0;
    for (int i = 0; i < groups.size(); ++i) {
        Node *n = m_ward->children[i].get();
        const GroupSummary &g = groups.at(i);
        n->name = g.name;
        n->residents = g.residents;
        n->eligible = g.eligible;
        n->activated = g.activated;
        m_ward->residents += g.residents;
        m_ward->eligible += g.eligible;
        m_ward->activated += g.activated;
        if (n->loaded) {
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
                    Q_EMIT dataChanged(
                        index(0, 0, parentIndex),
                        index(int(n->children.size()) - 1, ProgressColumn, parentIndex));
            } else {
                if (!n->children.empty()) {
                    beginRemoveRows(parentIndex, 0, int(n->children.size()) - 1);
                    n->children.clear();
                    endRemoveRows();
                }
                n->loaded = false;
                loadHouseholds(n);
            }
        }
    }
    Q_EMIT dataChanged(wardIndex(), wardIndex().siblingAtColumn(ProgressColumn));
    if (!m_ward->children.empty())
        Q_EMIT dataChanged(index(0, 0, wardIndex()),
                           index(int(m_ward->children.size()) - 1, ProgressColumn, wardIndex()));
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
        return n->activated;
    case EligibleRole:
        return n->eligible;
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n->name;
        if (n->kind == Kind::Household)
            return tr("%n resident(s)", nullptr, int(n->residents));
        return QStringLiteral("%1/%2").arg(n->activated).arg(n->eligible);
    case Qt::ToolTipRole:
        if (n->kind == Kind::Household)
            return n->detail.isEmpty() ? n->name : tr("%1 — head: %2").arg(n->name, n->detail);
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
