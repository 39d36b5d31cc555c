#include "Clock.h"
#include "audit/AuditLogDialog.h"
#include "audit/AuditLogModel.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

class tst_AuditLogDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsNewestFirstWithWhoWhenWhat();
    void filtersByUser();
    void filtersByDateRange();
    void filtersByText();
    void masksIdsAndPhonesUntilRevealed();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_AuditLogDialog::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("w.sotay06")), Database::Mode::Create);
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    AuditLog log(*m_db);
    Clock::setFixedToday(QDate(2026, 11, 2));
    m_db->setOperatorName(QStringLiteral("Lê Thị Hoa"));
    QVERIFY(log.record(QStringLiteral("resident.update"), QStringLiteral("resident"), 12,
                       QStringLiteral("phone=0905111222"), QStringLiteral("phone=0905333444")));
    Clock::setFixedToday(QDate(2026, 11, 10));
    m_db->setOperatorName(QStringLiteral("Phạm Văn Nam"));
    QVERIFY(log.record(QStringLiteral("import.residents"), QStringLiteral("file"), 0, {}, {},
                       QStringLiteral("dan-cu.csv: added 120, updated 3, rejected 2")));
    Clock::setFixedToday(QDate(2026, 11, 19));
    QVERIFY(log.record(QStringLiteral("status.record"), QStringLiteral("resident"), 7,
                       QStringLiteral("L1 approved"), QStringLiteral("L1 activated")));
}

void tst_AuditLogDialog::cleanupTestCase()
{
    Clock::setFixedToday(QDate());
}

void tst_AuditLogDialog::listsNewestFirstWithWhoWhenWhat()
{
    AuditLogDialog d(*m_db);
    QAbstractItemModelTester tester(d.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditLogModel *m = d.model();
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->columnCount(), int(AuditLogModel::ColumnCount));
    auto cell = [&](int row, int column) { return m->index(row, column).data().toString(); };
    QCOMPARE(cell(0, AuditLogModel::Action), QStringLiteral("status.record"));
    QVERIFY(cell(0, AuditLogModel::When).startsWith(QStringLiteral("19/11/2026 ")));
    QVERIFY2(cell(0, AuditLogModel::Who).startsWith(QStringLiteral("Phạm Văn Nam (")),
             qPrintable(cell(0, AuditLogModel::Who)));
    QCOMPARE(cell(0, AuditLogModel::What), QStringLiteral("resident #7"));
    QCOMPARE(cell(0, AuditLogModel::OldValue), QStringLiteral("L1 approved"));
    QCOMPARE(cell(0, AuditLogModel::NewValue), QStringLiteral("L1 activated"));
    QCOMPARE(cell(1, AuditLogModel::What), QStringLiteral("file"));
    QVERIFY(cell(1, AuditLogModel::Detail).contains(QStringLiteral("added 120")));
    QCOMPARE(cell(2, AuditLogModel::Action), QStringLiteral("resident.update"));
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("count"))->text().contains(QLatin1Char('3')));
}

void tst_AuditLogDialog::filtersByUser()
{
    AuditLogDialog d(*m_db);
    QAbstractItemModelTester tester(d.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    d.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("Lê Thị Hoa"));
    QCOMPARE(d.model()->rowCount(), 1);
    QCOMPARE(d.model()->entry(0).entityId, 12);
    d.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("Phạm"));
    QCOMPARE(d.model()->rowCount(), 2);
    d.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("nobody-like-this"));
    QCOMPARE(d.model()->rowCount(), 0);
}

void tst_AuditLogDialog::filtersByDateRange()
{
    AuditLogDialog d(*m_db);
    QAbstractItemModelTester tester(d.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    d.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2026, 11, 5));
    d.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(QDate(2026, 11, 10));
    QCOMPARE(d.model()->rowCount(), 3); // not in use until ticked
    d.findChild<QCheckBox *>(QStringLiteral("useFrom"))->setChecked(true);
    QCOMPARE(d.model()->rowCount(), 2);
    d.findChild<QCheckBox *>(QStringLiteral("useTo"))->setChecked(true);
    QCOMPARE(d.model()->rowCount(), 1);
    QCOMPARE(d.model()->entry(0).action, QStringLiteral("import.residents"));
}

void tst_AuditLogDialog::filtersByText()
{
    AuditLogDialog d(*m_db);
    QAbstractItemModelTester tester(d.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    d.findChild<QLineEdit *>(QStringLiteral("text"))->setText(QStringLiteral("dan-cu.csv"));
    QCOMPARE(d.model()->rowCount(), 1);
    d.findChild<QLineEdit *>(QStringLiteral("text"))->setText(QStringLiteral("0905333444"));
    QCOMPARE(d.model()->rowCount(), 1);
    QCOMPARE(d.model()->entry(0).action, QStringLiteral("resident.update"));
}

void tst_AuditLogDialog::masksIdsAndPhonesUntilRevealed()
{
    AuditLogDialog d(*m_db);
    QAbstractItemModelTester tester(d.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = int(d.model()->rowCount()) - 1; // the resident.update, oldest
    QCOMPARE(d.model()->entry(row).action, QStringLiteral("resident.update"));
    auto shown = [&](int column, int role = Qt::DisplayRole) {
        return d.model()->index(row, column).data(role).toString();
    };
    QCOMPARE(shown(AuditLogModel::OldValue), QStringLiteral("phone=0905***222"));
    QCOMPARE(shown(AuditLogModel::NewValue), QStringLiteral("phone=0905***444"));
    QCOMPARE(shown(AuditLogModel::NewValue, Qt::ToolTipRole), QStringLiteral("phone=0905***444"));
    QSignalSpy changed(d.model(), &QAbstractItemModel::dataChanged);
    d.findChild<QCheckBox *>(QStringLiteral("reveal"))->setChecked(true);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(shown(AuditLogModel::OldValue), QStringLiteral("phone=0905111222"));
    QCOMPARE(shown(AuditLogModel::NewValue), QStringLiteral("phone=0905333444"));
    d.findChild<QCheckBox *>(QStringLiteral("reveal"))->setChecked(false);
    QCOMPARE(shown(AuditLogModel::NewValue), QStringLiteral("phone=0905***444"));
}

QTEST_MAIN(tst_AuditLogDialog)
#include "tst_AuditLogDialog.moc"
