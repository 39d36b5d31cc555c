// The ward file, its SQLite side files and a folder made for it are readable by their owner only.
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sotay;

namespace {
// The permission bits as the file system has them (QFile::permissions maps ACLs too).
int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
} // namespace

class TestFilePrivacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wardFileIsOwnerOnly();
    void sideFilesAreOwnerOnly();
    void newFolderIsOwnerOnly();
    void existingFolderIsLeftAlone();

private:
    QTemporaryDir m_dir;
    mode_t m_oldUmask = 0;
};

void TestFilePrivacy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The most open umask a desktop session may have: nothing may rely on it.
    m_oldUmask = ::umask(0);
}

void TestFilePrivacy::cleanupTestCase()
{
    ::umask(m_oldUmask);
}

void TestFilePrivacy::wardFileIsOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("ward.sotay06"));
    auto r = Database::open(path, Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(modeOf(path), 0600);
}

void TestFilePrivacy::sideFilesAreOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("side.sotay06"));
    auto r = Database::open(path, Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QSqlQuery q(r.value()->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('privacy', 'test')")));
    // While the file is open in WAL mode, both side files exist.
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
    // Opening it again (a second connection) keeps them so.
    auto again = r.value()->openAnother();
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
}

void TestFilePrivacy::newFolderIsOwnerOnly()
{
    const QString folder = m_dir.filePath(QStringLiteral("new/wards"));
    auto r = Database::open(folder + QStringLiteral("/a.sotay06"), Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(folder + QStringLiteral("/a.sotay06")), 0600);
}

void TestFilePrivacy::existingFolderIsLeftAlone()
{
    const QString folder = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    auto r = Database::open(folder + QStringLiteral("/b.sotay06"), Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(modeOf(folder), 0755);
    QCOMPARE(modeOf(folder + QStringLiteral("/b.sotay06")), 0600);
}

QTEST_GUILESS_MAIN(TestFilePrivacy)
#include "tst_FilePrivacy.moc"
