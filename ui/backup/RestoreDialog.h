#pragma once

#include <QDialog>

#include <functional>

class QPushButton;
class QTableView;

namespace sotay {

class BackupListModel;
class RestorePrompts;

// File → Restore from backup…: the ward's backups with date, reason and size; Restore asks
// for confirmation, lets the window close the ward (setCloseWard), puts the backup back
// (Backup::restore: checked first, the current state kept as a backup of its own) and
// accepts. The window then opens the ward again.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QString &wardPath, RestorePrompts &prompts, QWidget *parent = nullptr);

    // Called just before the file is replaced: the window closes its connections here.
    void setCloseWard(std::function<void()> closeWard) { m_closeWard = std::move(closeWard); }
    BackupListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The backup that was put back, once accepted.
    QString restoredFrom() const { return m_restoredFrom; }

public Q_SLOTS:
    void restoreSelected();

private:
    void updateButton();

    QString m_wardPath;
    RestorePrompts &m_prompts;
    BackupListModel *m_model;
    QTableView *m_view;
    QPushButton *m_restore;
    std::function<void()> m_closeWard;
    QString m_restoredFrom;
};

} // namespace sotay
