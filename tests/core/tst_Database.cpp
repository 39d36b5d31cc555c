#include "storage/Database.h"
#include "storage/WardStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createSetsUpSchema();
    void createIsPrivate();
    void refusesNewerVersion();
    void refusesGarbage();
    void refusesMissing();
    void wardRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createSetsUpSchema() {
    auto r = Database::open(m_dir.filePath(QStringLiteral("a.sotay06")), Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    Database &db = *r.value();
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    // Foreign keys are enforced: a household in a missing group is refused.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO household(code, group_id) VALUES ('X', 999)")));
}

void TestDatabase::createIsPrivate() {
    const QString path = m_dir.filePath(QStringLiteral("private.sotay06"));
    auto r = Database::open(path, Database::Mode::Create);
    QVERIFY(r.ok());
    const auto perms = QFile::permissions(path);
    QVERIFY(perms & QFileDevice::ReadOwner);
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
    QVERIFY(!Database::open(path, Database::Mode::Create).ok()); // never overwrites
}

void TestDatabase::refusesNewerVersion() {
    const QString path = m_dir.filePath(QStringLiteral("newer.sotay06"));
    {
        auto r = Database::open(path, Database::Mode::Create);
        QVERIFY(r.ok());
        QSqlQuery q(r.value()->connection());
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)));
    }
    auto r = Database::open(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("newer")), qPrintable(r.error()));
}

void TestDatabase::refusesGarbage() {
    const QString path = m_dir.filePath(QStringLiteral("garbage.sotay06"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto r = Database::open(path);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
}

void TestDatabase::refusesMissing() {
    QVERIFY(!Database::open(m_dir.filePath(QStringLiteral("none.sotay06"))).ok());
}

void TestDatabase::wardRoundTrip() {
    auto r = Database::open(m_dir.filePath(QStringLiteral("ward.sotay06")), Database::Mode::Create);
    QVERIFY(r.ok());
    WardStore store(*r.value());
    QVERIFY(!store.hasWard());
    WardInfo w;
    w.name = QStringLiteral(" Phường  Phước Tiến ");
    w.unit = QStringLiteral("UBND phường Phước Tiến");
    w.upperUnit = QStringLiteral("Công an tỉnh Khánh Hòa");
    QVERIFY(store.saveWard(w).ok());
    const auto back = store.ward();
    QVERIFY(back.ok());
    QCOMPARE(back.value().name, QStringLiteral("Phường Phước Tiến"));
    QCOMPARE(back.value().upperUnit, QStringLiteral("Công an tỉnh Khánh Hòa"));
    w.name.clear();
    QVERIFY(!store.saveWard(w).ok());
    QVERIFY(store.setSetting(QStringLiteral("backups.keep"), QStringLiteral("7")).ok());
    QCOMPARE(store.setting(QStringLiteral("backups.keep")), QStringLiteral("7"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_Database.moc"
