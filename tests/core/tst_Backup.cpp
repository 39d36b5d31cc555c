#include "Clock.h"
#include "csv/ResidentImporter.h"
#include "sample/SampleWard.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createMakesAPrivateWardFile();
    void refusedInsideATransaction();
    void keepsTheNewestN();
    void dailyOncePerDay();
    void importMakesABackupFirst();
    void restorePutsTheBackupBack();
    void restoreRefusesABrokenFile_data();
    void restoreRefusesABrokenFile();

private:
    static qint64 residents(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ward;
};

void TestBackup::init()
{
    Clock::setFixedToday(QDate(2026, 11, 19));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ward = m_dir->filePath(QStringLiteral("phuoc-tien.sotay06"));
    auto db = Database::open(m_ward, Database::Mode::Create);
    QVERIFY2(db, qPrintable(db.error()));
    SampleWard::Options o;
    o.residents = 300;
    QVERIFY(SampleWard::fill(*db.value(), o));
}

void TestBackup::cleanup()
{
    Clock::setFixedToday(QDate());
}

qint64 TestBackup::residents(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return -1;
    QSqlQuery q(db.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM resident")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

void TestBackup::createMakesAPrivateWardFile()
{
    QString path;
    {
        auto db = Database::open(m_ward);
        QVERIFY(db);
        auto made = Backup::beforeImport(*db.value());
        QVERIFY2(made, qPrintable(made.error()));
        path = made.value();
    }
    QCOMPARE(QFileInfo(path).absolutePath(),
             QDir(m_dir->path()).filePath(QStringLiteral("backups")));
    QVERIFY(QFileInfo(path).fileName().startsWith(QStringLiteral("phuoc-tien-20261119-")));
    QVERIFY(path.endsWith(QStringLiteral("-import.sotay06")));
    QCOMPARE(QFile::permissions(path) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFile::permissions(Backup::folderFor(m_ward)) & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A backup is a normal ward file holding the same residents.
    QCOMPARE(residents(path), 300);
    const auto list = Backup::list(m_ward);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().path, path);
    QCOMPARE(list.first().reason, QStringLiteral("import"));
    QCOMPARE(list.first().at.date(), QDate(2026, 11, 19));
    QVERIFY(list.first().size > 0);
    // No half-written copy is left behind.
    QCOMPARE(
        QDir(Backup::folderFor(m_ward)).entryList({QStringLiteral("*.part")}, QDir::Files).size(),
        0);
}

void TestBackup::refusedInsideATransaction()
{
    auto db = Database::open(m_ward);
    QVERIFY(db);
    Transaction tx(*db.value());
    QVERIFY(tx.isActive());
    const auto made = Backup::create(*db.value(), QStringLiteral("import"));
    QVERIFY(!made);
    QVERIFY(!made.error().isEmpty());
    QVERIFY(Backup::list(m_ward).isEmpty());
}

void TestBackup::keepsTheNewestN()
{
    auto db = Database::open(m_ward);
    QVERIFY(db);
    QCOMPARE(Backup::keep(*db.value()), Backup::kDefaultKeep);
    QVERIFY(Backup::setKeep(*db.value(), 3));
    QVERIFY(!Backup::setKeep(*db.value(), 0));
    QCOMPARE(Backup::keep(*db.value()), 3);
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        auto b = Backup::create(*db.value(),
                                i % 2 ? QStringLiteral("import") : QStringLiteral("Manual!"));
        QVERIFY2(b, qPrintable(b.error()));
        made << b.value();
        QTest::qWait(2);
    }
    const auto list = Backup::list(m_ward);
    QCOMPARE(list.size(), 3);
    // Newest first, the oldest two are gone.
    QCOMPARE(list.at(0).path, made.at(4));
    QCOMPARE(list.at(2).path, made.at(2));
    QCOMPARE(list.at(0).reason, QStringLiteral("manual"));
    QVERIFY(!QFileInfo::exists(made.at(0)));
    QVERIFY(!QFileInfo::exists(made.at(1)));
    // Shrinking the setting prunes at once.
    QVERIFY(Backup::setKeep(*db.value(), 1));
    QCOMPARE(Backup::list(m_ward).size(), 1);
    const auto audit = AuditLog(*db.value()).entries({QStringLiteral("setting"), {}, {}, {}, 10});
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.first().oldValue, QStringLiteral("3"));
    QCOMPARE(audit.first().newValue, QStringLiteral("1"));
}

