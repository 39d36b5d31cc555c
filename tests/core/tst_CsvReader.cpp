#include "csv/CsvHeader.h"
#include "csv/CsvReader.h"
#include "csv/ResidentRow.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

namespace {

using Rows = QList<QStringList>;

// The residents of tests/data/csv/make_samples.py, in the column order of interchange.md.
Rows canonical()
{
    return {
        {"HK001", "Tổ dân phố 5", "Số 27 ngõ 85 phố Trần Phú", "Nguyễn Văn An", "15/03/1985", "Nam",
         "001085012345", "0912345678", "Chủ hộ", "Thường trú", "Đã kích hoạt", "10/05/2024",
         "Đã phê duyệt", "", "", "Có", "Tổ công tác số 1"},
        {"HK001", "Tổ dân phố 5", "Số 27 ngõ 85 phố Trần Phú", "Trần Thị Bình", "1990", "Nữ",
         "001190012346", "", "Vợ", "Thường trú", "Đã thu nhận", "", "Chưa đăng ký", "", "", "Có",
         "Tổ công tác số 1"},
        {"HK001", "Tổ dân phố 5", "Số 27 ngõ 85 phố Trần Phú", "Nguyễn Hoàng Yến", "02/09/2008",
         "Nữ", "", "", "Con", "Thường trú", "Chưa đăng ký", "", "Chưa đăng ký", "", "", "Không",
         "Tổ công tác số 1"},
        {"HK002", "Tổ dân phố 10", "Số 9, ngách 4/12 phố Lê Lợi", "Lê Thị Hường", "01/01/1950",
         "Nữ", "001150098765", "02438253456", "Chủ hộ", "Tạm trú", "Chưa đăng ký", "",
         "Chưa đăng ký", "", "Vắng mặt dài ngày", "", ""},
        {"HK003", "Tổ dân phố 10", "Số 11 phố Lê Lợi", "Phạm Đức Thắng", "30/07/1948", "Nam",
         "001048000777", "0987654321", "Chủ hộ", "Thường trú", "Đã kích hoạt", "01/02/2025",
         "Đã kích hoạt", "03/04/2025", "", "Có", "Tổ công tác số 2"},
    };
}

QString data(const char *name)
{
    return QStringLiteral(SOTAY06_TEST_DATA "/csv/") + QLatin1String(name);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodFiles_data();
    void goodFiles();
    void refusedFiles_data();
    void refusedFiles();
    void cleanCell_data();
    void cleanCell();
    void detectSeparator_data();
    void detectSeparator();
    void records_data();
    void records();
    void largeFileStreams();
};

void TestCsvReader::goodFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<QList<qint64>>("lines");
    const QList<qint64> plain{2, 3, 4, 5, 6};
    const Rows all = canonical();
    QTest::newRow("utf8") << data("good_utf8.csv") << "UTF-8"
                          << "," << all << plain;
    QTest::newRow("utf8 bom") << data("good_utf8_bom.csv") << "UTF-8 (BOM)"
                              << "," << all << plain;
    QTest::newRow("utf16 le tab") << data("good_utf16le_tab.csv") << "UTF-16 LE"
                                  << "\t" << all << plain;
    QTest::newRow("utf16 be tab") << data("good_utf16be_tab.csv") << "UTF-16 BE"
                                  << "\t" << all << plain;
    QTest::newRow("cp1258 excel ;") << data("good_cp1258_semicolon.csv") << "Windows-1258"
                                    << ";" << all << plain;
    QTest::newRow("; LF no final") << data("good_semicolon_lf_nofinal.csv") << "UTF-8"
                                   << ";" << all << plain;
    QTest::newRow("tab utf8") << data("good_tab.csv") << "UTF-8"
                              << "\t" << all << plain;
    QTest::newRow("nfd") << data("good_nfd.csv") << "UTF-8"
                         << "," << all << plain;
    QTest::newRow("header spellings") << data("good_header_spellings.csv") << "UTF-8"
                                      << "," << all << plain;
    Rows quoted = all;
    quoted[0][8] = QStringLiteral("Chủ hộ \"chính\"");
    QTest::newRow("quoted multiline") << data("good_quoted_multiline.csv") << "UTF-8"
                                      << "," << quoted << plain;
    QTest::newRow("blank lines") << data("good_blank_lines.csv") << "UTF-8"
                                 << "," << all << QList<qint64>{2, 5, 6, 8, 9};
    Rows minimal;
    for (const QStringList &r : all)
        minimal << r.mid(0, 5) + QStringList(12, QString());
    QTest::newRow("minimal") << data("good_minimal_columns.csv") << "UTF-8"
                             << "," << minimal << plain;
    Rows formula = all.mid(0, 2);
    formula[0][8] = QStringLiteral("=Chủ hộ");
    formula[1][8] = QStringLiteral("-Vợ-");
    formula[1][16] = QStringLiteral("'Tổ 3");
    QTest::newRow("formula escaped") << data("good_formula_escaped.csv") << "UTF-8"
                                     << "," << formula << QList<qint64>{2, 3};
}

