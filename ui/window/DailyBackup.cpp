#include "window/DailyBackup.h"

#include "storage/Backup.h"
#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sotay {

DailyBackup::DailyBackup(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QFuture<QString> f = m_watcher.future();
        if (f.resultCount() > 0 && !f.result().isEmpty())
            Q_EMIT failed(f.result());
    });
}

DailyBackup::~DailyBackup()
{
    wait();
}

void DailyBackup::start(const Database &ward)
{
    wait();
    const Database *source = &ward;
    m_watcher.setFuture(QtConcurrent::run([source] {
        // A QSqlDatabase belongs to the thread that opened it: the worker opens its own.
        auto db = source->openAnother();
        if (!db)
            return db.error();
        auto daily = Backup::dailyIfDue(*db.value());
        return daily ? QString() : daily.error();
    }));
}

void DailyBackup::wait()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

} // namespace sotay
