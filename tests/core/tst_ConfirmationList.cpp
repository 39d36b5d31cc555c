#include "Clock.h"
#include "WeeklyReportWard.h"
#include "reports/ConfirmationDocument.h"
#include "reports/ConfirmationList.h"
#include "reports/WeeklyFigures.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

using namespace sotay;
using sotay::testing::WeeklyReportWard;

namespace {

QStringList names(const ConfirmationList &c)
{
    QStringList out;
    for (const ConfirmationList::Entry &e : c.entries)
        out << e.name;
    return out;
}

} // namespace

class TestConfirmationList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Clock::setFixedToday(QDate(2026, 12, 31)); }
    void cleanup() { Clock::setFixedToday({}); }

    void theReportsWeek()
    {
        WeeklyReportWard w;
        auto c = ConfirmationList::load(*w.db, QDate(2026, 11, 19), QDate(2026, 11, 25));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        // Cường (level 1 on D-7), Khánh (levels 1 and 2 this week); not Phúc (excluded on D-1),
        // Ích (D-8), Dung (level 1 in October), Em (on D), Muộn (known from D).
        QCOMPARE(names(c.value()),
                 (QStringList{QStringLiteral("Trần Văn Cường"), QStringLiteral("Ngô Văn Khánh")}));
        const ConfirmationList::Entry &k = c.value().entries.at(1);
        QCOMPARE(k.level, 2);
        QCOMPARE(k.activatedOn, QDate(2026, 11, 19));
        QCOMPARE(k.group, QStringLiteral("Tổ dân phố 10"));
        QCOMPARE(k.birthYear, QStringLiteral("1975"));
        QCOMPARE(c.value().entries.at(0).level, 1);
        // The same people as the weekly report's new activations.
        auto f = WeeklyFigures::compute(*w.db, WeeklyReportWard::reportDate());
        QVERIFY(f.ok());
        QCOMPARE(qint64(c.value().entries.size()), f.value().total.newThisWeek);
    }

    void periodEdgesAndGroup()
    {
        WeeklyReportWard w;
        auto day = ConfirmationList::load(*w.db, QDate(2026, 11, 18), QDate(2026, 11, 18));
        QVERIFY(day.ok());
        QCOMPARE(names(day.value()), QStringList{QStringLiteral("Bùi Văn Ích")});
        auto later = ConfirmationList::load(*w.db, QDate(2026, 11, 26), QDate(2026, 11, 26));
        QVERIFY(later.ok());
        // On D: Em, and Muộn whom the ward learned of that very day.
        QCOMPARE(names(later.value()),
                 (QStringList{QStringLiteral("Phạm Văn Em"), QStringLiteral("Mai Văn Muộn")}));
        auto reversed = ConfirmationList::load(*w.db, QDate(2026, 11, 25), QDate(2026, 11, 19));
        QVERIFY(!reversed.ok());
        const qint64 g10 = w.group(QStringLiteral("Tổ dân phố 10"));
        auto one = ConfirmationList::load(*w.db, QDate(2026, 11, 1), QDate(2026, 11, 25), g10);
        QVERIFY(one.ok());
        QCOMPARE(one.value().group, QStringLiteral("Tổ dân phố 10"));
        QCOMPARE(names(one.value()),
                 (QStringList{QStringLiteral("Bùi Văn Ích"), QStringLiteral("Ngô Văn Khánh")}));
    }

    void documentText()
    {
        WeeklyReportWard w;
        auto c = ConfirmationList::load(*w.db, QDate(2026, 11, 19), QDate(2026, 11, 25));
        QVERIFY(c.ok());
        const QString text = ConfirmationDocument::flow(c.value()).plainText();
        for (const QString &s :
             {QStringLiteral("DANH SÁCH XÁC NHẬN"),
              QStringLiteral("từ ngày 19/11/2026 đến ngày 25/11/2026"),
              QStringLiteral("Trần Văn Cường"), QStringLiteral("Ngô Văn Khánh"),
              QStringLiteral("Ký xác nhận"), QStringLiteral("Tổng cộng: 2 người.")})
            QVERIFY2(text.contains(s), qPrintable(s));
    }

    void pdfText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        WeeklyReportWard w;
        auto c = ConfirmationList::load(*w.db, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QVERIFY(c.ok());
        const QString path = w.dir.filePath(QStringLiteral("xac-nhan.pdf"));
        auto pages = ConfirmationDocument::writePdf(c.value(), path);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QCOMPARE(pages.value(), 1);
        if (const QString keep = qEnvironmentVariable("SOTAY06_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(path, keep);
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString &s : {QStringLiteral("DANH SÁCH XÁC NHẬN"), QStringLiteral("Trang 1/1"),
                                 QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                 QStringLiteral("Bùi Văn Ích"), QStringLiteral("Mai Văn Muộn"),
                                 QStringLiteral("18/11/2026"), QStringLiteral("Trần Thị Bích")})
            QVERIFY2(text.contains(s), qPrintable(s));
    }
};

// QTextDocument lays text out with fonts: a QGuiApplication (offscreen), no widgets.
QTEST_MAIN(TestConfirmationList)
#include "tst_ConfirmationList.moc"
