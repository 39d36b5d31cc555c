// `sotay06-cli import …` and `export residents` through the real binary (cli.md, interchange.md).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CliProcess.h"

namespace {

using Run = sotay::testing::CliRun;

Run cli(const QStringList &args)
{
    return sotay::testing::runCli(args, QDate(2026, 11, 23));
}

QString data(const QString &name)
{
    return QStringLiteral(SOTAY06_TEST_DATA "/csv/") + name;
}

QByteArray readAll(const QString &path)
{
    return sotay::testing::readFile(path);
}

} // namespace

class TestCsvCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importResidents_data();
    void importResidents();
    void rejectedRowsListed();
    void validOnly();
    void dryRun_data();
    void dryRun();
    void refusedFile_data();
    void refusedFile();
    void usage_data();
    void usage();
    void databaseCannotOpen();
    void exportImportExportSameBytes();
    void statusesAndTargets();

private:
    QString importedWard(); // a ward holding good_utf8.csv
    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;
};

void TestCsvCli::init()
{
    m_db = m_dir.filePath(QStringLiteral("w%1.sotay06").arg(++m_counter));
    const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("init"),
                       QStringLiteral("--ward"), QStringLiteral("Phường Phước Tiến")});
    QCOMPARE(r.exitCode, 0);
}

void TestCsvCli::importResidents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf8") << "good_utf8.csv"
                          << "UTF-8";
    QTest::newRow("cp1258") << "good_cp1258_semicolon.csv"
                            << "Windows-1258";
    QTest::newRow("utf16") << "good_utf16le_tab.csv"
                           << "UTF-16 LE";
    QTest::newRow("quoted") << "good_quoted_multiline.csv"
                            << "UTF-8";
}

void TestCsvCli::importResidents()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("import"), QStringLiteral("residents"), data(file)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Encoding: %1;").arg(encoding)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Added: 5; updated: 0; unchanged: 0; rejected: 0")),
             qPrintable(r.out));
    // Again: nothing changes.
    const Run again =
        cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("import"), QStringLiteral("residents"), data(file)});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("Added: 0; updated: 0; unchanged: 5; rejected: 0")),
             qPrintable(again.out));
}

void TestCsvCli::rejectedRowsListed()
{
    const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                       QStringLiteral("residents"), data(QStringLiteral("bad_rows.csv"))});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    // One line per rejected row: LINE:COLUMN: message, the column as the file spells it.
    const QStringList prefixes{QStringLiteral("3:Số định danh: "),
                               QStringLiteral("4:Số định danh: "),
                               QStringLiteral("5:Ngày sinh: "),
                               QStringLiteral("6:Ngày sinh: "),
                               QStringLiteral("7:Mức 1: "),
                               QStringLiteral("8:Loại trừ: "),
                               QStringLiteral("9:Ngày kích hoạt mức 1: "),
                               QStringLiteral("10:Ngày kích hoạt mức 1: "),
                               QStringLiteral("11:Số điện thoại: "),
                               QStringLiteral("12:Họ và tên: "),
                               QStringLiteral("13:: "),
                               QStringLiteral("14:Ngày sinh: ")};
    for (const QString &prefix : prefixes) {
        const bool found = std::any_of(lines.begin(), lines.end(),
                                       [&](const QString &l) { return l.startsWith(prefix); });
        QVERIFY2(found, qPrintable(prefix + QLatin1String(" missing in:\n") + r.out));
    }
    QVERIFY(r.out.contains(QStringLiteral("; Số định danh: ")));
    // Nothing was written.
    const QString out = m_dir.filePath(QStringLiteral("after.csv"));
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                  QStringLiteral("residents"), out})
                 .exitCode,
             0);
    QCOMPARE(readAll(out).count('\n'), 1);
}

void TestCsvCli::validOnly()
{
    const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("import"), QStringLiteral("residents"),
                       data(QStringLiteral("bad_rows.csv")), QStringLiteral("--valid-only")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Added: 1; updated: 0; unchanged: 0; rejected: 12")),
             qPrintable(r.out));
    const QString out = m_dir.filePath(QStringLiteral("valid.csv"));
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                  QStringLiteral("residents"), out})
                 .exitCode,
             0);
    QCOMPARE(readAll(out).count('\n'), 2);
}

void TestCsvCli::dryRun_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("good") << "good_utf8.csv" << QStringList() << 0;
    QTest::newRow("rejected rows") << "bad_rows.csv" << QStringList() << 1;
    QTest::newRow("rejected rows, valid only")
        << "bad_rows.csv" << QStringList{QStringLiteral("--valid-only")} << 0;
    QTest::newRow("refused") << "bad_tcvn3.csv" << QStringList() << 1;
}

void TestCsvCli::dryRun()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    const QByteArray before = readAll(m_db);
    const Run r =
        cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("import"),
                        QStringLiteral("residents"), data(file), QStringLiteral("--dry-run")} +
            extra);
    QCOMPARE(r.exitCode, exitCode);
    const QString out = m_dir.filePath(QStringLiteral("dry.csv"));
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                  QStringLiteral("residents"), out})
                 .exitCode,
             0);
    QCOMPARE(readAll(out).count('\n'), 1);
}

