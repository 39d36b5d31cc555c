#pragma once

#include <QFutureWatcher>
#include <QObject>

namespace sotay {

class Database;

// The copy of the ward made once a day when it is opened (Backup::dailyIfDue). VACUUM INTO of
// a 300,000-resident ward takes seconds, so it runs on a connection of its own off the GUI
// thread; the copy is the ward as it was when the backup's read began, i.e. at the opening.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    explicit DailyBackup(QObject *parent = nullptr);
    ~DailyBackup() override;

    // `ward` must outlive the backup: callers wait() before closing it.
    void start(const Database &ward);
    void wait();

Q_SIGNALS:
    void failed(const QString &message);

private:
    QFutureWatcher<QString> m_watcher; // the error, empty when the copy was made or not due
};

} // namespace sotay
