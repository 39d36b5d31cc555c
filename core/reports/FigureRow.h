#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QString>

namespace sotay {

// One line of the weekly figures (interchange.md kind 4, reports.md): a residential
// group, a team, or the total.
struct FigureRow {
    qint64 id = 0; // group or team id; 0 for the total and for "not assigned"
    QString name;
    qint64 residents = 0;     // Tổng nhân khẩu
    qint64 aged14 = 0;        // Từ đủ 14 tuổi
    qint64 excluded = 0;      // Loại trừ (aged 14+ only)
    qint64 eligible = 0;      // Thuộc diện
    qint64 level1 = 0;        // Đã kích hoạt mức 1 (and level 2 not)
    qint64 level2 = 0;        // Đã kích hoạt mức 2
    qint64 approved = 0;      // Đã phê duyệt chưa kích hoạt
    qint64 received = 0;      // Đã thu nhận chờ duyệt
    qint64 notRegistered = 0; // Chưa đăng ký
    qint64 newThisWeek = 0;   // Kích hoạt mới trong tuần
    bool hasTarget = false;
    qint64 target = 0; // Chỉ tiêu in force on the as-of day
    QDate deadline;    // of that target, if any

    qint64 activated() const { return level1 + level2; }
    // Adds `count` residents in one state (the aggregate rows of ResidentStateQuery).
    void addResidents(bool isAged14, bool isExcluded, AccountStatus l1, AccountStatus l2,
                      bool isNew, qint64 count);
    void add(const FigureRow &other); // sums, targets included
    QString activationRate(QChar decimalPoint) const;
    QString targetRate(QChar decimalPoint) const;

    // num/den × 100 with one decimal, rounded half away from zero; empty when den is 0.
    static QString percent(qint64 num, qint64 den, QChar decimalPoint);
};

} // namespace sotay
