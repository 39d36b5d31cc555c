#include "window/ProgressDelegate.h"

#include "window/WardTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace sotay {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const auto kind = WardTreeModel::Kind(index.data(WardTreeModel::KindRole).toInt());
    // Households show their resident count; groups not counted yet show "…".
    if (kind == WardTreeModel::Kind::Household ||
        !index.data(WardTreeModel::EligibleRole).isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const qint64 eligible = index.data(WardTreeModel::EligibleRole).toLongLong();
    const qint64 activated = index.data(WardTreeModel::ActivatedRole).toLongLong();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = eligible > 0 ? int(activated * 1000 / eligible) : 0;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.text = eligible > 0 ? QStringLiteral("%1/%2 (%3%)")
                                  .arg(activated)
                                  .arg(eligible)
                                  .arg(QLocale().toString(activated * 100.0 / eligible, 'f', 0))
                            : QStringLiteral("0/0");
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(
        qMax(s.width(),
             option.fontMetrics.horizontalAdvance(QStringLiteral("00000/00000 (100%)")) + 16));
    return s;
}

} // namespace sotay
