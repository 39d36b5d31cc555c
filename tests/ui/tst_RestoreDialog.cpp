#include "Clock.h"
#include "backup/BackupListModel.h"
#include "backup/RestoreDialog.h"
#include "backup/RestorePrompts.h"
#include "sample/SampleWard.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

namespace {
class FakePrompts : public RestorePrompts
{
public:
    bool answer = true;
    QStringList questions, errors;
    bool confirm(QWidget *, const QString &question) override
    {
        questions << question;
        return answer;
    }
    void showError(QWidget *, const QString &message) override { errors << message; }
};

qint64 residents(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return -1;
    QSqlQuery q(db.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM resident")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}
} // namespace

class tst_RestoreDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsBackupsNewestFirst();
    void cancelledConfirmationChangesNothing();
    void restoresTheChosenBackup();
    void brokenBackupIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ward;
    QString m_older, m_newer;
};

void tst_RestoreDialog::init()
{
    Clock::setFixedToday(QDate(2026, 11, 19));
    m_dir = std::make_unique<QTemporaryDir>();
    m_ward = m_dir->filePath(QStringLiteral("ward.sotay06"));
    auto db = Database::open(m_ward, Database::Mode::Create);
    QVERIFY(db);
    SampleWard::Options o;
    o.residents = 200;
    QVERIFY(SampleWard::fill(*db.value(), o));
    m_older = Backup::create(*db.value(), QStringLiteral("import")).value();
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM resident WHERE id > 150")));
    Clock::setFixedToday(QDate(2026, 11, 20));
    m_newer = Backup::create(*db.value(), QStringLiteral("daily")).value();
    QVERIFY(q.exec(QStringLiteral("DELETE FROM resident WHERE id > 100")));
}

void tst_RestoreDialog::cleanup()
{
    Clock::setFixedToday(QDate());
}

void tst_RestoreDialog::listsBackupsNewestFirst()
{
    FakePrompts prompts;
    RestoreDialog d(m_ward, prompts);
    QAbstractItemModelTester tester(d.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(d.model()->rowCount(), 2);
    auto cell = [&](int row, int column) {
        return d.model()->index(row, column).data().toString();
    };
    QVERIFY(cell(0, BackupListModel::Made).startsWith(QStringLiteral("20/11/2026 ")));
    QVERIFY(cell(1, BackupListModel::Made).startsWith(QStringLiteral("19/11/2026 ")));
    QCOMPARE(cell(0, BackupListModel::Reason), QStringLiteral("Daily"));
    QCOMPARE(cell(1, BackupListModel::Reason), QStringLiteral("Before an import"));
    QVERIFY(cell(0, BackupListModel::Size).endsWith(QStringLiteral(" MB")));
    // The newest is chosen at first.
    auto *restore = d.findChild<QPushButton *>(QStringLiteral("restore"));
    QVERIFY(restore->isEnabled());
    d.view()->clearSelection();
    QVERIFY(!restore->isEnabled());
}

void tst_RestoreDialog::cancelledConfirmationChangesNothing()
{
    FakePrompts prompts;
    prompts.answer = false;
    RestoreDialog d(m_ward, prompts);
    bool closed = false;
    d.setCloseWard([&] { closed = true; });
    d.view()->selectRow(1);
    d.findChild<QPushButton *>(QStringLiteral("restore"))->click();
    QCOMPARE(prompts.questions.size(), 1);
    QVERIFY(prompts.questions.first().contains(QStringLiteral("19/11/2026")));
    QVERIFY(!closed);
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QCOMPARE(residents(m_ward), 100);
    QCOMPARE(Backup::list(m_ward).size(), 2);
}

void tst_RestoreDialog::restoresTheChosenBackup()
{
    FakePrompts prompts;
    RestoreDialog d(m_ward, prompts);
    bool closed = false;
    d.setCloseWard([&] { closed = true; });
    d.view()->selectRow(1);
    d.findChild<QPushButton *>(QStringLiteral("restore"))->click();
    QVERIFY(closed);
    QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(u'\n')));
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.restoredFrom(), m_older);
    QCOMPARE(residents(m_ward), 200);
    // The state before the restore is a backup of its own.
    QCOMPARE(Backup::list(m_ward).size(), 3);
    QCOMPARE(Backup::list(m_ward).first().reason, QStringLiteral("restore"));
}

void tst_RestoreDialog::brokenBackupIsReported()
{
    {
        QFile f(m_newer);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not a ward");
    }
    FakePrompts prompts;
    RestoreDialog d(m_ward, prompts);
    d.view()->selectRow(0);
    d.findChild<QPushButton *>(QStringLiteral("restore"))->click();
    QCOMPARE(prompts.errors.size(), 1);
    QVERIFY(d.result() != QDialog::Accepted);
    QCOMPARE(residents(m_ward), 100);
}

QTEST_MAIN(tst_RestoreDialog)
#include "tst_RestoreDialog.moc"
