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

    const QString text = eligible > 0
                             ? QStringLiteral("%1/%2 (%3%)")
                                   .arg(activated)
                                   .arg(eligible)
                                   .arg(QLocale().toString(activated * 100.0 / eligible, 'f', 0))
                             : QStringLiteral("0/0");
    // The figures sit right of the bar, not over it: styles draw a bar's own label in
    // different places and in a narrow column it ran over the bar and got clipped.
    const QRect cell = option.rect.adjusted(3, 3, -3, -3);
    const int textWidth = option.fontMetrics.horizontalAdvance(text) + 6;
    const int barWidth = qMax(12, cell.width() - textWidth);

    QStyleOptionProgressBar bar;
    bar.rect = QRect(cell.left(), cell.top(), barWidth, cell.height());
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = eligible > 0 ? int(activated * 1000 / eligible) : 0;
    bar.textVisible = false;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);

    painter->save();
    painter->setPen(option.palette.color(
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(
        QRect(cell.left() + barWidth, cell.top(), cell.width() - barWidth, cell.height()),
        Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(
        qMax(s.width(),
             option.fontMetrics.horizontalAdvance(QStringLiteral("00000/00000 (100%)")) + 60));
    return s;
}

} // namespace sotay
