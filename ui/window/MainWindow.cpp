#include "window/MainWindow.h"

#include "groups/GroupActions.h"
#include "help/AboutDialog.h"
#include "help/HelpViewer.h"
#include "outcomes/OutcomeEntryView.h"
#include "print/ReportsMenu.h"
#include "residents/ResidentEditor.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsView.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/WardStore.h"
#include "window/DailyBackup.h"
#include "window/ProgressDelegate.h"
#include "window/Prompter.h"
#include "window/WardFileMenu.h"
#include "window/WardPages.h"
#include "window/WardToolsMenu.h"
#include "window/WardTreeModel.h"
#include "window/WindowLayout.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

namespace sotay {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_prompter(std::make_unique<Prompter>())
{
    setObjectName(QStringLiteral("MainWindow"));
    m_undo = new QUndoStack(this);
    m_dailyBackup = new DailyBackup(this);
    connect(m_dailyBackup, &DailyBackup::failed, this, [this](const QString &message) {
        m_prompter->warn(this, tr("Cannot back up the ward"), message);
    });

    m_treeModel = new WardTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("wardTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setItemDelegateForColumn(WardTreeModel::ProgressColumn, new ProgressDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WardTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(WardTreeModel::ProgressColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(WardTreeModel::ProgressColumn, 170);

    m_residents = new ResidentsView(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_residents);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({460, 1040});

    m_outcomes = new OutcomeEntryView(this);
    m_outcomes->setPrompter(m_prompter.get());

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Residents"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_outcomes, tr("Enter visit outcomes"));
    m_pages = new WardPages(m_tabs, m_undo, this);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::undoIndexChanged);
    setCentralWidget(m_tabs);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::treeSelectionChanged);
    m_editor = new ResidentEditor(this, m_residents, m_undo);
    m_editor->setDatabaseGetter([this] { return m_db.get(); });
    m_editor->setPrompterGetter([this]() -> Prompter & { return *m_prompter; });
    m_editor->setContextFactory([this](bool countsChanged) { return context(countsChanged); });
    connect(m_residents, &ResidentsView::activated, m_editor, &ResidentEditor::editResident);
    connect(m_outcomes, &OutcomeEntryView::outcomeEntered, this,
            [this](const RecordOutcomeCommand::Entry &e, const QString &name) {
                if (m_db)
                    m_undo->push(new RecordOutcomeCommand(context(false), e, name));
            });
    GroupActions::Hooks groupHooks; // the tree's context menu: merge and split groups
    groupHooks.database = [this] { return m_db.get(); };
    groupHooks.context = [this] { return context(true); };
    groupHooks.exec = [this](QDialog &dialog) { return m_prompter->exec(dialog); };
    groupHooks.warn = [this](const QString &t, const QString &x) { m_prompter->warn(this, t, x); };
    new GroupActions(m_tree, m_undo, std::move(groupHooks), this);
    createMenus();
    resize(1200, 720);
    keptLayout().restore();
    setWindowTitle(tr("Sổ tay 06"));
    m_status->setText(tr("No ward open: File → New ward… or Open…"));
}

MainWindow::~MainWindow()
{
    // Views, models and the backup read the database: they go before it.
    m_dailyBackup->wait();
    m_undo->clear();
    m_pages->setDatabase(nullptr);
    m_residents->setDatabase(nullptr);
    m_outcomes->setDatabase(nullptr);
    m_treeModel->setDatabase(nullptr, {});
}

void MainWindow::setPrompter(std::unique_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
    m_outcomes->setPrompter(m_prompter.get());
}

