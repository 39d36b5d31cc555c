#pragma once

#include "storage/GroupRecords.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace sotay {

// Merge into…: which residential group takes every household of this one, and what happens
// to its team and targets.
class MergeGroupDialog : public QDialog
{
    Q_OBJECT
public:
    MergeGroupDialog(const GroupRow &from, const QVector<GroupRow> &groups,
                     QWidget *parent = nullptr);

    qint64 intoGroupId() const;
    GroupRow intoGroup() const;
    QComboBox *groupChoice() const { return m_groups; }
    QPushButton *okButton() const { return m_ok; }
    QString summary() const; // what the merge will do, as shown

private:
    void update();

    GroupRow m_from;
    QVector<GroupRow> m_others;
    QComboBox *m_groups = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sotay
