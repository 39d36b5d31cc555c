#include "ChecklistWard.h"
#include "Clock.h"
#include "reports/Checklist.h"
#include "reports/ChecklistDocument.h"
#include "rules/IdNumber.h"

#include <QTest>
#include <QTextDocument>

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
                QStringLiteral(
                    "Số 9 phố Huế: Lê Thị Chín [Làm thẻ căn cước trước, sau đó đăng ký]"),
                QStringLiteral("Số 9 phố Huế: Hồ Văn Rể [Cài ứng dụng VNeID và đăng ký tài khoản]"),
                QStringLiteral(
                    "Số 11 phố Huế: Ngô Thị Vợ [Kích hoạt tài khoản mức 2 (đã được duyệt)]"),
                QStringLiteral(
                    "Số 27 phố Huế: Trần Văn Hai Bảy [Kích hoạt tài khoản mức 1 (đã được duyệt)]"),
                QStringLiteral("Số 27 phố Huế: Trần Văn Con [Đăng ký tài khoản mức 2 tại Công an]"),
                // The lane after the street's own houses (Address::walkKey: street, lane, number).
                QStringLiteral("Số 3 ngõ 5 phố Huế: Đặng Văn Mười Bốn [Làm thẻ căn cước trước, sau "
                               "đó đăng ký]"),
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
        auto doc = ChecklistDocument::document(c.value());
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(QStringLiteral("6 người cần hỗ trợ")));
        QVERIFY(text.contains(QStringLiteral("Chủ hộ: Trần Văn Hai Bảy")));
        QVERIFY(!text.contains(QStringLiteral("001080123456")));
        QCOMPARE(text.count(QStringLiteral("Phạm Văn Xong")), 1); // H11's heading; he needs nothing
        QVERIFY(text.contains(QStringLiteral("Ngô Thị Vợ")));
        QVERIFY(!text.contains(QStringLiteral("Hồ Thị Chờ")));
        QVERIFY(!text.contains(QStringLiteral("Hồ Văn Xa")));
        QVERIFY(!text.contains(QStringLiteral("Trần Thị Bé")));
        QVERIFY(!text.contains(QStringLiteral("Khác Tổ")));
        QVERIFY(text.contains(QStringLiteral("□ Hẹn lại")));
    }
};

// QTextDocument lays text out with fonts: a QGuiApplication (offscreen), no widgets.
QTEST_MAIN(TestChecklist)
#include "tst_Checklist.moc"
