#include "window/MainWindow.h"

#include "storage/Database.h"
#include "storage/GroupSummary.h"
#include "storage/WardStore.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sotay {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_wardLabel = new QLabel(central);
    QFont f = m_wardLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_wardLabel->setFont(f);
    m_groups = new QTableWidget(central);
    m_groups->setColumnCount(4);
    m_groups->setHorizontalHeaderLabels({tr("Residential group"), tr("Residents"), tr("Eligible (14+)"),
                                         tr("Activated")});
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->setSortingEnabled(true);
    layout->addWidget(m_wardLabel);
    layout->addWidget(m_groups);
    setCentralWidget(central);
    createMenus();
    resize(900, 600);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New ward…"), QKeySequence::New, this, &MainWindow::newWard);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseWard);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();
}

bool MainWindow::openWard(const QString &path)
{
    auto r = Database::open(path);
    if (!r) {
        QMessageBox::warning(this, tr("Cannot open the ward"), r.error());
        return false;
    }
    m_db = r.take();
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(m_db->path());
    recent.prepend(m_db->path());
    s.setValue(QStringLiteral("recentFiles"), recent.mid(0, 8));
    updateRecentMenu();
    refresh();
    return true;
}

void MainWindow::openLastWard()
{
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
        openWard(recent.first());
}

void MainWindow::newWard()
{
    const QString name = QInputDialog::getText(this, tr("New ward"), tr("Name of the ward (e.g. Phường Phước Tiến):"));
    if (name.trimmed().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the new ward as"), QString(),
                                                      tr("Ward files (*.sotay06)"));
    if (path.isEmpty())
        return;
    auto r = Database::open(path, Database::Mode::Create);
    if (!r) {
        QMessageBox::warning(this, tr("Cannot create the ward"), r.error());
        return;
    }
    WardInfo w;
    w.name = name;
    if (Status s = WardStore(*r.value()).saveWard(w); !s) {
        QMessageBox::warning(this, tr("Cannot create the ward"), s.error());
        return;
    }
    r.value().reset();
    openWard(path);
}

void MainWindow::chooseWard()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a ward"), QString(),
                                                      tr("Ward files (*.sotay06);;All files (*)"));
    if (!path.isEmpty())
        openWard(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openWard(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::refresh()
{
    m_groups->setSortingEnabled(false);
    m_groups->setRowCount(0);
    if (!m_db) {
        m_wardLabel->setText(tr("No ward open: File → New ward… or Open…"));
        return;
    }
    const auto ward = WardStore(*m_db).ward();
    m_wardLabel->setText(ward ? ward.value().name : QFileInfo(m_db->path()).fileName());
    setWindowFilePath(m_db->path());
    const auto groups = GroupSummary::load(*m_db, QDate::currentDate());
    m_groups->setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const auto &g = groups.at(row);
        auto number = [](qint64 n) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, n);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_groups->setItem(row, 0, new QTableWidgetItem(g.name));
        m_groups->setItem(row, 1, number(g.residents));
        m_groups->setItem(row, 2, number(g.eligible));
        m_groups->setItem(row, 3, number(g.activated));
    }
    m_groups->setSortingEnabled(true);
}

} // namespace sotay
