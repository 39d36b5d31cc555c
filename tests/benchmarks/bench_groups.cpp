// Reorganising residential groups on a big ward: merge one group into another and undo it,
// split half of a group into a new group and undo it, each in one transaction as the
// window's commands run them. Usage: bench_groups WARD.sotay06 (a COPY: it writes, and every
// change is undone at the end). Prints wall and CPU time of each step.
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>
#include <functional>

using namespace sotay;

namespace {
QTextStream out(stdout);

bool timed(const char *what, Database &db, const std::function<Status()> &step)
{
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu = std::clock();
    Status s;
    {
        Transaction tx(db);
        s = tx.isActive() ? step() : Status::failure(tx.error());
        if (s)
            s = tx.commit();
    }
    out << what << ": " << t.elapsed() << " ms wall, "
        << (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC << " ms CPU"
        << (s ? QString() : QStringLiteral(" — FAILED: ") + s.error()) << Qt::endl;
    return s.ok();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        out << "usage: bench_groups WARD.sotay06 (a copy)" << Qt::endl;
        return 2;
    }
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        out << opened.error() << Qt::endl;
        return 3;
    }
    Database &db = *opened.value();
    GroupStore groups(db);
    const auto all = groups.groups();
    if (all.size() < 3) {
        out << "the ward needs 3 groups" << Qt::endl;
        return 3;
    }
    const GroupRow a = all.at(1), b = all.at(0), c = all.at(2);
    out << all.size() << " groups; merging " << a.households << " households into a group of "
        << b.households << Qt::endl;
    GroupMergeRecord merged;
    bool ok = timed("merge", db, [&] {
        auto r = groups.merge(a.id, b.id);
        if (r)
            merged = r.take();
        return r ? Status::success() : Status::failure(r.error());
    });
    ok = ok && timed("undo merge", db, [&] { return groups.undoMerge(merged); });

    QElapsedTimer list;
    list.start();
    const auto households = groups.households(c.id);
    out << "list the " << households.size() << " households of a group: " << list.elapsed() << " ms"
        << Qt::endl;
    QVector<qint64> half;
    for (int i = 0; i < households.size(); i += 2)
        half << households.at(i).id;
    GroupSplitRecord split;
    ok = ok && timed("split half to a new group", db, [&] {
             auto r = groups.splitToNew(c.id, half, c.name + QStringLiteral(" (bench)"));
             if (r)
                 split = r.take();
             return r ? Status::success() : Status::failure(r.error());
         });
    ok = ok && timed("undo split", db, [&] { return groups.undoSplit(split); });
    return ok ? 0 : 1;
}
