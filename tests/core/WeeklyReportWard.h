#pragma once
// A small ward whose weekly report of Thursday 26/11/2026 (week 19/11 … 25/11, state at the
// end of 25/11) was computed by hand; shared by the CSV, document and CLI tests.

#include "ReportTestWard.h"

#include <QByteArray>

namespace sotay::testing {

class WeeklyReportWard : public ReportTestWard
{
public:
    static QDate reportDate() { return QDate(2026, 11, 26); }

    WeeklyReportWard()
    {
        const QDate jan(2026, 1, 1);
        // Created in this order on purpose: the report lists groups in natural order.
        const qint64 g10 = group(QStringLiteral("Tổ dân phố 10"));
        const qint64 g2 = group(QStringLiteral("Tổ dân phố 2"));
        group(QStringLiteral("Tổ dân phố 3")); // nobody lives there: 0/0 gives empty rates
        const qint64 h2 = household(g2, QStringLiteral("H2-1"), QStringLiteral("Số 9 phố Huế"));
        const qint64 h10 = household(g10, QStringLiteral("H10-1"), QStringLiteral("Số 27 phố Huế"));

        // Tổ dân phố 2
        an = resident(h2, QStringLiteral("Nguyễn Văn An"),
                      QStringLiteral("2012-11-25")); // 14 on D-1
        resident(h2, QStringLiteral("Nguyễn Thị Bình"),
                 QStringLiteral("2012-11-26")); // 14 on D: a child
        const qint64 c =
            resident(h2, QStringLiteral("Trần Văn Cường"), QStringLiteral("1980-03-04"));
        status(c, 1, AccountStatus::Activated, QDate(2026, 11, 19)); // D-7: new this week
        const qint64 dd = resident(h2, QStringLiteral("Lê Thị Dung"), QStringLiteral("1970-01-01"));
        status(dd, 1, AccountStatus::Activated, QDate(2026, 10, 1));
        status(dd, 2, AccountStatus::Activated, QDate(2026, 11, 25)); // level 2 on D-1, not new
        const qint64 e =
            resident(h2, QStringLiteral("Phạm Văn Em"), QStringLiteral("1990")); // year only
        status(e, 1, AccountStatus::Approved, QDate(2026, 11, 10));
        status(e, 1, AccountStatus::Activated, QDate(2026, 11, 26)); // on D: not yet
        const qint64 f =
            resident(h2, QStringLiteral("Hoàng Văn Phúc"), QStringLiteral("1985-06-15"));
        status(f, 1, AccountStatus::Activated, QDate(2026, 11, 20));
        exclude(f, ExclusionReason::Deceased, QDate(2026, 11, 25)); // in force on D-1
        const qint64 g = resident(h2, QStringLiteral("Vũ Thị Giang"), QStringLiteral("1960-07-07"));
        status(g, 1, AccountStatus::Received, QDate(2026, 11, 1));
        exclude(g, ExclusionReason::Abroad, QDate(2026, 11, 26)); // from D: still counts
        target(g2, 0, 3, QDate(2026, 11, 1), QDate(2026, 12, 31));
        target(g2, 0, 9, QDate(2026, 11, 26)); // from D: not this report's

        // Tổ dân phố 10
        resident(h10, QStringLiteral("Đỗ Thị Hoa"), QStringLiteral("2012-02-29")); // 14 on 1/3/2026
        const qint64 i =
            resident(h10, QStringLiteral("Bùi Văn Ích"), QStringLiteral("2012")); // year only: 14
        status(i, 2, AccountStatus::Activated, QDate(2026, 11, 18));              // D-8: not new
        resident(h10, QStringLiteral("Bùi Thị Kim"), QStringLiteral("2013"));     // year only: 13
        const qint64 k =
            resident(h10, QStringLiteral("Ngô Văn Khánh"), QStringLiteral("1975-05-05"));
        status(k, 1, AccountStatus::Activated, QDate(2026, 11, 19));
        status(k, 2, AccountStatus::Activated, QDate(2026, 11, 20));
        // Learned of on D: not in this report at all.
        const qint64 late = resident(h10, QStringLiteral("Mai Văn Muộn"),
                                     QStringLiteral("1970-01-01"), QDate(2026, 11, 26));
        status(late, 1, AccountStatus::Activated, QDate(2026, 11, 26));
    }

    // The kind 4 CSV of reportDate(), computed by hand.
    static QByteArray expectedCsv()
    {
        return QByteArray("\xEF\xBB\xBF") +
               QStringLiteral(
                   "Tổ dân phố,Tổng nhân khẩu,Từ đủ 14 tuổi,Loại trừ,Thuộc diện,Đã kích hoạt mức 1,"
                   "Đã kích hoạt mức 2,Tổng đã kích hoạt,Tỷ lệ kích hoạt (%),Đã phê duyệt chưa "
                   "kích hoạt,"
                   "Đã thu nhận chờ duyệt,Chưa đăng ký,Kích hoạt mới trong tuần,Chỉ tiêu,Đạt chỉ "
                   "tiêu (%)\r\n"
                   "Tổ dân phố 2,7,6,1,5,1,1,2,40.0,1,1,1,1,3,66.7\r\n"
                   "Tổ dân phố 3,0,0,0,0,0,0,0,,0,0,0,0,,\r\n"
                   "Tổ dân phố 10,4,3,0,3,0,2,2,66.7,0,0,1,1,,\r\n"
                   "Tổng cộng,11,9,1,8,1,3,4,50.0,1,1,2,2,3,133.3\r\n")
                   .toUtf8();
    }

    // Changes dated D or later, made after the report was first printed.
    void changeAfterwards()
    {
        const qint64 h2 = household(group(QStringLiteral("Tổ dân phố 2")), QStringLiteral("H2-2"),
                                    QStringLiteral("Số 11 phố Huế"));
        const qint64 n = resident(h2, QStringLiteral("Đinh Văn Nam"), QStringLiteral("1999-09-09"),
                                  QDate(2026, 11, 27));
        status(n, 1, AccountStatus::Activated, QDate(2026, 11, 27));
        status(an, 1, AccountStatus::Activated, QDate(2026, 11, 30));
        exclude(an, ExclusionReason::Military, QDate(2026, 12, 1));
        target(group(QStringLiteral("Tổ dân phố 10")), 0, 5, QDate(2026, 11, 27));
    }

    qint64 an = 0; // turns 14 on D-1
};

} // namespace sotay::testing
