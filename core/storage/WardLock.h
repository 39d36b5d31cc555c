#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace sotay {

// One writer per ward file: a QLockFile beside it (FILE.lock) and a note of who holds it
// (FILE.lock.info: host, user, operator, pid, since). A lock left by a program that died on
// this machine is taken over; one held by a running program — here or on another computer
// sharing the folder — is not, and whoever comes second opens the ward read-only.
// Database::open takes it for every writing connection (see acquire()).
class WardLock
{
    Q_DECLARE_TR_FUNCTIONS(WardLock)
public:
    struct Holder
    {
        QString host;
        QString user;
        QString operatorName;
        qint64 pid = 0;
        QDateTime since;
        // "Nguyễn Văn A (user an) on PC-01, process 1234, since 23/11/2026 08:15", for messages.
        QString describe() const;
    };

    explicit WardLock(const QString &wardPath);
    ~WardLock();
    WardLock(const WardLock &) = delete;
    WardLock &operator=(const WardLock &) = delete;

    // Tries once; false when another running program holds the lock (see holder()).
    bool tryLock(const QString &user, const QString &operatorName);
    bool isLocked() const;
    void setOperatorName(const QString &operatorName);
    void unlock();

    // The lock of this process on the ward: shared by every writing connection of the
    // process to that file (worker threads, a test's second connection), taken on first
    // use and let go with the last. Null when another process holds it.
    static std::shared_ptr<WardLock> acquire(const QString &wardPath, const QString &user);

    // Who holds the ward's lock now, if anyone does.
    static std::optional<Holder> holder(const QString &wardPath);
    static QString lockPath(const QString &wardPath);
    static QString infoPath(const QString &wardPath);

private:
    void writeInfo();

    QString m_wardPath;
    QString m_user;
    QString m_operator;
    QDateTime m_since;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sotay
