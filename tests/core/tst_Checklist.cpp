#include "ChecklistWard.h"
#include "Clock.h"
#include "reports/Checklist.h"
#include "reports/ChecklistDocument.h"
#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"

#include "reports/TableBlock.h"
#include "reports/TextBlock.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;
using sotay::testing::ChecklistWard;

namespace {

// "address: name [need]" per listed person, in print order.
QStringList lines(const Checklist &c)
{
    QStringList out;
    for (const Checklist::Home &h : c.homes)
        for (const Checklist::Person &p : h.people)
            out << h.address + QStringLiteral(": ") + p.name + QStringLiteral(" [") +
                       ChecklistDocument::needText(p) + QLatin1Char(']');
    return out;
}

// The text of every block of a document, in order.
QString flowText(const PageFlow &flow)
{
    QStringList out;
    for (const auto &block : flow.blocks()) {
        if (const auto *t = dynamic_cast<const TextBlock *>(block.get()))
            out << t->plainText();
        else if (const auto *table = dynamic_cast<const TableBlock *>(block.get()))
            out << table->rowTexts();
    }
    return out.join(QLatin1Char('\n'));
}

// The text of each page of a PDF.
QStringList pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Clock::setFixedToday(ChecklistWard::day()); }
    void cleanup() { Clock::setFixedToday({}); }

    void wholeGroupInWalkingOrder()
    {
        ChecklistWard w;
        auto c =
            Checklist::load(*w.db, QStringLiteral("  Tổ dân phố   5 "), {}, ChecklistWard::day());
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c.value().group, QStringLiteral("Tổ dân phố 5"));
        QCOMPARE(
            lines(c.value()),
            (QStringList{
                QStringLiteral("Số 9 phố Huế: Lê Thị Chín [Làm căn cước, rồi đăng ký]"),
                QStringLiteral("Số 9 phố Huế: Hồ Văn Rể [Cài VNeID, đăng ký tài khoản]"),
                QStringLiteral("Số 11 phố Huế: Ngô Thị Vợ [Kích hoạt mức 2 (đã duyệt)]"),
                QStringLiteral("Số 27 phố Huế: Trần Văn Hai Bảy [Kích hoạt mức 1 (đã duyệt)]"),
                QStringLiteral("Số 27 phố Huế: Trần Văn Con [Đăng ký mức 2 tại Công an]"),
                // The lane after the street's own houses (Address::walkKey: street, lane, number).
                QStringLiteral("Số 3 ngõ 5 phố Huế: Đặng Văn Mười Bốn [Làm căn cước, rồi đăng ký]"),
            }));
        const Checklist::Home &h27 = c.value().homes.at(2);
        QCOMPARE(h27.head, QStringLiteral("Trần Văn Hai Bảy"));
        QCOMPARE(h27.code, QStringLiteral("H27"));
        QCOMPARE(h27.people.first().maskedId, IdNumber::masked(QStringLiteral("001080123456")));
        QVERIFY(h27.people.first().maskedId.endsWith(QStringLiteral("3456")));
        QVERIFY(!h27.people.first().maskedId.contains(QStringLiteral("001080")));
        QCOMPARE(h27.people.first().phone, QStringLiteral("0912345678"));
        QCOMPARE(h27.people.first().birthYear, QStringLiteral("1980"));
        QCOMPARE(h27.people.at(1).birthYear, QStringLiteral("2005"));
        QCOMPARE(c.value().personCount(), 6);
    }

    void dayBeforeBirthday()
    {
        ChecklistWard w;
        auto c = Checklist::load(*w.db, QStringLiteral("Tổ dân phố 5"), {},
                                 ChecklistWard::day().addDays(-1));
        QVERIFY(c.ok());
        QCOMPARE(c.value().homes.last().address,
                 QStringLiteral("Số 27 phố Huế")); // Số 3 ngõ 5: nobody yet
        QCOMPARE(c.value().personCount(), 5);
    }

    void teamShare()
    {
        ChecklistWard w;
        auto b = Checklist::load(*w.db, QStringLiteral("Tổ dân phố 5"),
                                 QStringLiteral("Tổ công tác B"), ChecklistWard::day());
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b.value().team, QStringLiteral("Tổ công tác B"));
        QCOMPARE(b.value().homes.size(), 1);
        QCOMPARE(b.value().homes.first().code, QStringLiteral("H9"));
        auto a = Checklist::load(*w.db, QStringLiteral("Tổ dân phố 5"),
                                 QStringLiteral("Tổ công tác A"), ChecklistWard::day());
        QVERIFY(a.ok());
        QCOMPARE(a.value().personCount(), 4);
        for (const Checklist::Home &h : a.value().homes)
            QVERIFY(h.code != QStringLiteral("H9"));
    }

    void unknownNames()
    {
        ChecklistWard w;
        auto g = Checklist::load(*w.db, QStringLiteral("Tổ dân phố 50"), {}, ChecklistWard::day());
        QVERIFY(!g.ok());
        QVERIFY(g.error().contains(QStringLiteral("Tổ dân phố 50")));
        auto t = Checklist::load(*w.db, QStringLiteral("Tổ dân phố 5"), QStringLiteral("Tổ Z"),
                                 ChecklistWard::day());
        QVERIFY(!t.ok());
        QVERIFY(t.error().contains(QStringLiteral("Tổ Z")));
    }

    void documentText()
    {
        ChecklistWard w;
        auto c = Checklist::load(*w.db, QStringLiteral("Tổ dân phố 5"), {}, ChecklistWard::day());
        QVERIFY(c.ok());
        const QString text = flowText(ChecklistDocument::flow(c.value()));
        QVERIFY(text.contains(QStringLiteral("6 người cần hỗ trợ")));
        QVERIFY(text.contains(QStringLiteral("Chủ hộ: Trần Văn Hai Bảy")));
        QVERIFY(!text.contains(QStringLiteral("001080123456")));
        QVERIFY(text.contains(QStringLiteral("********3456")));
        // Phones are masked on printouts too (issue 6); the team reads the last digits back.
        QVERIFY(!text.contains(QStringLiteral("0912345678")));
        QVERIFY(text.contains(PhoneNumber::masked(QStringLiteral("0912345678"))));
        QCOMPARE(text.count(QStringLiteral("Phạm Văn Xong")), 1); // H11's heading; he needs nothing
        QVERIFY(text.contains(QStringLiteral("Ngô Thị Vợ")));
        QVERIFY(!text.contains(QStringLiteral("Hồ Thị Chờ")));
        QVERIFY(!text.contains(QStringLiteral("Hồ Văn Xa")));
        QVERIFY(!text.contains(QStringLiteral("Trần Thị Bé")));
        QVERIFY(!text.contains(QStringLiteral("Khác Tổ")));
        QVERIFY(text.contains(QStringLiteral("☐ Hẹn lại")));
    }

    // A long list: every page has the running header with its page x/y and the table header;
    // no household is split across pages, one bigger than a page runs over with its heading
    // repeated; ID numbers appear masked only; rows are one line each (≥ 20 per page).
    void pagingOfALongList()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Checklist c;
        c.ward.name = QStringLiteral("Phường Phước Tiến");
        c.group = QStringLiteral("Tổ dân phố 7");
        c.team = QStringLiteral("Tổ công tác A");
        c.day = ChecklistWard::day();
        int serial = 0;
        for (int h = 0; h < 120; ++h) {
            Checklist::Home home;
            home.id = h + 1;
            home.code = QStringLiteral("HK%1").arg(h, 3, 10, QLatin1Char('0'));
            home.address = QStringLiteral("Số %1 đường Lê Lợi").arg(h + 1);
            home.head = QStringLiteral("Chủ Hộ %1").arg(h);
            const int size = h == 57 ? 45 : 1 + (h * 7) % 5; // one household bigger than a page
            for (int k = 0; k < size; ++k) {
                Checklist::Person p;
                p.id = ++serial;
                p.name = QStringLiteral("Người Hộ%1 Số%2").arg(h).arg(k);
                p.relation = k == 0 ? QStringLiteral("Chủ hộ") : QStringLiteral("Con");
                p.birthYear = QStringLiteral("1990");
                p.maskedId = IdNumber::masked(
                    QStringLiteral("0010901%1").arg(serial, 5, 10, QLatin1Char('0')));
                p.phone = QStringLiteral("0912345678");
                p.need = NextStep::InstallAndRegister;
                home.people << p;
            }
            c.homes << home;
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
        auto written = ChecklistDocument::writePdf(c, pdf);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const int pageCount = written.value();
        QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), pageCount);
        QVERIFY(pageCount >= 3);
        // At least 20 residents a page on average.
        QVERIFY2(c.personCount() / pageCount >= 20, qPrintable(QString::number(pageCount)));

        QHash<int, QSet<int>> pagesOfHome; // household → pages its people are on
        for (int i = 0; i < pages.size(); ++i) {
            const QString &page = pages.at(i);
            QVERIFY(page.contains(QStringLiteral("Trang %1/%2").arg(i + 1).arg(pageCount)));
            QVERIFY(page.contains(QStringLiteral("UBND PHƯỜNG PHƯỚC TIẾN")));
            QVERIFY(page.contains(QStringLiteral("Tổ công tác: Tổ công tác A")));
            QVERIFY(page.contains(QStringLiteral("Họ và tên")));
            QVERIFY(page.contains(QStringLiteral("Kết quả")));
            QVERIFY(page.contains(QStringLiteral("TỔ TRƯỞNG TỔ CÔNG TÁC")));
            static const QRegularExpression person(QStringLiteral("Người Hộ(\\d+) Số\\d+"));
            for (auto m = person.globalMatch(page); m.hasNext();)
                pagesOfHome[m.next().captured(1).toInt()].insert(i);
            // A page starting inside the big household repeats its heading.
            if (i > 0 && pagesOfHome.value(57).contains(i - 1) && pagesOfHome.value(57).contains(i))
                QVERIFY(page.contains(QStringLiteral("Số 58 đường Lê Lợi – Chủ hộ: Chủ Hộ 57 "
                                                     "(mã hộ HK057) (tiếp theo)")));
        }
        QCOMPARE(pagesOfHome.size(), 120);
        for (auto it = pagesOfHome.cbegin(); it != pagesOfHome.cend(); ++it) {
            if (it.key() == 57)
                QVERIFY(it.value().size() >= 2);
            else
                QVERIFY2(it.value().size() == 1, qPrintable(QString::number(it.key())));
        }
        const QString all = pages.join(QLatin1Char('\f'));
        QVERIFY(all.contains(QStringLiteral("********0001")));
        QVERIFY(!all.contains(QStringLiteral("001090100001")));
        QCOMPARE(all.count(QStringLiteral("Hẹn lại")), c.personCount());
    }

    void emptyList()
    {
        Checklist c;
        c.ward.name = QStringLiteral("Phường Phước Tiến");
        c.group = QStringLiteral("Tổ dân phố 7");
        c.day = ChecklistWard::day();
        QTemporaryDir dir;
        auto written = ChecklistDocument::writePdf(c, dir.filePath(QStringLiteral("e.pdf")));
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 1);
        QVERIFY(flowText(ChecklistDocument::flow(c))
                    .contains(QStringLiteral("Không có nhân khẩu nào cần hỗ trợ")));
    }
};

// Text is laid out with fonts: a QGuiApplication (offscreen), no widgets.
QTEST_MAIN(TestChecklist)
#include "tst_Checklist.moc"
