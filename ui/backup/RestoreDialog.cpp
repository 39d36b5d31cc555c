#include "backup/RestoreDialog.h"

#include "backup/BackupListModel.h"
#include "backup/RestorePrompts.h"
#include "storage/Backup.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sotay {

RestoreDialog::RestoreDialog(const QString &wardPath, RestorePrompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_wardPath(wardPath)
    , m_prompts(prompts)
    , m_model(new BackupListModel(wardPath, this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Restore from backup"));
    auto *intro = new QLabel(
        tr("Backups are made before every import, before an upgrade of the file and once a day. "
           "Restoring one replaces the ward with it; the ward as it is now is kept as a backup "
           "first."),
        this);
    intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    if (m_model->rowCount() == 0)
        layout->addWidget(new QLabel(tr("There are no backups of this ward yet."), this));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(m_view, &QTableView::doubleClicked, this, &RestoreDialog::restoreSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RestoreDialog::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RestoreDialog::updateButton);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButton();
    resize(620, 420);
}

void RestoreDialog::updateButton()
{
    m_restore->setEnabled(m_view->selectionModel()->hasSelection());
}

void RestoreDialog::restoreSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Backup::Entry e = m_model->entry(rows.first().row());
    const QString when = e.at.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    if (!m_prompts.confirm(this, tr("Put back the backup of %1 (%2) in place of the ward? "
                                    "Changes made since then will be gone from the ward; its "
                                    "present state is kept as a backup.")
                                     .arg(when, BackupListModel::reasonText(e.reason))))
        return;
    if (m_closeWard)
        m_closeWard();
    const Status s = Backup::restore(e.path, m_wardPath);
    if (!s) {
        m_prompts.showError(this, s.error());
        m_model->reload();
        return;
    }
    m_restoredFrom = e.path;
    accept();
}

} // namespace sotay
