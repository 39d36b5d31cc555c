// Crash safety (docs/SECURITY.md): sotay06-cli is killed with SIGKILL at random moments
// (seeded: SOTAY06_CRASH_SEED, default below) while it writes a sample ward, imports a large
// residents file and exports one. Each time the ward file must open, pass
// PRAGMA integrity_check and foreign_key_check and hold all of the work or none of it; an
// export's target is either the old file or the complete new one.
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Big enough that a kill usually lands inside the write, small enough for a quick test.
constexpr int kSampleResidents = kSanitized ? 600 : 1500;
constexpr int kImportRows = kSanitized ? 600 : 1500;
constexpr int kKills = 20;
constexpr int kMaxRuns = 60;

struct Run
{
    bool killed = false;
    int exitCode = -1;
    qint64 ms = 0; // how long an uncut run took
    QByteArray err;
};

struct Count
{
    qint64 residents = -1;
    qint64 households = -1;
    qint64 audit = -1;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sampleIsAllOrNothing();
    void importIsAllOrNothing();
    void exportIsOldOrComplete();

private:
    Run runCli(const QStringList &args, int killAfterMs = -1);
    bool hasCommand(const QString &word) const { return m_help.contains(word.toUtf8()); }
    // Opens the ward as the program would after the crash and checks it; returns the counts.
    Count checkWard(const QString &path);
    QString freshCopy(const QString &from, const QString &name);
    // The kill moments, from the time an uncut run takes (T): half uniform over [0, 1.1 T], half
    // over [0.7 T, 1.1 T], where the commit, the WAL write and the checkpoint at close happen.
    int nextDelay(qint64 fullMs)
    {
        const quint32 from = m_random.bounded(2) ? 0 : quint32(fullMs * 7 / 10);
        return int(from + m_random.bounded(quint32(fullMs * 11 / 10 + 1 - from)));
    }
    static void removeSaveFileLeftovers(const QString &target);
    // The program under test: the one built beside this test, or SOTAY06_CLI_UNDER_TEST.
    static QString cli()
    {
        return qEnvironmentVariable("SOTAY06_CLI_UNDER_TEST", QStringLiteral(SOTAY06_CLI));
    }

