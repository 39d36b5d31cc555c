#pragma once
// A residential group whose door-to-door checklist was worked out by hand (reports.md):
// three households of "Tổ dân phố 5" in walking order Số 3 ngõ 5 → Số 9 → Số 27 phố Huế
// (entered in another order), one household whose members need nothing, one team's share.

#include "ReportTestWard.h"

namespace sotay::testing {

class ChecklistWard : public ReportTestWard
{
public:
    static QDate day() { return QDate(2026, 11, 26); }

    ChecklistWard()
    {
        const qint64 g = group(QStringLiteral("Tổ dân phố 5"));
        const qint64 other = group(QStringLiteral("Tổ dân phố 6"));
        const qint64 h27 = household(g, QStringLiteral("H27"), QStringLiteral("Số 27 phố Huế"),
                                     QStringLiteral("Trần Văn Hai Bảy"));
        const qint64 h9 = household(g, QStringLiteral("H9"), QStringLiteral("Số 9 phố Huế"),
                                    QStringLiteral("Lê Thị Chín"));
        const qint64 hDone = household(g, QStringLiteral("H11"), QStringLiteral("Số 11 phố Huế"),
                                       QStringLiteral("Phạm Văn Xong"));
        const qint64 hLane =
            household(g, QStringLiteral("H3"), QStringLiteral("Số 3 ngõ 5 phố Huế"),
                      QStringLiteral("Đặng Văn Ngõ"));
        const qint64 hOther =
            household(other, QStringLiteral("H6"), QStringLiteral("Số 1 phố Huế"));

        // Số 27: head approved at level 1 (ID shown masked), a son activated at level 1 only, a
        // child of 13.
        const qint64 head27 = person(h27, QStringLiteral("Trần Văn Hai Bảy"),
                                     QStringLiteral("1980-04-04"), QStringLiteral("Chủ hộ"),
                                     QStringLiteral("001080123456"), QStringLiteral("0912345678"));
        status(head27, 1, AccountStatus::Approved, QDate(2026, 11, 2));
        const qint64 son = person(h27, QStringLiteral("Trần Văn Con"), QStringLiteral("2005"),
                                  QStringLiteral("Con"));
        status(son, 1, AccountStatus::Activated, QDate(2026, 10, 2));
        person(h27, QStringLiteral("Trần Thị Bé"), QStringLiteral("2013-01-01"),
               QStringLiteral("Con"));

        // Số 9: head with nothing and no ID (card first), wife with an ID and nothing (install
        // and register), daughter received and waiting (not listed), an excluded member.
        person(h9, QStringLiteral("Lê Thị Chín"), QStringLiteral("1975-09-09"),
               QStringLiteral("Chủ hộ"));
        person(h9, QStringLiteral("Hồ Văn Rể"), QStringLiteral("1974-02-02"),
               QStringLiteral("Chồng"), QStringLiteral("001074987654"),
               QStringLiteral("0987654321"));
        const qint64 waiting = person(h9, QStringLiteral("Hồ Thị Chờ"),
                                      QStringLiteral("2000-01-01"), QStringLiteral("Con"));
        status(waiting, 1, AccountStatus::Received, QDate(2026, 11, 3));
        const qint64 away = person(h9, QStringLiteral("Hồ Văn Xa"), QStringLiteral("1999-01-01"),
                                   QStringLiteral("Con"));
        exclude(away, ExclusionReason::Abroad, QDate(2026, 6, 1));

        // Số 11: level 2 activated, and approved at level 2 after level 1: only the second is
        // listed, for level 2.
        const qint64 done = person(hDone, QStringLiteral("Phạm Văn Xong"), QStringLiteral("1960"),
                                   QStringLiteral("Chủ hộ"));
        status(done, 2, AccountStatus::Activated, QDate(2026, 9, 9));
        const qint64 wife = person(hDone, QStringLiteral("Ngô Thị Vợ"), QStringLiteral("1962"),
                                   QStringLiteral("Vợ"));
        status(wife, 1, AccountStatus::Activated, QDate(2026, 9, 9));
        status(wife, 2, AccountStatus::Approved, QDate(2026, 11, 1));

        // Số 3 ngõ 5: someone who turns 14 today, and a level-2 activated one.
        person(hLane, QStringLiteral("Đặng Văn Mười Bốn"), QStringLiteral("2012-11-26"),
               QStringLiteral("Con"));
        const qint64 lane2 = person(hLane, QStringLiteral("Đặng Văn Ngõ"), QStringLiteral("1970"),
                                    QStringLiteral("Chủ hộ"));
        status(lane2, 2, AccountStatus::Activated, QDate(2026, 9, 9));

        person(hOther, QStringLiteral("Khác Tổ"), QStringLiteral("1970"), QStringLiteral("Chủ hộ"));

        // Teams: the group is team A's, household Số 9 is team B's.
        teamA = team(QStringLiteral("Tổ công tác A"));
        teamB = team(QStringLiteral("Tổ công tác B"));
        assign(teamA, g, 0);
        assign(teamB, 0, h9);
    }

    qint64 person(qint64 household, const QString &name, const QString &birth,
                  const QString &relation, const QString &idNumber = {}, const QString &phone = {})
    {
        const qint64 id = resident(household, name, birth, QDate(2026, 1, 1), idNumber, phone);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE resident SET relation = ? WHERE id = ?"));
        q.addBindValue(relation);
        q.addBindValue(id);
        q.exec();
        return id;
    }

    qint64 teamA = 0;
    qint64 teamB = 0;
};

} // namespace sotay::testing