void TestCsvReader::goodFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, separator);
    QFETCH(Rows, expected);
    QFETCH(QList<qint64>, lines);
    CsvReader reader;
    const Status s = reader.open(file);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(reader.encodingName(), encoding);
    QCOMPARE(QString(reader.separator()), separator);
    const QVector<CsvColumn> columns = ResidentRow::columns();
    auto header = CsvHeader::map(reader.header(), columns);
    QVERIFY2(header.ok(), qPrintable(header.error()));
    CsvReader::Record rec;
    Rows got;
    QList<qint64> gotLines;
    while (reader.next(rec)) {
        QStringList row;
        for (const CsvColumn &c : columns) {
            const int i = header.value().index(c.key);
            row << (i >= 0 && i < rec.cells.size() ? rec.cells.at(i) : QString());
        }
        got << row;
        gotLines << rec.line;
    }
    QCOMPARE(reader.error(), QString());
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i) {
        for (int c = 0; c < columns.size(); ++c) {
            QCOMPARE(got[i][c], expected[i][c]);
            QCOMPARE(got[i][c], got[i][c].normalized(QString::NormalizationForm_C));
        }
    }
    QCOMPARE(gotLines, lines);
}

void TestCsvReader::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << data("bad_empty.csv") << "empty";
    QTest::newRow("only bom") << data("bad_only_bom.csv") << "empty";
    QTest::newRow("xlsx") << data("bad_xlsx_renamed.csv") << "xlsx";
    QTest::newRow("random") << data("bad_random_bytes.csv") << "CSV UTF-8";
    QTest::newRow("tcvn3") << data("bad_tcvn3.csv") << "TCVN3";
    QTest::newRow("vni") << data("bad_vni.csv") << "VNI";
    QTest::newRow("missing file") << data("no_such_file.csv") << "Cannot open";
}

void TestCsvReader::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    CsvReader reader;
    const Status s = reader.open(file);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(says), qPrintable(s.error()));
    if (says == QLatin1String("TCVN3") || says == QLatin1String("VNI"))
        QVERIFY2(s.error().contains(QLatin1String("CSV UTF-8")), qPrintable(s.error()));
}

void TestCsvReader::cleanCell_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("clean");
    QTest::newRow("trim") << "  Tổ 5  "
                          << "Tổ 5";
    QTest::newRow("inner spaces") << "Nguyễn   Văn\tAn"
                                  << "Nguyễn Văn An";
    QTest::newRow("nfd")
        << QString(QStringLiteral("Hường")).normalized(QString::NormalizationForm_D) << "Hường";
    QTest::newRow("'=") << "'=SUM(A1)"
                        << "=SUM(A1)";
    QTest::newRow("'+") << "'+84912"
                        << "+84912";
    QTest::newRow("'-") << "'-5"
                        << "-5";
    QTest::newRow("'@") << "'@x"
                        << "@x";
    QTest::newRow("''") << "''abc"
                        << "'abc";
    QTest::newRow("' kept before letters") << "'abc"
                                           << "'abc";
    QTest::newRow("only '") << "'"
                            << "'";
    QTest::newRow("only one ' dropped") << "'''=x"
                                        << "''=x";
}

