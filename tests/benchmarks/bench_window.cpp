// The main window on a big ward: start to a usable window, selecting a group, a search
// keystroke. Each step ends when the visible rows have been read (as painting would).
//   sotay06-cli --db /tmp/w.sotay06 init --ward "Phường Phước Tiến"
//   sotay06-cli --db /tmp/w.sotay06 sample --residents 300000
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_window /tmp/w.sotay06
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsView.h"
#include "window/MainWindow.h"
#include "window/WardTreeModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace sotay;

namespace {

// What the table paints: the rows of the first screen.
void readVisibleRows(const ResidentsView *view)
{
    const auto *model = view->model();
    const int rows = std::min(model->rowCount(), 40);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            (void)model->index(r, c).data();
}

// Wall time and this process's CPU time: on a loaded machine the two differ a lot.
class Lap
{
public:
    void start()
    {
        m_cpu = std::clock();
        m_wall.start();
    }
    double wall() const { return m_wall.nsecsElapsed() / 1e6; }
    double cpu() const { return double(std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void report(const char *what, const QVector<double> &ms, const QVector<double> &cpu)
{
    std::printf("%-44s wall median %8.1f ms  max %8.1f ms | cpu median %8.1f ms  (%lld runs)\n",
                what, median(ms), *std::max_element(ms.begin(), ms.end()), median(cpu),
                qlonglong(ms.size()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sotay06-bench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_window WARD.sotay06\n");
        return 2;
    }
    const QString ward = QString::fromLocal8Bit(argv[1]);
    Lap t;

    QVector<double> start, startCpu;
    std::unique_ptr<MainWindow> window;
    for (int i = 0; i < 3; ++i) {
        window.reset();
        t.start();
        window = std::make_unique<MainWindow>();
        if (!window->openWard(ward))
            return 1;
        window->show();
        QCoreApplication::processEvents();
        readVisibleRows(window->residents());
        start << t.wall();
        startCpu << t.cpu();
    }
    report("start to usable window (open ward, show)", start, startCpu);

    WardTreeModel *tree = window->treeModel();
    const int groups = tree->rowCount(tree->wardIndex());
    QVector<double> select, selectCpu;
    for (int i = 0; i < std::min(groups, 10); ++i) {
        const QModelIndex g = tree->index(i, 0, tree->wardIndex());
        t.start();
        window->tree()->setCurrentIndex(g);
        readVisibleRows(window->residents());
        select << t.wall();
        selectCpu << t.cpu();
    }
    report("select a group (list of its residents)", select, selectCpu);

    QVector<double> scroll, scrollCpu;
    window->tree()->setCurrentIndex(tree->wardIndex());
    const int total = window->residents()->model()->rowCount();
    for (int i = 1; i <= 10; ++i) {
        const int row = int(qint64(window->residents()->model()->rowCount()) * i / 11);
        t.start();
        for (int r = row; r < row + 40; ++r)
            (void)window->residents()->model()->index(r, 0).data();
        scroll << t.wall();
        scrollCpu << t.cpu();
    }
    report("jump to a place in the whole ward list", scroll, scrollCpu);

    // Search as you type over the whole ward: each keystroke runs the query at once.
    ResidentsView *view = window->residents();
    for (const QString &text :
         {QStringLiteral("nguyen thi huong"), QStringLiteral("Hường"), QStringLiteral("5678")}) {
        QVector<double> keys, keysCpu;
        view->searchBox()->clear();
        for (const QChar c : text) {
            view->searchBox()->insert(QString(c));
            t.start();
            view->applyNow();
            readVisibleRows(view);
            keys << t.wall();
            keysCpu << t.cpu();
        }
        const QByteArray label = "search keystroke \"" + text.toUtf8() + "\"";
        report(label.constData(), keys, keysCpu);
    }
    std::printf("(%d residents in the whole ward list, %d groups)\n", total, groups);
    return 0;
}
