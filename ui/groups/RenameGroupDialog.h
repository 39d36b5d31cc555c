#pragma once

#include "storage/GroupRecords.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sotay {

// Rename…: the group's new name, starting from the current one. OK stays disabled, with the
// reason shown, while the name is empty, unchanged or taken by another group.
class RenameGroupDialog : public QDialog
{
    Q_OBJECT
public:
    // checkName: empty when the group may take that name, else why not (GroupStore).
    RenameGroupDialog(const GroupRow &group, std::function<QString(const QString &)> checkName,
                      QWidget *parent = nullptr);

    QString newName() const;
    QString problem() const; // empty when OK is enabled
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *okButton() const { return m_ok; }

private:
    void update();

    GroupRow m_group;
    std::function<QString(const QString &)> m_checkName;
    QLineEdit *m_name = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sotay