    QTemporaryDir m_dir;
    QString m_emptyWard; // after `init`: a ward with no residents
    QByteArray m_help;
    QRandomGenerator m_random;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(cli()), qPrintable(cli()));
    quint32 seed = 20261126;
    if (qEnvironmentVariableIsSet("SOTAY06_CRASH_SEED"))
        seed = qEnvironmentVariableIntValue("SOTAY06_CRASH_SEED");
    qInfo("crash seed %u (set SOTAY06_CRASH_SEED to repeat another run)", seed);
    m_random.seed(seed);

    QProcess help;
    help.start(cli(), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(30000));
    m_help = help.readAllStandardOutput() + help.readAllStandardError();

    m_emptyWard = m_dir.filePath(QStringLiteral("empty.sotay06"));
    const Run init = runCli({QStringLiteral("--db"), m_emptyWard, QStringLiteral("init"),
                             QStringLiteral("--ward"), QStringLiteral("Phường Thử Nghiệm")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QCOMPARE(checkWard(m_emptyWard).residents, 0);
}

Run TestCrashSafety::runCli(const QStringList &args, int killAfterMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOTAY06_TODAY"), QStringLiteral("2026-11-26"));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(cli(), args);
    Run r;
    QElapsedTimer timer;
    timer.start();
    if (!p.waitForStarted(30000))
        return r;
    if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
        p.kill(); // SIGKILL: no handler, no destructor, no flush runs
        p.waitForFinished(30000);
        r.killed = true;
        return r;
    }
    if (p.state() != QProcess::NotRunning)
        p.waitForFinished(300000);
    r.ms = timer.elapsed();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

Count TestCrashSafety::checkWard(const QString &path)
{
    Count c;
    auto opened = Database::open(path);
    if (!opened) {
        qWarning("the ward file does not open after the kill: %s", qPrintable(opened.error()));
        return c;
    }
    QSqlQuery q(opened.value()->connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok")) {
        qWarning("integrity_check: %s", qPrintable(q.value(0).toString()));
        return c;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next()) {
        qWarning("foreign_key_check finds a dangling row in %s", qPrintable(q.value(0).toString()));
        return c;
    }
    auto count = [&q](const char *sql) {
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    };
    c.residents = count("SELECT count(*) FROM resident");
    c.households = count("SELECT count(*) FROM household");
    c.audit = count("SELECT count(*) FROM audit_log");
    return c;
}

QString TestCrashSafety::freshCopy(const QString &from, const QString &name)
{
    const QString to = m_dir.filePath(name);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    QFile::remove(to + QStringLiteral(".lock"));
    if (!QFile::copy(from, to))
        return {};
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return to;
}

void TestCrashSafety::removeSaveFileLeftovers(const QString &target)
{
    // A killed QSaveFile leaves its temporary file beside the target; the target is untouched.
    const QFileInfo info(target);
    const QStringList left =
        info.dir().entryList({info.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    for (const QString &f : left)
        QFile::remove(info.dir().filePath(f));
}

void TestCrashSafety::sampleIsAllOrNothing()
{
    if (!hasCommand(QStringLiteral("sample")))
        QSKIP("sotay06-cli has no `sample` command yet");
    const QStringList sampleArgs = {QStringLiteral("sample"), QStringLiteral("--residents"),
                                    QString::number(kSampleResidents), QStringLiteral("--seed"),
                                    QStringLiteral("7")};
    // An uncut run: how long it takes, and what "all" is.
    const QString full = freshCopy(m_emptyWard, QStringLiteral("sample-full.sotay06"));
    const Run uncut = runCli(QStringList{QStringLiteral("--db"), full} + sampleArgs);
    qint64 fullMs = uncut.ms;
    QVERIFY2(uncut.exitCode == 0, uncut.err.constData());
    const Count all = checkWard(full);
    QCOMPARE(all.residents, qint64(kSampleResidents));
    const Count empty = checkWard(m_emptyWard);
    QVERIFY(all.audit > empty.audit);

    int kills = 0, none = 0, complete = 0;
    for (int run = 0; run < kMaxRuns && kills < kKills; ++run) {
        // Every third run makes a new file (sample creates it); the others fill an empty ward.
        const bool newFile = run % 3 == 0;
        const QString path = newFile ? m_dir.filePath(QStringLiteral("sample-new.sotay06"))
                                     : freshCopy(m_emptyWard, QStringLiteral("sample.sotay06"));
        if (newFile) {
            for (const char *suffix : {"", "-wal", "-shm", ".lock"})
                QFile::remove(path + QLatin1String(suffix));
        }
        QVERIFY(!path.isEmpty());
        const int delay = nextDelay(fullMs);
        const Run r = runCli(QStringList{QStringLiteral("--db"), path} + sampleArgs, delay);
        if (r.killed)
            ++kills;
        else
            QVERIFY2(r.exitCode == 0, r.err.constData());
        fullMs = r.killed ? fullMs : qMin(fullMs, r.ms); // the machine may have been busy
        if (newFile && !QFile::exists(path)) {
            ++none; // killed before the file was made
            continue;
        }
        const Count c = checkWard(path);
        QVERIFY2(c.residents == 0 || c.residents == all.residents,
                 qPrintable(QStringLiteral("run %1 killed after %2 ms: %3 residents of %4")
                                .arg(run)
                                .arg(delay)
                                .arg(c.residents)
                                .arg(all.residents)));
        if (c.residents == 0) {
            QCOMPARE(c.households, 0);
            QCOMPARE(c.audit, newFile ? 0 : empty.audit); // no record of work not done
            ++none;
        } else {
            QCOMPARE(c.households, all.households);
            if (newFile)
                QVERIFY(c.audit >= 1); // the sample itself is recorded
            else
                QCOMPARE(c.audit, all.audit);
            ++complete;
        }
    }
    qInfo("sample: %d kills; %d wards with none of it, %d with all of it (uncut run %lld ms)",
          kills, none, complete, fullMs);
    QVERIFY(kills >= kKills);
}

void TestCrashSafety::importIsAllOrNothing()
{
    if (!hasCommand(QStringLiteral("import")))
        QSKIP("sotay06-cli has no `import` command yet");
    // A residents file per interchange.md: households of 4 in 20 groups, no ID numbers.
    const QString csvPath = m_dir.filePath(QStringLiteral("residents.csv"));
    {
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray csv = "Mã hộ,Tổ dân phố,Địa chỉ,Họ và tên,Ngày sinh,Giới tính,Số điện thoại\r\n";
        const char *family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"};
        const char *given[] = {"An", "Bình", "Cường", "Dũng", "Hường", "Lan", "Minh", "Thảo"};
        for (int i = 0; i < kImportRows; ++i) {
            const int h = i / 4;
            csv += QStringLiteral(
                       "HK%1,Tổ dân phố %2,Số %3 đường Lê Lợi,%4 Văn %5 %6,%7/%8/%9,%10,09%11\r\n")
                       .arg(h, 6, 10, QLatin1Char('0'))
                       .arg(h % 20 + 1)
                       .arg(h + 1)
                       .arg(QString::fromUtf8(family[h % 8]))
                       .arg(i)
                       .arg(QString::fromUtf8(given[i % 8]))
                       .arg(i % 28 + 1)
                       .arg(i % 12 + 1)
                       .arg(1940 + i % 70)
                       .arg(i % 2 ? QStringLiteral("Nữ") : QStringLiteral("Nam"))
                       .arg(10000000 + i, 8, 10, QLatin1Char('0'))
                       .toUtf8();
        }
        f.write(csv);
    }
    // "Before": a ward that already holds residents from another file.
    const QString smallPath = m_dir.filePath(QStringLiteral("small.csv"));
    {
        QFile f(smallPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Mã hộ,Tổ dân phố,Địa chỉ,Họ và tên,Ngày sinh\r\n"
                "KT1,Tổ dân phố 1,Số 1 ngõ 2 phố Huế,Lý Thị Hoa,01/02/1980\r\n"
                "KT1,Tổ dân phố 1,Số 1 ngõ 2 phố Huế,Lý Văn Nam,1975\r\n"
                "KT2,Tổ dân phố 2,Số 9 phố Huế,Mai Văn Tài,03/04/1990\r\n");
    }
    const QString before = freshCopy(m_emptyWard, QStringLiteral("import-before.sotay06"));
    const Run seedRun = runCli({QStringLiteral("--db"), before, QStringLiteral("import"),
                                QStringLiteral("residents"), smallPath});
    QVERIFY2(seedRun.exitCode == 0, seedRun.err.constData());
    const Count start = checkWard(before);
    QCOMPARE(start.residents, 3);

    const QStringList importArgs = {QStringLiteral("import"), QStringLiteral("residents"), csvPath};
    const QString full = freshCopy(before, QStringLiteral("import-full.sotay06"));
    const Run uncut = runCli(QStringList{QStringLiteral("--db"), full} + importArgs);
    qint64 fullMs = uncut.ms;
    QVERIFY2(uncut.exitCode == 0, uncut.err.constData());
    const Count all = checkWard(full);
    QCOMPARE(all.residents, start.residents + kImportRows);

    int kills = 0, none = 0, complete = 0;
    QString lastKilled;
    for (int run = 0; run < kMaxRuns && kills < kKills; ++run) {
        const QString path = freshCopy(before, QStringLiteral("import-%1.sotay06").arg(run % 2));
        QVERIFY(!path.isEmpty());
        const int delay = nextDelay(fullMs);
        const Run r = runCli(QStringList{QStringLiteral("--db"), path} + importArgs, delay);
        if (r.killed) {
            ++kills;
            lastKilled = path;
        } else {
            QVERIFY2(r.exitCode == 0, r.err.constData());
            fullMs = qMin(fullMs, r.ms); // the machine may have been busy
        }
        const Count c = checkWard(path);
        QVERIFY2(c.residents == start.residents || c.residents == all.residents,
                 qPrintable(QStringLiteral("run %1 killed after %2 ms: %3 residents, before %4, "
                                           "after %5")
                                .arg(run)
                                .arg(delay)
                                .arg(c.residents)
                                .arg(start.residents)
                                .arg(all.residents)));
        if (c.residents == start.residents) {
            QCOMPARE(c.households, start.households);
            ++none;
        } else {
            QCOMPARE(c.households, all.households);
            ++complete;
        }
    }
    qInfo("import: %d kills; %d wards with none of it, %d with all of it (uncut run %lld ms)",
          kills, none, complete, fullMs);
    QVERIFY(kills >= kKills);
    // A killed import can simply be run again.
    const Run again = runCli(QStringList{QStringLiteral("--db"), lastKilled} + importArgs);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(checkWard(lastKilled).residents, all.residents);
}

void TestCrashSafety::exportIsOldOrComplete()
{
    if (!hasCommand(QStringLiteral("sample")) || !hasCommand(QStringLiteral("export")))
        QSKIP("sotay06-cli has no `sample` or `export` command yet");
    const QString ward = freshCopy(m_emptyWard, QStringLiteral("export.sotay06"));
    const Run made = runCli({QStringLiteral("--db"), ward, QStringLiteral("sample"),
                             QStringLiteral("--residents"), QString::number(kSampleResidents)});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const Count wardCount = checkWard(ward);

    const QString reference = m_dir.filePath(QStringLiteral("reference.csv"));
    const Run uncut = runCli({QStringLiteral("--db"), ward, QStringLiteral("export"),
                              QStringLiteral("residents"), reference});
    qint64 fullMs = uncut.ms;
    QVERIFY2(uncut.exitCode == 0, uncut.err.constData());
    QFile ref(reference);
    QVERIFY(ref.open(QIODevice::ReadOnly));
    const QByteArray complete = ref.readAll();
    QVERIFY(complete.count('\n') > kSampleResidents / 2);
    const QByteArray old = "old file, not to be half overwritten\r\n";

    const QString target = m_dir.filePath(QStringLiteral("export.csv"));
    int kills = 0, kept = 0, written = 0;
    for (int run = 0; run < kMaxRuns && kills < kKills; ++run) {
        QFile::remove(target);
        removeSaveFileLeftovers(target);
        const bool hadOld = run % 2 == 1;
        if (hadOld) {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        const int delay = nextDelay(fullMs);
        const Run r = runCli({QStringLiteral("--db"), ward, QStringLiteral("export"),
                              QStringLiteral("residents"), target},
                             delay);
        if (r.killed)
            ++kills;
        else
            QVERIFY2(r.exitCode == 0, r.err.constData());
        fullMs = r.killed ? fullMs : qMin(fullMs, r.ms); // the machine may have been busy
        QFile out(target);
        if (!out.exists()) {
            QVERIFY2(!hadOld, "the old file vanished");
            ++kept;
            continue;
        }
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray got = out.readAll();
        if (got == complete) {
            ++written;
        } else {
            QVERIFY2(hadOld && got == old,
                     qPrintable(QStringLiteral("run %1 killed after %2 ms left a file of %3 "
                                               "bytes (complete: %4)")
                                    .arg(run)
                                    .arg(delay)
                                    .arg(got.size())
                                    .arg(complete.size())));
            ++kept;
        }
        if (!r.killed)
            QCOMPARE(got, complete);
    }
    qInfo("export: %d kills; %d targets old or absent, %d complete (uncut run %lld ms)", kills,
          kept, written, fullMs);
    QVERIFY(kills >= kKills);
    // Reading never harms the ward.
    const Count after = checkWard(ward);
    QCOMPARE(after.residents, wardCount.residents);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_CrashSafety.moc"
