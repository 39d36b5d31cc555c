#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/WardStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

class tst_WardStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void creatingIsNotAnUpdate();
    void changingDetailsIsAudited();
    void savingTheSameWritesNoEntry();
    void joinsTheCallersTransaction();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

void tst_WardStore::init()
{
    auto r = Database::open(m_dir.filePath(QStringLiteral("w%1.sotay06").arg(++m_counter)),
                            Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    m_db = r.take();
}

void tst_WardStore::cleanup()
{
    m_db.reset();
}

static WardInfo phuocTien()
{
    WardInfo w;
    w.name = QStringLiteral("Phường Phước Tiến");
    w.province = QStringLiteral("Khánh Hòa");
    w.signerName = QStringLiteral("Lê Văn Tám");
    return w;
}

void tst_WardStore::creatingIsNotAnUpdate()
{
    QVERIFY(WardStore(*m_db).saveWard(phuocTien()));
    QCOMPARE(WardStore(*m_db).ward().value().name, QStringLiteral("Phường Phước Tiến"));
    QCOMPARE(AuditLog(*m_db).entries({}).size(), 0); // the creator records ward.create
}

void tst_WardStore::changingDetailsIsAudited()
{
    QVERIFY(WardStore(*m_db).saveWard(phuocTien()));
    WardInfo w = phuocTien();
    w.signerName = QStringLiteral("Phạm Thị Lan");
    QVERIFY(WardStore(*m_db).saveWard(w));
    const auto all = AuditLog(*m_db).entries({});
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].action, QStringLiteral("ward.update"));
    QCOMPARE(all[0].oldValue, QStringLiteral("signer_name=Lê Văn Tám"));
    QCOMPARE(all[0].newValue, QStringLiteral("signer_name=Phạm Thị Lan"));
}

void tst_WardStore::savingTheSameWritesNoEntry()
{
    QVERIFY(WardStore(*m_db).saveWard(phuocTien()));
    QVERIFY(WardStore(*m_db).saveWard(phuocTien()));
    QCOMPARE(AuditLog(*m_db).entries({}).size(), 0);
    WardInfo empty;
    QVERIFY(!WardStore(*m_db).saveWard(empty));
}

void tst_WardStore::joinsTheCallersTransaction()
{
    QVERIFY(WardStore(*m_db).saveWard(phuocTien()));
    {
        Transaction tx(*m_db);
        WardInfo w = phuocTien();
        w.place = QStringLiteral("Nha Trang");
        QVERIFY(WardStore(*m_db).saveWard(w));
    } // rolled back: neither the change nor its entry stays
    QCOMPARE(WardStore(*m_db).ward().value().place, QString());
    QCOMPARE(AuditLog(*m_db).entries({}).size(), 0);
}

QTEST_GUILESS_MAIN(tst_WardStore)
#include "tst_WardStore.moc"