void TestCsvReader::cleanCell()
{
    QFETCH(QString, raw);
    QFETCH(QString, clean);
    QCOMPARE(CsvReader::cleanCell(raw), clean);
}

void TestCsvReader::detectSeparator_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("separator");
    QTest::newRow("comma") << "a,b,c"
                           << ",";
    QTest::newRow("semicolon") << "a;b;c"
                               << ";";
    QTest::newRow("tab") << "a\tb\tc"
                         << "\t";
    QTest::newRow("comma inside quotes") << "\"a,b,c,d\";e;f"
                                         << ";";
    QTest::newRow("semicolon with commas in names") << "Họ, tên;Ngày;Mã"
                                                    << ";";
    QTest::newRow("single column") << "Mã hộ"
                                   << ",";
}

void TestCsvReader::detectSeparator()
{
    QFETCH(QString, line);
    QFETCH(QString, separator);
    QCOMPARE(QString(CsvReader::detectSeparator(line)), separator);
}

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QString>("error");
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n")
                          << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<qint64>{2, 3}
                          << QString();
    QTest::newRow("lf no final") << QByteArray("a,b\n1,2\n3,4")
                                 << QList<QStringList>{{"1", "2"}, {"3", "4"}}
                                 << QList<qint64>{2, 3} << QString();
    QTest::newRow("quoted sep and quote")
        << QByteArray("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n")
        << QList<QStringList>{{"x,y", "say \"hi\""}} << QList<qint64>{2} << QString();
    QTest::newRow("newline in quotes")
        << QByteArray("a,b\n\"l1\r\nl2\",z\n5,6\n")
        << QList<QStringList>{{"l1 l2", "z"}, {"5", "6"}} << QList<qint64>{2, 4} << QString();
    QTest::newRow("empty quoted cell")
        << QByteArray("a,b\n\"\",1\n") << QList<QStringList>{{"", "1"}} << QList<qint64>{2}
        << QString();
    QTest::newRow("separator-only and blank")
        << QByteArray("a,b\n,\n\n  \n1,2\n,,,\n") << QList<QStringList>{{"1", "2"}}
        << QList<qint64>{5} << QString();
    QTest::newRow("short row") << QByteArray("a,b,c\n1\n") << QList<QStringList>{{"1"}}
                               << QList<qint64>{2} << QString();
    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n1,2\n\"x,3\n4,5\n") << QList<QStringList>{{"1", "2"}}
        << QList<qint64>{2} << QStringLiteral("Line 3");
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("x.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    CsvReader reader;
    QVERIFY(reader.open(f.fileName()).ok());
    CsvReader::Record rec;
    QList<QStringList> got;
    QList<qint64> gotLines;
    while (reader.next(rec)) {
        got << rec.cells;
        gotLines << rec.line;
    }
    QCOMPARE(got, records);
    QCOMPARE(gotLines, lines);
    if (error.isEmpty())
        QCOMPARE(reader.error(), QString());
    else
        QVERIFY2(reader.error().contains(error), qPrintable(reader.error()));
}

void TestCsvReader::largeFileStreams()
{
    // More than a few read chunks, with a record straddling each chunk boundary.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("big.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFMã hộ,Họ và tên\r\n");
    const int n = 60000;
    for (int i = 0; i < n; ++i)
        f.write(QStringLiteral("HK%1,\"Nguyễn Văn, %1\"\r\n").arg(i).toUtf8());
    f.close();
    CsvReader reader;
    QVERIFY(reader.open(f.fileName()).ok());
    CsvReader::Record rec;
    int count = 0;
    while (reader.next(rec)) {
        QCOMPARE(rec.cells.size(), 2);
        QCOMPARE(rec.cells.at(0), QStringLiteral("HK%1").arg(count));
        QCOMPARE(rec.line, qint64(count + 2));
        ++count;
    }
    QCOMPARE(count, n);
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_CsvReader.moc"
