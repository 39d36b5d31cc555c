#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>

class QProgressDialog;
class QWidget;

namespace sotay {

class Database;
class FileChooser;

// File → Export residents…: asks where to save (through the FileChooser seam), writes the
// interchange.md residents file off the GUI thread on its own connection, with a progress
// dialog whose Cancel leaves no file behind. The window shows the finished() message.
class ExportResidentsTask : public QObject
{
    Q_OBJECT
public:
    ExportResidentsTask(Database &db, FileChooser *chooser, QWidget *parent);
    ~ExportResidentsTask() override;

    // False when the user chose no file or did not confirm that personal data leaves the
    // program (the export is recorded in the ward's disclosure log).
    bool start();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    void done();

    Database &m_db;
    FileChooser *m_chooser;
    QWidget *m_parent;
    QPointer<QProgressDialog> m_progress;
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace sotay
