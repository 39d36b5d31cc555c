#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

// Transaction: all or nothing, and a Transaction opened inside another becomes a savepoint of
// it (so a store method that owns its change can be called from a caller that owns a bigger one).
class tst_Transaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void commitKeeps();
    void destructionRollsBack();
    void nestedCommitJoinsTheOuter();
    void nestedRollbackUndoesOnlyItsPart();
    void outerRollbackUndoesTheNestedToo();

private:
    void put(const QString &key);
    int count();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Transaction::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("w.sotay06")), Database::Mode::Create);
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    QVERIFY(m_db->execScript(QStringLiteral("DELETE FROM setting")));
}

void tst_Transaction::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("w.sotay06")));
}

void tst_Transaction::put(const QString &key)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, 'x')"));
    q.addBindValue(key);
    QVERIFY(q.exec());
}

int tst_Transaction::count()
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM setting")) && q.next() ? q.value(0).toInt()
                                                                              : -1;
}

void tst_Transaction::commitKeeps()
{
    Transaction tx(*m_db);
    QVERIFY(tx.isActive());
    put(QStringLiteral("a"));
    QVERIFY(tx.commit());
    QCOMPARE(count(), 1);
}

void tst_Transaction::destructionRollsBack()
{
    {
        Transaction tx(*m_db);
        put(QStringLiteral("a"));
    }
    QCOMPARE(count(), 0);
}

void tst_Transaction::nestedCommitJoinsTheOuter()
{
    Transaction outer(*m_db);
    put(QStringLiteral("a"));
    {
        Transaction inner(*m_db);
        QVERIFY2(inner.isActive(), qPrintable(inner.error()));
        put(QStringLiteral("b"));
        QVERIFY(inner.commit());
    }
    QCOMPARE(count(), 2);
    QVERIFY(outer.commit());
    QCOMPARE(count(), 2);
}

void tst_Transaction::nestedRollbackUndoesOnlyItsPart()
{
    Transaction outer(*m_db);
    put(QStringLiteral("a"));
    {
        Transaction inner(*m_db);
        put(QStringLiteral("b"));
    } // not committed
    QCOMPARE(count(), 1);
    QVERIFY(outer.commit());
    QCOMPARE(count(), 1);
}

void tst_Transaction::outerRollbackUndoesTheNestedToo()
{
    {
        Transaction outer(*m_db);
        put(QStringLiteral("a"));
        Transaction inner(*m_db);
        put(QStringLiteral("b"));
        QVERIFY(inner.commit());
    }
    QCOMPARE(count(), 0);
}

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_Transaction.moc"
