#include "Clock.h"
#include "csv/ResidentImporter.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

namespace {
QString data(const QString &name)
{
    return QStringLiteral(SOTAY06_TEST_DATA "/csv/") + name;
}
} // namespace

class TestResidentImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyVariantIsTheSameData_data();
    void everyVariantIsTheSameData();
    void storesWhatTheFileSays();
    void reimportChangesNothing();
    void rejectedRows_data();
    void rejectedRows();
    void rejectedFileWritesNothing();
    void validOnlyWritesTheValidRows();
    void dryRunWritesNothing();
    void refusedFiles_data();
    void refusedFiles();
    void statusNeverBackwards();
    void activationDateKept();
    void identityFillsIdNumber();
    void emptyCellKeepsStoredValue();
    void teamNamesMatchIgnoringCaseAndMarks();
    void asOfDay();
    void futureAsOfRefused();
    void cancelRollsBack();
    void progressReported();

private:
    ImportSummary import(const QString &file, ImportOptions options = {});
    int count(const QString &sql);
    QString text(const QString &sql);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

void TestResidentImporter::init()
{
    Clock::setFixedToday(QDate(2026, 11, 23));
    auto r = Database::open(m_dir.filePath(QStringLiteral("w%1.sotay06").arg(++m_counter)),
                            Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    m_db = r.take();
}

void TestResidentImporter::cleanup()
{
    m_db.reset();
    Clock::setFixedToday(QDate());
}

ImportSummary TestResidentImporter::import(const QString &file, ImportOptions options)
{
    ResidentImporter importer(*m_db);
    return importer.run(data(file), options);
}

int TestResidentImporter::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString TestResidentImporter::text(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

void TestResidentImporter::everyVariantIsTheSameData_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f :
         {"good_utf8.csv", "good_utf8_bom.csv", "good_utf16le_tab.csv", "good_utf16be_tab.csv",
          "good_cp1258_semicolon.csv", "good_semicolon_lf_nofinal.csv", "good_tab.csv",
          "good_nfd.csv", "good_header_spellings.csv", "good_blank_lines.csv",
          "good_minimal_columns.csv"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestResidentImporter::everyVariantIsTheSameData()
{
    // Imported first, each variant adds the five residents; after the plain UTF-8 file it
    // changes nothing, because it holds the same data.
    QFETCH(QString, file);
    const ImportSummary first = import(file);
    QVERIFY2(first.refusal.isEmpty(), qPrintable(first.refusal));
    QCOMPARE(first.rejectedCount, 0);
    QCOMPARE(first.added, 5);
    QVERIFY(first.written);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident")), 5);
    QCOMPARE(
        text(QStringLiteral("SELECT birth_date FROM resident WHERE full_name = 'Lê Thị Hường'")),
        QStringLiteral("1950-01-01"));
    const ImportSummary again = import(QStringLiteral("good_utf8.csv"));
    QCOMPARE(again.added, 0);
    QCOMPARE(again.rejectedCount, 0);
    if (file != QLatin1String("good_minimal_columns.csv")) {
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 5);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident")), 5);
}

void TestResidentImporter::storesWhatTheFileSays()
{
    const ImportSummary s = import(QStringLiteral("good_utf8.csv"));
    QCOMPARE(s.added, 5);
    QCOMPARE(s.encoding, QStringLiteral("UTF-8"));
    QVERIFY2(s.written, qPrintable(s.databaseError + s.refusal));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM res_group")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household")), 3);
    QCOMPARE(text(QStringLiteral("SELECT address FROM household WHERE code = 'HK002'")),
             QStringLiteral("Số 9, ngách 4/12 phố Lê Lợi"));
    // An: level 1 activated on its date, level 2 approved as of the import's day.
    QCOMPARE(text(QStringLiteral(
                 "SELECT l1_status || ' ' || l1_date || ' ' || l2_status || ' ' || l2_date "
                 "FROM resident WHERE id_number = '001085012345'")),
             QStringLiteral("3 2024-05-10 2 2026-11-23"));
    QCOMPARE(
        text(QStringLiteral("SELECT phone || ' ' || gender || ' ' || smartphone || ' ' || relation "
                            "FROM resident WHERE id_number = '001085012345'")),
        QStringLiteral("0912345678 1 1 Chủ hộ"));
    QCOMPARE(text(QStringLiteral("SELECT birth_date || ' ' || birth_eff FROM resident WHERE "
                                 "full_name = 'Trần Thị Bình'")),
             QStringLiteral("1990 1990-01-01"));
    QCOMPARE(text(QStringLiteral(
                 "SELECT id_number IS NULL FROM resident WHERE full_name = 'Nguyễn Hoàng Yến'")),
             QStringLiteral("1"));
    QCOMPARE(text(QStringLiteral(
                 "SELECT residence || ' ' || exclusion || ' ' || excluded_on FROM resident "
                 "WHERE full_name = 'Lê Thị Hường'")),
             QStringLiteral("1 2 2026-11-23"));
    // Each status event says where it came from.
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM status_event WHERE source <> 'good_utf8.csv'")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_event")), 5);
    // Teams: found or created by name, households assigned.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM team")), 2);
    QCOMPARE(text(QStringLiteral(
                 "SELECT t.name FROM assignment a JOIN team t ON t.id = a.team_id JOIN household h "
                 "ON h.id = a.household_id WHERE h.code = 'HK003'")),
             QStringLiteral("Tổ công tác số 2"));
    // One audit entry for the whole import, with the file name and the counts.
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import.residents'")),
        1);
    const QString detail =
        text(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'import.residents'"));
    QVERIFY2(detail.contains(QLatin1String("good_utf8.csv")) &&
                 detail.contains(QLatin1String("added=5")),
             qPrintable(detail));
}

