#pragma once

#include "storage/GroupRecords.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;

namespace sotay {

class GroupHouseholdsModel;

// Split…: the group's households with check boxes (searchable, sorted by address in natural
// order), and where the chosen ones go: a new group by name, or an existing group.
class SplitGroupDialog : public QDialog
{
    Q_OBJECT
public:
    // checkName: empty when a new group may have that name, else why not (GroupStore).
    SplitGroupDialog(const GroupRow &from, QVector<GroupHouseholdRow> households,
                     const QVector<GroupRow> &groups,
                     std::function<QString(const QString &)> checkName, QWidget *parent = nullptr);

    QVector<qint64> householdIds() const;
    qint64 intoGroupId() const;   // 0: a new group
    QString newGroupName() const; // empty for an existing group
    QString intoGroupName() const;

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    GroupHouseholdsModel *model() const { return m_model; }
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *existingChoice() const { return m_existing; }
    QComboBox *groupChoice() const { return m_groups; }
    QPushButton *okButton() const { return m_ok; }
    QString problem() const;       // why OK is disabled; empty when it is not
    void checkShown(bool checked); // every household the search shows

private:
    void update();

    qint64 m_fromId = 0;
    std::function<QString(const QString &)> m_checkName;
    GroupHouseholdsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QRadioButton *m_new = nullptr;
    QRadioButton *m_existing = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_groups = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sotay
