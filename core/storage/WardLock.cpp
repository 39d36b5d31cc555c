#include "storage/WardLock.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>
#include <QSysInfo>

namespace sotay {

namespace {
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

struct Registry
{
    QMutex mutex;
    QHash<QString, std::weak_ptr<WardLock>> locks;
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

QString WardLock::Holder::describe() const
{
    const QString who =
        operatorName.isEmpty() ? user : QStringLiteral("%1 (%2)").arg(operatorName, user);
    if (!since.isValid())
        return tr("%1 on %2, process %3").arg(who, host).arg(pid);
    return tr("%1 on %2, process %3, since %4")
        .arg(who, host)
        .arg(pid)
        .arg(since.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
}

WardLock::WardLock(const QString &wardPath)
    : m_wardPath(QFileInfo(wardPath).absoluteFilePath())
    , m_lock(std::make_unique<QLockFile>(lockPath(wardPath)))
{
    // A desktop session holds the lock for hours: only a dead holder makes it stale.
    m_lock->setStaleLockTime(0);
}

WardLock::~WardLock()
{
    unlock();
}

QString WardLock::lockPath(const QString &wardPath)
{
    return QFileInfo(wardPath).absoluteFilePath() + QStringLiteral(".lock");
}

QString WardLock::infoPath(const QString &wardPath)
{
    return QFileInfo(wardPath).absoluteFilePath() + QStringLiteral(".lock.info");
}

bool WardLock::tryLock(const QString &user, const QString &operatorName)
{
    m_user = user;
    m_operator = operatorName;
    // A lock whose process is gone (killed, power cut) is removed and taken over here.
    if (!m_lock->tryLock(0))
        return false;
    QFile::setPermissions(lockPath(m_wardPath), kOwnerOnly);
    m_since = QDateTime::currentDateTime();
    writeInfo();
    return true;
}

bool WardLock::isLocked() const
{
    return m_lock->isLocked();
}

void WardLock::setOperatorName(const QString &operatorName)
{
    m_operator = operatorName;
    if (isLocked())
        writeInfo();
}

void WardLock::unlock()
{
    if (!m_lock->isLocked())
        return;
    QFile::remove(infoPath(m_wardPath));
    m_lock->unlock();
}

std::shared_ptr<WardLock> WardLock::acquire(const QString &wardPath, const QString &user)
{
    const QString key = QFileInfo(wardPath).absoluteFilePath();
    Registry &r = registry();
    QMutexLocker guard(&r.mutex);
    if (auto held = r.locks.value(key).lock())
        return held;
    auto lock = std::make_shared<WardLock>(key);
    if (!lock->tryLock(user, QString()))
        return nullptr;
    r.locks.insert(key, lock);
    return lock;
}

void WardLock::writeInfo()
{
    QSaveFile f(infoPath(m_wardPath));
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.setPermissions(kOwnerOnly);
    QString op = m_operator;
    op.replace(u'\n', u' ');
    const QString text = QStringLiteral("host=%1\nuser=%2\noperator=%3\npid=%4\nsince=%5\n")
                             .arg(QSysInfo::machineHostName(), m_user, op)
                             .arg(QCoreApplication::applicationPid())
                             .arg(m_since.toString(Qt::ISODate));
    f.write(text.toUtf8());
    f.commit();
}

std::optional<WardLock::Holder> WardLock::holder(const QString &wardPath)
{
    QLockFile probe(lockPath(wardPath));
    probe.setStaleLockTime(0);
    Holder h;
    QString app;
    if (!probe.getLockInfo(&h.pid, &h.host, &app))
        return std::nullopt;
    QFile f(infoPath(wardPath));
    if (f.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq < 0)
                continue;
            const QString key = line.left(eq), value = line.mid(eq + 1);
            if (key == QLatin1String("user"))
                h.user = value;
            else if (key == QLatin1String("operator"))
                h.operatorName = value;
            else if (key == QLatin1String("since"))
                h.since = QDateTime::fromString(value, Qt::ISODate);
        }
    }
    if (h.user.isEmpty())
        h.user = app;
    return h;
}

} // namespace sotay