void TestResidentImporter::reimportChangesNothing()
{
    QCOMPARE(import(QStringLiteral("good_utf8.csv")).added, 5);
    const int events = count(QStringLiteral("SELECT count(*) FROM status_event"));
    const ImportSummary s = import(QStringLiteral("good_utf8.csv"));
    QCOMPARE(s.added, 0);
    QCOMPARE(s.updated, 0);
    QCOMPARE(s.unchanged, 5);
    QCOMPARE(s.warningCount, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_event")), events);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exclusion_event")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assignment")), 2);
}

void TestResidentImporter::rejectedRows_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    // tests/data/csv/bad_rows.csv: LINE:COLUMN: message, as cli.md prints them.
    QTest::newRow("ID year")
        << 0 << "3:Số định danh: digits 5–6 of the ID number (85) do not match the birth year 1990";
    QTest::newRow("duplicate ID")
        << 1
        << "4:Số định danh: digits 5–6 of the ID number (85) do not match the birth "
           "year 1950; Số định danh: the same ID number is already on line 2";
    QTest::newRow("future birth") << 2 << "5:Ngày sinh: the birth date 01/01/2027 is in the future";
    QTest::newRow("unreadable birth")
        << 3 << "6:Ngày sinh: “31/02/2000” is not a date; write dd/mm/yyyy, or the year yyyy";
    QTest::newRow("unknown status")
        << 4
        << "7:Mức 1: “Xong” is not a status; write Chưa đăng ký, Đã thu nhận, Đã "
           "phê duyệt or Đã kích hoạt";
    QTest::newRow("unknown exclusion") << 5 << "8:Loại trừ: “Đi chơi” is not an exclusion reason";
    QTest::newRow("activation without activated")
        << 6
        << "9:Ngày kích hoạt mức 1: an activation date needs the "
           "status “Đã kích hoạt” in the column “Mức 1”";
    QTest::newRow("activation after today")
        << 7 << "10:Ngày kích hoạt mức 1: the activation date 24/11/2026 is after today";
    QTest::newRow("phone") << 8 << "11:Số điện thoại: ";
    QTest::newRow("missing name") << 9
                                  << "12:Họ và tên: the value is missing; this column is required";
    QTest::newRow("too many cells")
        << 10 << "13:: the row has 18 cells but the header only 17 columns";
    QTest::newRow("two cells")
        << 11
        << "14:Ngày sinh: the birth date 1/1/2027 is in the future; Số định danh: the "
           "ID number must have exactly 12 digits (it has 5 characters)";
}

void TestResidentImporter::rejectedRows()
{
    QFETCH(int, index);
    QFETCH(QString, expected);
    const ImportSummary s = import(QStringLiteral("bad_rows.csv"));
    QCOMPARE(s.rejectedCount, 12);
    QCOMPARE(s.added, 1);
    QVERIFY(index < s.rejected.size());
    const QString got = s.rejected.at(index).text();
    QVERIFY2(got.startsWith(expected), qPrintable(got));
}

