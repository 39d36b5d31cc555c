#include "window/WardFileMenu.h"

#include "import/ExportResidentsTask.h"
#include "import/ImportDialog.h"
#include "storage/Database.h"
#include "storage/WardFile.h"
#include "window/Prompter.h"

#include <QSettings>

namespace sotay {

WardFileMenu::WardFileMenu(Hooks hooks, QWidget *parent)
    : QMenu(tr("&File"), parent)
    , m_hooks(std::move(hooks))
{
    addAction(tr("&New ward…"), QKeySequence::New, this, &WardFileMenu::newWard);
    addAction(tr("&Open…"), QKeySequence::Open, this, &WardFileMenu::chooseWard);
    m_recentMenu = addMenu(tr("Open &recent"));
    addSeparator();
    m_wardActions << addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                               &WardFileMenu::importFile);
    m_wardActions << addAction(tr("&Export residents…"), this, &WardFileMenu::exportResidents);
    addSeparator();
    addAction(tr("&Settings…"), this, [this] { m_hooks.settings(); });
    addSeparator();
    addAction(tr("&Quit"), QKeySequence::Quit, parent, &QWidget::close);
    updateRecentMenu();
}

void WardFileMenu::remember(const QString &path)
{
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    s.setValue(QStringLiteral("recentFiles"), recent.mid(0, 8));
    updateRecentMenu();
}

void WardFileMenu::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { m_hooks.openWard(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void WardFileMenu::newWard()
{
    QWidget *window = parentWidget();
    Prompter &prompter = m_hooks.prompter();
    bool ok = false;
    const QString name = prompter.text(window, tr("New ward"),
                                       tr("Name of the ward (e.g. Phường Phước Tiến):"), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString path = prompter.saveFile(window, tr("Save the new ward as"), QString(),
                                           tr("Ward files (*.sotay06)"));
    if (path.isEmpty())
        return;
    // WardFile fills the unit and upper unit from the name and audits ward.create, as the
    // welcome dialog and `sotay06-cli init` do.
    WardInfo w;
    w.name = name.trimmed();
    if (Status s = WardFile::create(path, w); !s) {
        prompter.warn(window, tr("Cannot create the ward"), s.error());
        return;
    }
    m_hooks.openWard(path);
}

void WardFileMenu::chooseWard()
{
    const QString path = m_hooks.prompter().openFile(parentWidget(), tr("Open a ward"),
                                                     tr("Ward files (*.sotay06);;All files (*)"));
    if (!path.isEmpty())
        m_hooks.openWard(path);
}

void WardFileMenu::importFile()
{
    Database *db = m_hooks.database();
    if (!db)
        return;
    ImportDialog dialog(*db, &m_hooks.prompter(), parentWidget());
    connect(&dialog, &ImportDialog::imported, this, [this] { m_hooks.imported(); });
    m_hooks.prompter().exec(dialog);
}

void WardFileMenu::exportResidents()
{
    Database *db = m_hooks.database();
    if (!db)
        return;
    auto *task = new ExportResidentsTask(*db, &m_hooks.prompter(), parentWidget());
    connect(task, &ExportResidentsTask::finished, this,
            [this, task](bool ok, const QString &message) {
                if (ok)
                    m_hooks.prompter().inform(parentWidget(), tr("Export residents"), message);
                else
                    m_hooks.prompter().warn(parentWidget(), tr("Export residents"), message);
                task->deleteLater();
            });
    if (!task->start())
        task->deleteLater();
}

} // namespace sotay
