#include "reports/FigureRow.h"

#include "rules/StatusRules.h"

namespace sotay {

void FigureRow::addResidents(bool isAged14, bool isExcluded, AccountStatus l1, AccountStatus l2,
                             bool isNew, qint64 count) {
    residents += count;
    if (!isAged14)
        return;
    aged14 += count;
    if (isExcluded) {
        excluded += count;
        return;
    }
    eligible += count;
    switch (StatusRules::category(l1, l2)) {
    case ReportCategory::ActivatedLevel2:
        level2 += count;
        break;
    case ReportCategory::ActivatedLevel1:
        level1 += count;
        break;
    case ReportCategory::ApprovedNotActivated:
        approved += count;
        break;
    case ReportCategory::ReceivedWaiting:
        received += count;
        break;
    case ReportCategory::NotRegistered:
        notRegistered += count;
        break;
    }
    if (isNew)
        newThisWeek += count;
}

void FigureRow::add(const FigureRow &o) {
    residents += o.residents;
    aged14 += o.aged14;
    excluded += o.excluded;
    eligible += o.eligible;
    level1 += o.level1;
    level2 += o.level2;
    approved += o.approved;
    received += o.received;
    notRegistered += o.notRegistered;
    newThisWeek += o.newThisWeek;
    if (o.hasTarget) {
        hasTarget = true;
        target += o.target;
    }
}

QString FigureRow::activationRate(QChar decimalPoint) const {
    return percent(activated(), eligible, decimalPoint);
}

QString FigureRow::targetRate(QChar decimalPoint) const {
    return hasTarget ? percent(activated(), target, decimalPoint) : QString();
}

QString FigureRow::percent(qint64 num, qint64 den, QChar decimalPoint) {
    if (den <= 0 || num < 0)
        return {};
    // Tenths of a percent, exactly: round(num × 1000 / den) half up (all values >= 0).
    const qint64 tenths = (num * 2000 + den) / (2 * den);
    return QString::number(tenths / 10) + decimalPoint + QString::number(tenths % 10);
}

} // namespace sotay