void TestResidentImporter::rejectedFileWritesNothing()
{
    const ImportSummary s = import(QStringLiteral("bad_rows.csv"));
    QVERIFY(!s.written);
    QCOMPARE(s.exitCode(false), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TestResidentImporter::validOnlyWritesTheValidRows()
{
    ImportOptions o;
    o.validOnly = true;
    const ImportSummary s = import(QStringLiteral("bad_rows.csv"), o);
    QVERIFY(s.written);
    QCOMPARE(s.exitCode(true), 0);
    QCOMPARE(s.added, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident")), 1);
    QCOMPARE(text(QStringLiteral("SELECT id_number FROM resident")),
             QStringLiteral("001085012399"));
    QVERIFY(text(QStringLiteral("SELECT detail FROM audit_log"))
                .contains(QLatin1String("rejected=12")));
}

void TestResidentImporter::dryRunWritesNothing()
{
    ImportOptions o;
    o.dryRun = true;
    const ImportSummary s = import(QStringLiteral("good_utf8.csv"), o);
    QCOMPARE(s.added, 5);
    QVERIFY(!s.written);
    QCOMPARE(s.exitCode(false), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TestResidentImporter::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << "bad_empty.csv"
                           << "empty";
    QTest::newRow("xlsx") << "bad_xlsx_renamed.csv"
                          << "xlsx";
    QTest::newRow("random") << "bad_random_bytes.csv"
                            << "CSV UTF-8";
    QTest::newRow("tcvn3") << "bad_tcvn3.csv"
                           << "TCVN3";
    QTest::newRow("vni") << "bad_vni.csv"
                         << "VNI";
    QTest::newRow("missing column") << "bad_missing_required.csv"
                                    << "“Họ và tên”";
    QTest::newRow("unclosed quote") << "bad_unclosed_quote.csv"
                                    << "Line 4";
    QTest::newRow("status file") << "good_statuses.csv"
                                 << "“Mã hộ”";
}

void TestResidentImporter::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    ImportOptions o;
    o.validOnly = true;
    const ImportSummary s = import(file, o);
    QVERIFY2(s.refusal.contains(says), qPrintable(s.refusal));
    QVERIFY(!s.written);
    QCOMPARE(s.exitCode(true), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident")), 0);
}

void TestResidentImporter::statusNeverBackwards()
{
    import(QStringLiteral("good_utf8.csv"));
    // Phạm Đức Thắng is activated at both levels; a file saying less changes nothing.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("older.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Mã hộ,Tổ dân phố,Địa chỉ,Họ và tên,Ngày sinh,Số định danh,Mức 1,Mức 2\r\n"
            "HK003,Tổ dân phố 10,Số 11 phố Lê Lợi,Phạm Đức Thắng,30/07/1948,001048000777,Đã thu "
            "nhận,Chưa đăng ký\r\n");
    f.close();
    ResidentImporter importer(*m_db);
    const ImportSummary s = importer.run(f.fileName(), {});
    QCOMPARE(s.unchanged, 1);
    QCOMPARE(s.warningCount, 2);
    QVERIFY2(s.warnings.at(0).startsWith(QStringLiteral("2: level 1: the file says “Đã thu nhận”")),
             qPrintable(s.warnings.at(0)));
    QCOMPARE(text(QStringLiteral(
                 "SELECT l1_status || l2_status FROM resident WHERE id_number = '001048000777'")),
             QStringLiteral("33"));
}

void TestResidentImporter::activationDateKept()
{
    import(QStringLiteral("good_utf8.csv"));
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("dates.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "Mã hộ,Tổ dân phố,Địa chỉ,Họ và tên,Ngày sinh,Số định danh,Mức 1,Ngày kích hoạt mức 1\r\n"
        "HK001,Tổ dân phố 5,Số 27 ngõ 85 phố Trần Phú,Nguyễn Văn An,15/03/1985,001085012345,Đã "
        "kích hoạt,01/01/2024\r\n");
    f.close();
    ResidentImporter importer(*m_db);
    const ImportSummary s = importer.run(f.fileName(), {});
    QCOMPARE(s.unchanged, 1);
    QCOMPARE(s.warningCount, 1);
    QVERIFY2(s.warnings.at(0).contains(QLatin1String("01/01/2024")) &&
                 s.warnings.at(0).contains(QLatin1String("10/05/2024")),
             qPrintable(s.warnings.at(0)));
    QCOMPARE(text(QStringLiteral("SELECT l1_date FROM resident WHERE id_number = '001085012345'")),
             QStringLiteral("2024-05-10"));
}

void TestResidentImporter::identityFillsIdNumber()
{
    import(QStringLiteral("good_utf8.csv"));
    // Yến had no ID number: the same household, name (other spelling) and birth date match her.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("ids.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Mã hộ,Tổ dân phố,Địa chỉ,Họ và tên,Ngày sinh,Số định danh,Giới tính\r\n"
            "HK001,Tổ dân phố 5,Số 27 ngõ 85 phố Trần Phú,nguyễn  hoàng "
            "yến,2/9/2008,001308001234,Nữ\r\n"
            "HK001,Tổ dân phố 5,Số 27 ngõ 85 phố Trần Phú,Nguyễn Văn Bảo,2/9/2010,,Nam\r\n");
    f.close();
    ResidentImporter importer(*m_db);
    const ImportSummary s = importer.run(f.fileName(), {});
    QCOMPARE(s.rejectedCount, 0);
    QCOMPARE(s.updated, 1);
    QCOMPARE(s.added, 1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM resident WHERE id_number = '001308001234'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident")), 6);
}

void TestResidentImporter::emptyCellKeepsStoredValue()
{
    import(QStringLiteral("good_utf8.csv"));
    QCOMPARE(import(QStringLiteral("good_minimal_columns.csv")).unchanged, 5);
    QCOMPARE(
        text(QStringLiteral(
            "SELECT phone || ' ' || l1_status FROM resident WHERE id_number = '001085012345'")),
        QStringLiteral("0912345678 3"));
    QCOMPARE(
        text(QStringLiteral("SELECT exclusion FROM resident WHERE id_number = '001150098765'")),
        QStringLiteral("2"));
}

void TestResidentImporter::teamNamesMatchIgnoringCaseAndMarks()
{
    // The Teams page refuses a second team whose name differs only in case or marks; an
    // import must find the existing team instead of making one.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO team(name) VALUES ('TỔ CÔNG TAC SO 2')")));
    const qint64 existing = q.lastInsertId().toLongLong();
    QVERIFY(import(QStringLiteral("good_utf8.csv")).written);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM team")), 2);
    QCOMPARE(count(QStringLiteral("SELECT a.team_id FROM assignment a JOIN household h "
                                  "ON h.id = a.household_id WHERE h.code = 'HK003'")),
             int(existing));
}

void TestResidentImporter::asOfDay()
{
    ImportOptions o;
    o.asOf = QDate(2026, 10, 1);
    const ImportSummary s = import(QStringLiteral("good_utf8.csv"), o);
    QCOMPARE(s.added, 5);
    QCOMPARE(
        text(QStringLiteral(
            "SELECT known_since || ' ' || l2_date FROM resident WHERE id_number = '001085012345'")),
        QStringLiteral("2026-10-01 2026-10-01"));
    QCOMPARE(text(QStringLiteral(
                 "SELECT group_concat(DISTINCT date) FROM status_event WHERE status <> 3")),
             QStringLiteral("2026-10-01"));
}

void TestResidentImporter::futureAsOfRefused()
{
    ImportOptions o;
    o.asOf = QDate(2026, 11, 24);
    const ImportSummary s = import(QStringLiteral("good_utf8.csv"), o);
    QVERIFY(!s.refusal.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident")), 0);
}

void TestResidentImporter::cancelRollsBack()
{
    std::atomic<bool> cancel{true};
    ImportOptions o;
    o.cancel = &cancel;
    const ImportSummary s = import(QStringLiteral("good_utf8.csv"), o);
    QVERIFY(s.cancelled);
    QVERIFY(!s.written);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM res_group")), 0);
}

void TestResidentImporter::progressReported()
{
    qint64 last = -1, total = -1;
    ImportOptions o;
    o.progress = [&](qint64 done, qint64 all) {
        QVERIFY(done >= last);
        last = done;
        total = all;
    };
    import(QStringLiteral("good_utf8.csv"), o);
    QCOMPARE(total, QFileInfo(data(QStringLiteral("good_utf8.csv"))).size());
    QCOMPARE(last, total);
}

QTEST_GUILESS_MAIN(TestResidentImporter)
#include "tst_ResidentImporter.moc"