void TestBackup::dailyOncePerDay()
{
    auto db = Database::open(m_ward);
    QVERIFY(db);
    auto first = Backup::dailyIfDue(*db.value());
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(!first.value().isEmpty());
    auto again = Backup::dailyIfDue(*db.value());
    QVERIFY(again);
    QVERIFY(again.value().isEmpty());
    QCOMPARE(Backup::list(m_ward).size(), 1);
    Clock::setFixedToday(QDate(2026, 11, 20));
    auto next = Backup::dailyIfDue(*db.value());
    QVERIFY(next);
    QVERIFY(!next.value().isEmpty());
    QCOMPARE(Backup::list(m_ward).size(), 2);
    QCOMPARE(Backup::list(m_ward).first().reason, QStringLiteral("daily"));
}

void TestBackup::importMakesABackupFirst()
{
    auto db = Database::open(m_ward);
    QVERIFY(db);
    const QString file = QStringLiteral(SOTAY06_TEST_DATA "/csv/good_utf8.csv");
    ImportOptions dry;
    dry.dryRun = true;
    ResidentImporter(*db.value()).run(file, dry);
    QCOMPARE(Backup::list(m_ward).size(), 0); // a dry run writes nothing, not even a copy
    const ImportSummary done = ResidentImporter(*db.value()).run(file, ImportOptions());
    QVERIFY2(done.refusal.isEmpty() && done.databaseError.isEmpty(), qPrintable(done.refusal));
    const auto backups = Backup::list(m_ward);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, QStringLiteral("import"));
    // The copy is the ward before the import: it lacks what the import added.
    auto copy = Database::open(backups.first().path, Database::Mode::ReadOnly);
    QVERIFY2(copy, qPrintable(copy.error()));
    QSqlQuery before(copy.value()->connection()), after(db.value()->connection());
    QVERIFY(before.exec(QStringLiteral("SELECT count(*) FROM resident")) && before.next());
    QVERIFY(after.exec(QStringLiteral("SELECT count(*) FROM resident")) && after.next());
    QCOMPARE(before.value(0).toInt(), 300);
    QVERIFY(after.value(0).toInt() > 300);
}

void TestBackup::restorePutsTheBackupBack()
{
    QString backup;
    {
        auto db = Database::open(m_ward);
        QVERIFY(db);
        backup = Backup::create(*db.value(), QStringLiteral("manual")).value();
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM resident WHERE id > 100")));
    }
    QCOMPARE(residents(m_ward), 100);
    QTest::qWait(2);
    const Status s = Backup::restore(backup, m_ward);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(residents(m_ward), 300);
    QCOMPARE(QFile::permissions(m_ward) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The state before the restore was kept too, and the restore is in the audit log.
    const auto list = Backup::list(m_ward);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().reason, QStringLiteral("restore"));
    QCOMPARE(residents(list.first().path), 100);
    auto db = Database::open(m_ward);
    QVERIFY(db);
    const auto audit =
        AuditLog(*db.value()).entries({QStringLiteral("backup.restore"), {}, {}, {}, 10});
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().detail, QFileInfo(backup).fileName());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

void TestBackup::restoreRefusesABrokenFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage")
        << QByteArray("this is not a database at all, just text\n").repeated(200);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("another sqlite file") << QByteArray("sqlite-plain");
    QTest::newRow("truncated ward") << QByteArray("truncate");
}

void TestBackup::restoreRefusesABrokenFile()
{
    QFETCH(QByteArray, content);
    const QString bad = m_dir->filePath(QStringLiteral("bad.sotay06"));
    if (content == "sqlite-plain") {
        // A sound SQLite file, but not a ward.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(bad);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    } else if (content == "truncate") {
        QString backup;
        {
            auto db = Database::open(m_ward);
            backup = Backup::create(*db.value(), QStringLiteral("manual")).value();
        }
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray half = f.read(f.size() / 2);
        f.close();
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(half);
    } else {
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const int before = int(Backup::list(m_ward).size());
    const Status s = Backup::restore(bad, m_ward);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("nothing was restored")), qPrintable(s.error()));
    // The ward is untouched and no extra backup was made.
    QCOMPARE(residents(m_ward), 300);
    QCOMPARE(int(Backup::list(m_ward).size()), before);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_Backup.moc"
