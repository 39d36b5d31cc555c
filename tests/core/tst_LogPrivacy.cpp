// Nothing personal in log output: with every logging category on (debug included, as
// QT_LOGGING_RULES="*.debug=true" would), an import (good rows, rejected rows, a refused file),
// a status import, the window's edits and their undo, a backup, an export, a checklist and a
// weekly report PDF must not put a resident's name, ID number or phone into any log message.
#include "Clock.h"
#include "csv/ResidentExporter.h"
#include "csv/ResidentImporter.h"
#include "csv/StatusImporter.h"
#include "reports/Checklist.h"
#include "reports/ChecklistDocument.h"
#include "reports/WeeklyReportDocument.h"
#include "storage/AuditedEdits.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ResidentStore.h"
#include "storage/WardStore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

namespace {

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages << QString::fromLatin1(context.category ? context.category : "") +
                          QStringLiteral(": ") + message;
    }
    if (type == QtFatalMsg && g_previous)
        g_previous(type, context, message);
}

QString data(const char *name)
{
    return QStringLiteral(SOTAY06_TEST_DATA "/csv/") + QLatin1String(name);
}

// The names, ID numbers and phones of a residents or statuses file (plain comma files).
QStringList personalValuesIn(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).trimmed().split(QLatin1Char(','));
    QList<int> columns;
    for (const char *name : {"Họ và tên", "Số định danh", "Số điện thoại"})
        columns << header.indexOf(QString::fromUtf8(name));
    QStringList out;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].trimmed().split(QLatin1Char(','));
        for (int c : columns) {
            const QString v = cells.value(c).trimmed();
            if (v.size() >= 6)
                out << v;
        }
    }
    return out;
}

} // namespace

class tst_LogPrivacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nothingPersonalInLogOutput();

private:
    QTemporaryDir m_dir;
};

void tst_LogPrivacy::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    Clock::setFixedToday(QDate(2026, 11, 23));
    g_previous = qInstallMessageHandler(collect);
}

void tst_LogPrivacy::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    Clock::setFixedToday(QDate());
}

void tst_LogPrivacy::nothingPersonalInLogOutput()
{
    const QString path = m_dir.filePath(QStringLiteral("ward.sotay06"));
    auto opened = Database::open(path, Database::Mode::Create);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    db.setOperatorName(QStringLiteral("Tổ trưởng"));
    WardInfo ward;
    ward.name = QStringLiteral("Phường Phước Tiến");
    QVERIFY(WardStore(db).saveWard(ward));

    // Imports: good rows, a file with rejected rows (valid only), a refused file, statuses.
    ImportSummary s = ResidentImporter(db).run(data("good_utf8.csv"), ImportOptions{});
    QVERIFY(s.written);
    ImportOptions validOnly;
    validOnly.validOnly = true;
    s = ResidentImporter(db).run(data("bad_rows.csv"), validOnly);
    QVERIFY(s.rejectedCount > 0);
    s = ResidentImporter(db).run(data("bad_missing_required.csv"), ImportOptions{});
    QVERIFY(!s.written);
    s = StatusImporter(db).run(data("good_statuses.csv"), ImportOptions{});
    QVERIFY(s.written);

    // The window's edits and undo, through core.
    ResidentStore store(db);
    QSqlQuery ids(db.connection());
    QVERIFY(ids.exec(QStringLiteral("SELECT id, household_id FROM resident ORDER BY id LIMIT 1")));
    QVERIFY(ids.next());
    const qint64 residentId = ids.value(0).toLongLong();
    const qint64 householdId = ids.value(1).toLongLong();
    ids.finish();
    const Resident before = store.resident(residentId).value();
    Resident after = before;
    after.fullName = QStringLiteral("Nguyễn Văn Sửa Tên");
    after.phone = QStringLiteral("0987654321");
    after.idNumber = QStringLiteral("001085099999");
    AuditedEdits edits(db);
    QVERIFY(edits.updateResident(after));
    QVERIFY(edits.updateResident(before, AuditStep::Undo));
    ResidentStore::StatusEvent ev;
    ev.residentId = residentId;
    ev.level = 2;
    ev.status = AccountStatus::Activated;
    ev.date = QDate(2026, 11, 18);
    auto event = edits.recordStatus(ev, before.level2);
    QVERIFY(event);
    QVERIFY(edits.undoStatus(event.value(), ev, before.level2));
    AuditedEdits::OutcomeEntry visit;
    visit.householdId = householdId;
    visit.residentId = residentId;
    visit.date = QDate(2026, 11, 18);
    QVERIFY(edits.recordOutcome(visit));

    // A backup, an export, a checklist and the weekly report.
    QVERIFY(Backup::create(db, QStringLiteral("manual")));
    QVERIFY(ResidentExporter(db).exportTo(m_dir.filePath(QStringLiteral("export.csv"))));
    auto list = Checklist::load(db, QStringLiteral("Tổ dân phố 5"), QString(), Clock::today());
    QVERIFY2(list, qPrintable(list.error()));
    QVERIFY(ChecklistDocument::writePdf(list.value(), m_dir.filePath(QStringLiteral("c.pdf"))));
    auto weekly = WeeklyReportDocument::load(db, QDate(2026, 11, 19));
    QVERIFY2(weekly, qPrintable(weekly.error()));
    QVERIFY(
        WeeklyReportDocument::writePdf(weekly.value(), m_dir.filePath(QStringLiteral("w.pdf"))));

    // What the ward holds, what the files held, and the values typed in the edit.
    QStringList personal;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT full_name, ifnull(id_number, ''), phone FROM resident "
                                  "UNION ALL SELECT head_name, '', '' FROM household")));
    while (q.next()) {
        for (int c = 0; c < 3; ++c) {
            if (q.value(c).toString().size() >= 6)
                personal << q.value(c).toString();
        }
    }
    QVERIFY(personal.size() >= 6);
    for (const char *file : {"good_utf8.csv", "bad_rows.csv", "good_statuses.csv"})
        personal << personalValuesIn(data(file));
    personal << after.fullName << after.phone << after.idNumber;
    personal.removeDuplicates();

    QMutexLocker lock(&g_mutex);
    // The handler saw the program's own log lines (so a leak would have been caught).
    QVERIFY2(!g_messages.filter(QStringLiteral("sotay06.storage: backup made")).isEmpty(),
             qPrintable(g_messages.join(QLatin1Char('\n'))));
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &value : std::as_const(personal))
            QVERIFY2(!message.contains(value, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("«%1» in the log line: %2").arg(value, message)));
    }
}

// The PDFs lay text out with fonts: a QGuiApplication (offscreen), no widgets.
QTEST_MAIN(tst_LogPrivacy)
#include "tst_LogPrivacy.moc"
