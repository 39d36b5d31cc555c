#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/WardLock.h"
#include "storage/WardStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <iostream>

using namespace sotay;

namespace {
const QString kOperator = QStringLiteral("Nguyễn Văn An");

// Child mode: `tst --hold WARD` opens the ward for writing as operator kOperator, prints
// "ready" and waits to be killed or to read a line (then exits normally).
int holdWard(const QString &path)
{
    auto db = Database::open(path);
    if (!db || db.value()->isReadOnly())
        return 1;
    db.value()->setOperatorName(kOperator);
    std::cout << "ready" << std::endl;
    std::string line;
    std::getline(std::cin, line);
    return 0;
}
} // namespace

class TestWardLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void twoOwnersOneWins();
    void shareInOneProcess();
    void secondProgramOpensReadOnly();
    void cliIsToldWhoHoldsIt();
    void deadHolderIsTakenOver();
    void restoreRefusedWhileInUse();

private:
    // Starts a child that holds the ward; waits until it does.
    bool startHolder(QProcess &child);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ward;
};

void TestWardLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ward = m_dir->filePath(QStringLiteral("ward.sotay06"));
    auto db = Database::open(m_ward, Database::Mode::Create);
    QVERIFY2(db, qPrintable(db.error()));
    WardInfo w;
    w.name = QStringLiteral("Phường Phước Tiến");
    QVERIFY(WardStore(*db.value()).saveWard(w));
}

bool TestWardLock::startHolder(QProcess &child)
{
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--hold"), m_ward});
    child.start();
    if (!child.waitForStarted(10000))
        return false;
    while (child.state() == QProcess::Running && !child.canReadLine())
        child.waitForReadyRead(200);
    return child.readLine().trimmed() == "ready";
}

void TestWardLock::twoOwnersOneWins()
{
    WardLock a(m_ward), b(m_ward);
    QVERIFY(a.tryLock(QStringLiteral("an"), kOperator));
    QVERIFY(!b.tryLock(QStringLiteral("binh"), QString()));
    const auto h = WardLock::holder(m_ward);
    QVERIFY(h.has_value());
    QCOMPARE(h->pid, QCoreApplication::applicationPid());
    QCOMPARE(h->user, QStringLiteral("an"));
    QCOMPARE(h->operatorName, kOperator);
    QVERIFY(h->since.isValid());
    QVERIFY(h->describe().contains(kOperator));
    QCOMPARE(QFile::permissions(WardLock::lockPath(m_ward)) & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    a.unlock();
    QVERIFY(!QFileInfo::exists(WardLock::infoPath(m_ward)));
    QVERIFY(b.tryLock(QStringLiteral("binh"), QString()));
    QCOMPARE(WardLock::holder(m_ward)->user, QStringLiteral("binh"));
}

void TestWardLock::shareInOneProcess()
{
    {
        auto a = Database::open(m_ward);
        auto b = a.value()->openAnother();
        QVERIFY(b);
        // Both connections of one program write: the lock is the program's, not the connection's.
        QVERIFY(!a.value()->isReadOnly());
        QVERIFY(!b.value()->isReadOnly());
        QVERIFY(b.value()->heldBy().isEmpty());
        QVERIFY(QFileInfo::exists(WardLock::lockPath(m_ward)));
        a.value().reset();
        QVERIFY(QFileInfo::exists(WardLock::lockPath(m_ward)));
    }
    // Let go with the last connection.
    QVERIFY(!QFileInfo::exists(WardLock::lockPath(m_ward)));
    QVERIFY(!WardLock::holder(m_ward).has_value());
}

void TestWardLock::secondProgramOpensReadOnly()
{
    QProcess child;
    QVERIFY(startHolder(child));
    {
        auto db = Database::open(m_ward);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(db.value()->isReadOnly());
        const QString who = db.value()->heldBy();
        QVERIFY2(who.contains(kOperator), qPrintable(who));
        QVERIFY2(who.contains(QString::number(child.processId())), qPrintable(who));
        // It can read the ward, and cannot write to it.
        QCOMPARE(WardStore(*db.value()).ward().value().name, QStringLiteral("Phường Phước Tiến"));
        QVERIFY(!WardStore(*db.value()).setSetting(QStringLiteral("x"), QStringLiteral("y")));
    }
    child.write("\n");
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitCode(), 0);
    // The holder closed: the ward is writable again.
    auto db = Database::open(m_ward);
    QVERIFY(!db.value()->isReadOnly());
    QVERIFY(db.value()->heldBy().isEmpty());
}

void TestWardLock::cliIsToldWhoHoldsIt()
{
    QProcess child;
    QVERIFY(startHolder(child));
    QProcess cli;
    cli.start(QStringLiteral(SOTAY06_CLI),
              {QStringLiteral("--db"), m_ward, QStringLiteral("sample"),
               QStringLiteral("--residents"), QStringLiteral("20")});
    QVERIFY(cli.waitForFinished(30000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 3);
    QVERIFY2(err.contains(kOperator), qPrintable(err));
    QVERIFY2(err.contains(QString::number(child.processId())), qPrintable(err));
    child.write("\n");
    QVERIFY(child.waitForFinished(10000));
    // Nothing was written meanwhile; now it can be.
    cli.start(QStringLiteral(SOTAY06_CLI),
              {QStringLiteral("--db"), m_ward, QStringLiteral("sample"),
               QStringLiteral("--residents"), QStringLiteral("20")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
}

void TestWardLock::deadHolderIsTakenOver()
{
    QProcess child;
    QVERIFY(startHolder(child));
    const qint64 pid = child.processId();
    QVERIFY(Database::open(m_ward).value()->isReadOnly());
    ::kill(pid_t(pid), SIGKILL); // a power cut, as far as the lock knows
    QVERIFY(child.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(WardLock::lockPath(m_ward))); // left behind
    auto db = Database::open(m_ward);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(!db.value()->isReadOnly());
    QCOMPARE(WardLock::holder(m_ward)->pid, QCoreApplication::applicationPid());
}

void TestWardLock::restoreRefusedWhileInUse()
{
    QString backup;
    {
        auto db = Database::open(m_ward);
        backup = Backup::create(*db.value(), QStringLiteral("manual")).value();
    }
    QProcess child;
    QVERIFY(startHolder(child));
    const Status s = Backup::restore(backup, m_ward);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(kOperator), qPrintable(s.error()));
    child.write("\n");
    QVERIFY(child.waitForFinished(10000));
    QVERIFY(Backup::restore(backup, m_ward));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--hold") == 0)
        return holdWard(QString::fromLocal8Bit(argv[2]));
    TestWardLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_WardLock.moc"
