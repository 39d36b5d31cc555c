#include "Clock.h"
#include "storage/AuditChange.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

class tst_AuditChange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsOnlyChangedFields_data();
    void keepsOnlyChangedFields();
    void stepSuffixesTheAction_data();
    void stepSuffixesTheAction();
    void recordWritesWhoWhenWhatOldNew();
    void maskedSide_data();
    void maskedSide();
};

void tst_AuditChange::keepsOnlyChangedFields_data()
{
    QTest::addColumn<QString>("oldName");
    QTest::addColumn<QString>("newName");
    QTest::addColumn<qint64>("oldCount");
    QTest::addColumn<qint64>("newCount");
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<bool>("empty");

    QTest::newRow("nothing changed") << "Tổ 1"
                                     << "Tổ 1" << qint64(3) << qint64(3) << ""
                                     << "" << true;
    QTest::newRow("name only") << "Tổ 1"
                               << "Tổ 2" << qint64(3) << qint64(3) << "name=Tổ 1"
                               << "name=Tổ 2" << false;
    QTest::newRow("count only") << "Tổ 1"
                                << "Tổ 1" << qint64(3) << qint64(12) << "households=3"
                                << "households=12" << false;
    QTest::newRow("both") << "Tổ 1"
                          << "Tổ 5" << qint64(0) << qint64(7) << "name=Tổ 1; households=0"
                          << "name=Tổ 5; households=7" << false;
    QTest::newRow("cleared") << "Tổ 1"
                             << "" << qint64(1) << qint64(1) << "name=Tổ 1"
                             << "name=" << false;
}

void tst_AuditChange::keepsOnlyChangedFields()
{
    QFETCH(QString, oldName);
    QFETCH(QString, newName);
    QFETCH(qint64, oldCount);
    QFETCH(qint64, newCount);
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(bool, empty);
    AuditChange c(QStringLiteral("group.update"), QStringLiteral("group"), 4);
    c.field("name", oldName, newName).field("households", oldCount, newCount);
    QCOMPARE(c.oldValue(), oldText);
    QCOMPARE(c.newValue(), newText);
    QCOMPARE(c.isEmpty(), empty);
    QCOMPARE(c.entity(), QStringLiteral("group"));
    QCOMPARE(c.entityId(), qint64(4));
}

void tst_AuditChange::stepSuffixesTheAction_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("action");
    QTest::newRow("do") << int(AuditStep::Do) << "resident.update";
    QTest::newRow("undo") << int(AuditStep::Undo) << "resident.update.undo";
    QTest::newRow("redo") << int(AuditStep::Redo) << "resident.update.redo";
}

void tst_AuditChange::stepSuffixesTheAction()
{
    QFETCH(int, step);
    QFETCH(QString, action);
    AuditChange c(QStringLiteral("resident.update"), QStringLiteral("resident"), 1,
                  AuditStep(step));
    QCOMPARE(c.action(), action);
}

void tst_AuditChange::recordWritesWhoWhenWhatOldNew()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("w.sotay06")), Database::Mode::Create);
    QVERIFY2(db, qPrintable(db.error()));
    db.value()->setOperatorName(QStringLiteral("Lê Thị Hoa"));
    AuditChange c(QStringLiteral("group.merge"), QStringLiteral("group"), 5, AuditStep::Redo);
    c.field("name", QStringLiteral("Tổ 5"), QStringLiteral("Tổ 5 + Tổ 6"))
        .setDetail(QStringLiteral("merged group 6"));
    QVERIFY(AuditLog(*db.value()).record(c));

    const auto entries = AuditLog(*db.value()).entries({});
    QCOMPARE(entries.size(), 1);
    const AuditLog::Entry &e = entries.first();
    QCOMPARE(e.action, QStringLiteral("group.merge.redo"));
    QCOMPARE(e.entity, QStringLiteral("group"));
    QCOMPARE(e.entityId, qint64(5));
    QCOMPARE(e.oldValue, QStringLiteral("name=Tổ 5"));
    QCOMPARE(e.newValue, QStringLiteral("name=Tổ 5 + Tổ 6"));
    QCOMPARE(e.detail, QStringLiteral("merged group 6"));
    QCOMPARE(e.operatorName, QStringLiteral("Lê Thị Hoa"));
    QCOMPARE(e.osUser, db.value()->osUser());
    QVERIFY(!e.osUser.isEmpty());
    QVERIFY(qAbs(e.at.secsTo(Clock::now())) < 3600);
}

void tst_AuditChange::maskedSide_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("masked");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("no personal number") << "full_name=Lê Văn A; relation=Con"
                                        << "full_name=Lê Văn A; relation=Con";
    QTest::newRow("id") << "id_number=079190001234"
                        << "id_number=********1234";
    QTest::newRow("phone") << "phone=0912345678"
                           << "phone=0912***678";
    QTest::newRow("both among others")
        << "full_name=Lê Văn A; id_number=079190001234; phone=0912345678; gender=1"
        << "full_name=Lê Văn A; id_number=********1234; phone=0912***678; gender=1";
    QTest::newRow("cleared id") << "id_number="
                                << "id_number=";
    QTest::newRow("not a field name") << "note=phone=0912345678"
                                      << "note=phone=0912345678";
}

void tst_AuditChange::maskedSide()
{
    QFETCH(QString, side);
    QFETCH(QString, masked);
    QCOMPARE(AuditChange::maskedSide(side), masked);
}

QTEST_GUILESS_MAIN(tst_AuditChange)
#include "tst_AuditChange.moc"
