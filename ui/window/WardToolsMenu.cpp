#include "window/WardToolsMenu.h"

#include "audit/AuditLogDialog.h"
#include "backup/RestoreDialog.h"
#include "backup/RestorePrompts.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDir>

namespace sotay {

WardToolsMenu::WardToolsMenu(Hooks hooks, QWidget *parent)
    : QMenu(tr("&Tools"), parent)
    , m_hooks(std::move(hooks))
{
    m_wardActions << addAction(tr("&Back up now"), this, &WardToolsMenu::backUpNow);
    m_wardActions << addAction(tr("&Restore from backup…"), this,
                               &WardToolsMenu::restoreFromBackup);
    addSeparator();
    m_wardActions << addAction(tr("&Audit log…"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                               &WardToolsMenu::showAuditLog);
    connect(this, &QMenu::aboutToShow, this, &WardToolsMenu::updateActions);
    updateActions();
}

void WardToolsMenu::updateActions()
{
    const bool open = m_hooks.database() != nullptr;
    for (QAction *a : std::as_const(m_wardActions))
        a->setEnabled(open);
}

void WardToolsMenu::backUpNow()
{
    Database *db = m_hooks.database();
    if (!db)
        return;
    auto made = Backup::create(*db, QStringLiteral("manual"));
    if (!made) {
        m_hooks.warn(tr("Cannot back up the ward"), made.error());
        return;
    }
    m_hooks.inform(
        tr("Backup made"),
        tr("A copy of the ward was saved as %1.").arg(QDir::toNativeSeparators(made.value())));
}

void WardToolsMenu::restoreFromBackup()
{
    Database *db = m_hooks.database();
    if (!db)
        return;
    const QString path = db->path();
    MessageBoxRestorePrompts prompts;
    RestoreDialog dialog(path, prompts, parentWidget());
    dialog.setCloseWard(m_hooks.closeWard);
    if (m_hooks.exec(dialog) == QDialog::Accepted || !m_hooks.database())
        m_hooks.openWard(path); // the ward was closed for the restore: open it again
}

void WardToolsMenu::showAuditLog()
{
    Database *db = m_hooks.database();
    if (!db)
        return;
    AuditLogDialog dialog(*db, parentWidget());
    m_hooks.exec(dialog);
}

} // namespace sotay
