#include "import/ExportResidentsTask.h"

#include "Clock.h"
#include "csv/ResidentExporter.h"
#include "import/FileChooser.h"
#include "storage/Database.h"

#include <QDir>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace sotay {

ExportResidentsTask::ExportResidentsTask(Database &db, FileChooser *chooser, QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_chooser(chooser)
    , m_parent(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportResidentsTask::done);
}

ExportResidentsTask::~ExportResidentsTask()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool ExportResidentsTask::start()
{
    if (isRunning())
        return false;
    const QString suggested =
        tr("residents-%1.csv").arg(Clock::today().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path =
        m_chooser->saveFile(m_parent, tr("Export residents"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (!m_chooser->confirm(
            m_parent, tr("Export residents"),
            tr("%1 will hold the personal data of the ward's residents: names, birth dates, "
               "ID numbers and phones, in full.\n\nSend it only to whoever needs it and delete "
               "it when it is no longer needed. The export is recorded in the ward's disclosure "
               "log (who, when, which file).\n\nExport?")
                .arg(QDir::toNativeSeparators(path))))
        return false;
    m_cancel = false;
    m_progress =
        new QProgressDialog(tr("Exporting the residents…"), tr("Cancel"), 0, 1000, m_parent);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    QPointer<QProgressDialog> progress = m_progress;
    Database *db = &m_db;
    std::atomic<bool> *cancel = &m_cancel;
    m_watcher.setFuture(QtConcurrent::run([db, path, progress, cancel] {
        Outcome out;
        auto conn = db->openAnother();
        if (!conn) {
            out.message = conn.error();
            return out;
        }
        ResidentExporter exporter(*conn.value());
        exporter.cancel = cancel;
        exporter.progress = [progress](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                progress,
                [progress, done, total] {
                    if (progress && total > 0)
                        progress->setValue(int(done * 1000 / total));
                },
                Qt::QueuedConnection);
        };
        auto written = exporter.exportTo(path);
        out.ok = written.ok();
        out.message =
            written ? tr("Exported %n resident(s) to %1.", nullptr, int(written.value())).arg(path)
                    : written.error();
        return out;
    }));
    return true;
}

void ExportResidentsTask::done()
{
    if (m_progress)
        m_progress->deleteLater();
    const Outcome out = m_watcher.result();
    Q_EMIT finished(out.ok, out.message);
}

} // namespace sotay