void TestCsvCli::refusedFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("empty") << data(QStringLiteral("bad_empty.csv"));
    QTest::newRow("xlsx") << data(QStringLiteral("bad_xlsx_renamed.csv"));
    QTest::newRow("random") << data(QStringLiteral("bad_random_bytes.csv"));
    QTest::newRow("tcvn3") << data(QStringLiteral("bad_tcvn3.csv"));
    QTest::newRow("vni") << data(QStringLiteral("bad_vni.csv"));
    QTest::newRow("missing column") << data(QStringLiteral("bad_missing_required.csv"));
    QTest::newRow("no such file") << data(QStringLiteral("nothing_here.csv"));
}

void TestCsvCli::refusedFile()
{
    QFETCH(QString, file);
    const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                       QStringLiteral("residents"), file, QStringLiteral("--valid-only")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
}

void TestCsvCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    const QString f = data(QStringLiteral("good_utf8.csv"));
    QTest::newRow("no kind") << QStringList{QStringLiteral("import")};
    QTest::newRow("no file") << QStringList{QStringLiteral("import"), QStringLiteral("residents")};
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("import"), QStringLiteral("people"),
                                                 f};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("import"), QStringLiteral("residents"), f, QStringLiteral("--fast")};
    QTest::newRow("bad as-of") << QStringList{QStringLiteral("import"), QStringLiteral("residents"),
                                              f, QStringLiteral("--as-of"),
                                              QStringLiteral("hôm qua")};
    QTest::newRow("future as-of") << QStringList{
        QStringLiteral("import"), QStringLiteral("residents"), f, QStringLiteral("--as-of"),
        QStringLiteral("2026-11-24")};
    QTest::newRow("export no file")
        << QStringList{QStringLiteral("export"), QStringLiteral("residents")};
    QTest::newRow("export other kind")
        << QStringList{QStringLiteral("export"), QStringLiteral("teams"), f};
}

void TestCsvCli::usage()
{
    QFETCH(QStringList, args);
    const Run r = cli(QStringList{QStringLiteral("--db"), m_db} + args);
    QCOMPARE(r.exitCode, 2);
}

void TestCsvCli::databaseCannotOpen()
{
    const QString db = m_dir.filePath(QStringLiteral("no/such/dir/w.sotay06"));
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                       QStringLiteral("residents"), data(QStringLiteral("good_utf8.csv"))});
    QCOMPARE(r.exitCode, 3);
}

void TestCsvCli::exportImportExportSameBytes()
{
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                  QStringLiteral("residents"), data(QStringLiteral("good_header_spellings.csv"))})
                 .exitCode,
             0);
    const QString first = m_dir.filePath(QStringLiteral("first.csv"));
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                  QStringLiteral("residents"), first})
                 .exitCode,
             0);
    const QString empty = m_dir.filePath(QStringLiteral("empty.sotay06"));
    QCOMPARE(cli({QStringLiteral("--db"), empty, QStringLiteral("init"), QStringLiteral("--ward"),
                  QStringLiteral("X")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("--db"), empty, QStringLiteral("import"),
                  QStringLiteral("residents"), first})
                 .exitCode,
             0);
    const QString second = m_dir.filePath(QStringLiteral("second.csv"));
    QCOMPARE(cli({QStringLiteral("--db"), empty, QStringLiteral("export"),
                  QStringLiteral("residents"), second})
                 .exitCode,
             0);
    const QByteArray a = readAll(first), b = readAll(second);
    QVERIFY(a.startsWith("\xEF\xBB\xBFM\xC3\xA3 h\xE1\xBB\x99,"));
    QVERIFY(a.endsWith("\r\n"));
    QCOMPARE(a.count('\n'), 6);
    QCOMPARE(b, a);
}

void TestCsvCli::statusesAndTargets()
{
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                  QStringLiteral("residents"), data(QStringLiteral("good_utf8.csv"))})
                 .exitCode,
             0);
    Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"),
                 QStringLiteral("import"), QStringLiteral("statuses"),
                 data(QStringLiteral("good_statuses.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("Added: 0; updated: 3; unchanged: 0; rejected: 0")),
             qPrintable(r.out));
    r = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("statuses"),
             data(QStringLiteral("bad_statuses.csv"))});
    QCOMPARE(r.exitCode, 1);
    for (const char *prefix :
         {"2:Họ và tên: ", "3:Mức: ", "4:Trạng thái: ", "5:Ngày: ", "6:Số định danh: "})
        QVERIFY2(r.out.contains(QLatin1Char('\n') + QString::fromUtf8(prefix)), qPrintable(r.out));
    r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("import"), QStringLiteral("targets"),
             data(QStringLiteral("good_targets.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("Added: 2;")), qPrintable(r.out));
    r = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("targets"),
             data(QStringLiteral("bad_targets.csv"))});
    QCOMPARE(r.exitCode, 1);
    for (const char *prefix : {"2:Tổ dân phố: ", "3:Chỉ tiêu: ", "4:Hạn: "})
        QVERIFY2(r.out.contains(QLatin1Char('\n') + QString::fromUtf8(prefix)), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCsvCli)
#include "tst_CsvCli.moc"
