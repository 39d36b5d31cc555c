#include "residents/ResidentTableModel.h"

#include "model/Vocabulary.h"
#include "rules/DateText.h"
#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"

#include <QBrush>
#include <QColor>

namespace sotay {

using Column = ResidentQuery::Column;

ResidentTableModel::ResidentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResidentTableModel::setDatabase(Database *db)
{
    beginResetModel();
    m_db = db;
    reload();
    endResetModel();
}

void ResidentTableModel::setSpec(const ResidentQuery::Spec &spec)
{
    beginResetModel();
    m_spec = spec;
    reload();
    endResetModel();
}

void ResidentTableModel::reload()
{
    m_pages.clear();
    m_recent.clear();
    if (!m_db) {
        m_query.reset();
        m_count = 0;
        return;
    }
    m_query = std::make_unique<ResidentQuery>(*m_db, m_spec);
    m_count = m_query->count();
}

void ResidentTableModel::refresh()
{
    if (!m_db)
        return;
    const qint64 before = m_count;
    m_query = std::make_unique<ResidentQuery>(*m_db, m_spec);
    const qint64 after = m_query->count();
    if (after != before) {
        beginResetModel();
        reload();
        endResetModel();
        return;
    }
    m_pages.clear();
    m_recent.clear();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_count) - 1, columnCount() - 1));
}

void ResidentTableModel::setIdsRevealed(bool revealed)
{
    if (m_revealIds == revealed)
        return;
    m_revealIds = revealed;
    if (m_count > 0) {
        Q_EMIT dataChanged(index(0, int(Column::IdNumber)),
                           index(int(m_count) - 1, int(Column::Phone)));
    }
}

const ResidentQuery::Row *ResidentTableModel::rowAt(int row) const
{
    if (!m_query || row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_recent.size() >= kPagesKept)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, m_query->page(page * kPageSize, kPageSize));
    } else {
        m_recent.removeOne(page);
    }
    m_recent.append(page);
    const int inPage = int(row - page * kPageSize);
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

int ResidentTableModel::rowOf(qint64 residentId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == residentId)
                return int(it.key() * kPageSize + i);
    return -1;
}

qint64 ResidentTableModel::residentIdAt(int row) const
{
    const auto *r = rowAt(row);
    return r ? r->id : 0;
}

int ResidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int ResidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

static QColor statusColor(AccountStatus s)
{
    switch (s) {
    case AccountStatus::Activated:
        return QColor(0x1b, 0x7a, 0x3a);
    case AccountStatus::Approved:
        return QColor(0xb3, 0x5c, 0x00);
    case AccountStatus::Received:
        return QColor(0x1f, 0x5f, 0xa8);
    case AccountStatus::None:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QVariant ResidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid())
        return {};
    const auto *r = rowAt(index.row());
    if (!r)
        return {};
    const auto col = Column(index.column());
    if (role == ResidentIdRole)
        return r->id;
    if (role == HouseholdIdRole)
        return r->householdId;
    if (role == Qt::DisplayRole) {
        switch (col) {
        case Column::Name:
            return r->fullName;
        case Column::Birth:
            return r->birth.toDisplay();
        case Column::IdNumber:
            return r->idNumber.isEmpty() ? QString()
                   : m_revealIds         ? r->idNumber
                                         : IdNumber::masked(r->idNumber);
        case Column::Phone:
            return r->phone.isEmpty() || m_revealIds ? r->phone : PhoneNumber::masked(r->phone);
        case Column::Level1:
            return Vocabulary::status(r->level1);
        case Column::Level2:
            return Vocabulary::status(r->level2);
        case Column::NextStep:
            if (r->exclusion != ExclusionReason::None)
                return Vocabulary::exclusion(r->exclusion);
            return r->next == NextStep::Nothing ? QString() : Vocabulary::nextStep(r->next);
        case Column::Team:
            return r->teamName;
        case Column::LastVisit:
            return r->lastVisit.isValid() ? DateText::format(r->lastVisit) : QString();
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (col == Column::Level1 && r->level1Date.isValid())
            return DateText::format(r->level1Date);
        if (col == Column::Level2 && r->level2Date.isValid())
            return DateText::format(r->level2Date);
    } else if (role == Qt::ForegroundRole) {
        if (col == Column::Level1)
            return QBrush(statusColor(r->level1));
        if (col == Column::Level2)
            return QBrush(statusColor(r->level2));
        if (r->exclusion != ExclusionReason::None)
            return QBrush(QColor(0x90, 0x90, 0x90));
        if (col == Column::NextStep && r->next == NextStep::GetIdCardFirst)
            return QBrush(QColor(0xa8, 0x1f, 0x1f));
    } else if (role == Qt::TextAlignmentRole) {
        if (col == Column::Birth || col == Column::IdNumber || col == Column::Phone ||
            col == Column::LastVisit)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Full name");
    case Column::Birth:
        return tr("Born");
    case Column::IdNumber:
        return tr("ID number");
    case Column::Phone:
        return tr("Phone");
    case Column::Level1:
        return tr("Level 1");
    case Column::Level2:
        return tr("Level 2");
    case Column::NextStep:
        return tr("Needed next");
    case Column::Team:
        return tr("Team");
    case Column::LastVisit:
        return tr("Last visit");
    case Column::Count:
        break;
    }
    return {};
}

void ResidentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    if (m_spec.sortColumn == Column(column) && m_spec.ascending == (order == Qt::AscendingOrder))
        return;
    beginResetModel();
    m_spec.sortColumn = Column(column);
    m_spec.ascending = order == Qt::AscendingOrder;
    reload();
    endResetModel();
}

} // namespace sotay