void MainWindow::createMenus()
{
    WardFileMenu::Hooks files;
    files.database = [this] { return m_db.get(); };
    files.openWard = [this](const QString &path) { return openWard(path); };
    files.prompter = [this]() -> Prompter & { return *m_prompter; };
    files.imported = [this] { afterImport(); };
    files.settings = [this] { showSettings(); };
    m_fileMenu = new WardFileMenu(std::move(files), this);
    menuBar()->addMenu(m_fileMenu);
    m_wardActions << m_fileMenu->wardActions();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_editor->install(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reveal = view->addAction(tr("Show full ID numbers and phones"));
    reveal->setCheckable(true);
    reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(reveal, &QAction::toggled, m_residents->model(), &ResidentTableModel::setIdsRevealed);

    auto *reports = new ReportsMenu({[this] { return m_db.get(); },
                                     [this]() -> Prompter & { return *m_prompter; },
                                     [this] { return selectedGroupName(); }},
                                    this);
    menuBar()->addMenu(reports);
    m_wardActions << reports->actions();

    WardToolsMenu::Hooks hooks;
    hooks.database = [this] { return m_db.get(); };
    hooks.closeWard = [this] { closeWard(); };
    hooks.openWard = [this](const QString &path) { return openWard(path); };
    hooks.inform = [this](const QString &t, const QString &x) { m_prompter->inform(this, t, x); };
    hooks.warn = [this](const QString &t, const QString &x) { m_prompter->warn(this, t, x); };
    hooks.exec = [this](QDialog &dialog) { return m_prompter->exec(dialog); };
    menuBar()->addMenu(new WardToolsMenu(std::move(hooks), this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this,
                    [this] { HelpViewer::showGuide(this); });
    help->addAction(tr("&About Sổ tay 06"), this, [this] {
        AboutDialog dialog(this);
        m_prompter->exec(dialog);
    });
    updateWardActions();
}

bool MainWindow::openWard(const QString &path)
{
    auto r = Database::open(path);
    if (!r) {
        m_prompter->warn(this, tr("Cannot open the ward"), r.error());
        return false;
    }
    closeWard();
    m_db = r.take();
    if (!m_db->heldBy().isEmpty()) {
        m_prompter->warn(this, tr("The ward is in use"),
                         tr("This ward is in use by %1; it is open read-only. Changes cannot be "
                            "saved until that program closes it.")
                             .arg(m_db->heldBy()));
    } else if (!m_db->isReadOnly()) {
        m_dailyBackup->start(*m_db);
    }
    m_fileMenu->remember(m_db->path());

    const auto ward = WardStore(*m_db).ward();
    const QString name = ward ? ward.value().name : QFileInfo(m_db->path()).completeBaseName();
    setWindowFilePath(m_db->path());
    setWindowTitle(tr("%1 — Sổ tay 06").arg(name));
    m_treeModel->setDatabase(m_db.get(), name);
    m_tree->expand(m_treeModel->wardIndex());
    m_residents->setDatabase(m_db.get());
    m_outcomes->setDatabase(m_db.get());
    m_pages->setDatabase(m_db.get());
    m_tree->setCurrentIndex(m_treeModel->wardIndex());
    m_status->setText(m_db->isReadOnly()
                          ? tr("%1 — read-only").arg(QFileInfo(m_db->path()).fileName())
                          : QFileInfo(m_db->path()).fileName());
    updateWardActions();
    return true;
}

void MainWindow::closeWard()
{
    m_dailyBackup->wait(); // it reads the ward through its own connection
    m_undo->clear();
    m_undoIndex = 0;
    m_pages->setDatabase(nullptr);
    m_residents->setDatabase(nullptr);
    m_outcomes->setDatabase(nullptr);
    m_treeModel->setDatabase(nullptr, {});
    m_db.reset();
    updateWardActions();
}

void MainWindow::openLastWard()
{
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
        openWard(recent.first());
}

void MainWindow::treeSelectionChanged()
{
    const QModelIndex i = m_tree->currentIndex();
    const auto kind = WardTreeModel::Kind(i.data(WardTreeModel::KindRole).toInt());
    const qint64 id = i.data(WardTreeModel::IdRole).toLongLong();
    if (!i.isValid() || kind == WardTreeModel::Kind::Ward)
        m_residents->setScope(0, 0);
    else if (kind == WardTreeModel::Kind::Group)
        m_residents->setScope(id, 0);
    else
        m_residents->setScope(i.parent().data(WardTreeModel::IdRole).toLongLong(), id);
    if (kind == WardTreeModel::Kind::Group)
        m_outcomes->selectGroup(id);
}

CommandContext MainWindow::context(bool countsChanged)
{
    CommandContext c;
    c.db = m_db.get();
    c.changed = [this, countsChanged] { afterChange(countsChanged); };
    c.failed = [this](const QString &message) {
        m_prompter->warn(this, tr("The change was not saved"), message);
    };
    return c;
}

void MainWindow::afterChange(bool countsChanged)
{
    if (countsChanged)
        m_treeModel->refresh();
    m_residents->refresh();
    m_outcomes->refresh();
}

void MainWindow::showSettings()
{
    WardInfo ward;
    if (m_db) {
        if (auto w = WardStore(*m_db).ward())
            ward = w.value();
    }
    QSettings settings;
    const QString language =
        settings.value(QStringLiteral("language"), QStringLiteral("vi")).toString();
    SettingsDialog dialog(ward, language, this);
    if (m_prompter->exec(dialog) != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("language"), dialog.language());
    if (m_db) {
        if (Status s = WardStore(*m_db).saveWard(dialog.ward()); !s) {
            m_prompter->warn(this, tr("The settings were not saved"), s.error());
            return;
        }
        m_treeModel->setDatabase(m_db.get(), dialog.ward().name);
        m_tree->expand(m_treeModel->wardIndex());
        setWindowTitle(tr("%1 — Sổ tay 06").arg(dialog.ward().name));
    }
    if (dialog.language() != language)
        m_prompter->inform(this, tr("Language"),
                           tr("The new language takes effect when the program starts again."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    keptLayout().save();
    event->accept();
}

WindowLayout MainWindow::keptLayout() const
{
    return {const_cast<MainWindow *>(this), m_splitter, m_residents->table()->horizontalHeader(),
            m_tree->header()};
}

void MainWindow::updateWardActions()
{
    for (QAction *a : std::as_const(m_wardActions))
        a->setEnabled(m_db != nullptr && !m_db->isReadOnly());
}

void MainWindow::undoIndexChanged(int index)
{
    // The command that ran: the one just done (redo) or just undone.
    const QUndoCommand *cmd = m_undo->command(index > m_undoIndex ? index - 1 : index);
    m_undoIndex = index;
    // Our own commands refresh what they touched; the Teams page's change teams and
    // assignments, which the tree and the list show too.
    if (cmd && !dynamic_cast<const DbCommand *>(cmd))
        afterChange(true);
    m_pages->changed();
}

void MainWindow::afterImport()
{
    // An import is not undoable; earlier edits are no longer safe to undo over it.
    m_undo->clear();
    m_undoIndex = 0;
    const auto ward = WardStore(*m_db).ward();
    m_treeModel->setDatabase(m_db.get(), ward ? ward.value().name : windowFilePath());
    m_tree->expand(m_treeModel->wardIndex());
    m_residents->setDatabase(m_db.get());
    m_outcomes->setDatabase(m_db.get());
    m_tree->setCurrentIndex(m_treeModel->wardIndex());
    m_pages->reloadTeams();
}

QString MainWindow::selectedGroupName() const
{
    QModelIndex group = m_tree->currentIndex();
    if (WardTreeModel::Kind(group.data(WardTreeModel::KindRole).toInt()) ==
        WardTreeModel::Kind::Household)
        group = group.parent();
    if (WardTreeModel::Kind(group.data(WardTreeModel::KindRole).toInt()) !=
        WardTreeModel::Kind::Group)
        return {};
    return group.data(Qt::DisplayRole).toString();
}

} // namespace sotay
