#include "reports/ConfirmationDocument.h"

#include "Clock.h"
#include "reports/DocumentParts.h"
#include "rules/DateText.h"

#include "reports/TableBlock.h"
#include "reports/TextBlock.h"

#include <QPainter>

namespace sotay {

namespace {

using P = DocumentParts;
constexpr double kBodyPt = 13;

void pageNumbers(const PagedDocument::Decoration &d)
{
    d.painter.save();
    d.painter.setFont(DocumentParts::font(11));
    const QRectF band(d.body.left(), d.body.top() - 9 * d.mm, d.body.width(), 7 * d.mm);
    d.painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("Trang %1/%2").arg(d.pageNumber).arg(d.pageCount));
    d.painter.restore();
}

} // namespace

PageFlow ConfirmationDocument::flow(const ConfirmationList &c)
{
    PageFlow flow;
    QString h = P::nationalHeader(c.ward, QStringLiteral("TỔ CÔNG TÁC ĐỀ ÁN 06"), QString(),
                                  Clock::today());
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:16px; font-size:14pt\"><b>DANH "
                        "SÁCH XÁC NHẬN</b></p>");
    h += QStringLiteral("<p align=\"center\" style=\"margin-bottom:0\"><b>Công dân đã kích hoạt "
                        "tài khoản định danh điện tử<br/>từ ngày %1 đến ngày %2%3</b></p>")
             .arg(DateText::format(c.from), DateText::format(c.to),
                  c.group.isEmpty() ? QString() : QStringLiteral(" – ") + P::esc(c.group));
    flow.add(std::make_unique<TextBlock>(h, kBodyPt)).keepWithNext = true;
    if (c.entries.isEmpty()) {
        flow.add(std::make_unique<TextBlock>(
                     QStringLiteral("<p align=\"center\"><i>Trong thời gian này không có tài "
                                    "khoản nào được kích hoạt.</i></p>"),
                     kBodyPt))
            .spaceBeforeMm = 3;
    } else {
        const auto C = Qt::AlignHCenter;
        QVector<TableBlock::Column> cols{{QStringLiteral("STT"), 6, C},
                                         {QStringLiteral("Họ và tên"), 21},
                                         {QStringLiteral("Năm sinh"), 7, C},
                                         {QStringLiteral("Số định danh"), 14, C},
                                         {QStringLiteral("Địa chỉ"), 22}};
        if (c.group.isEmpty()) {
            cols = {{QStringLiteral("STT"), 6, C},      {QStringLiteral("Họ và tên"), 18},
                    {QStringLiteral("Năm sinh"), 7, C}, {QStringLiteral("Số định danh"), 13, C},
                    {QStringLiteral("Tổ dân phố"), 11}, {QStringLiteral("Địa chỉ"), 16}};
        }
        cols << TableBlock::Column{QStringLiteral("Mức"), 5, C}
             << TableBlock::Column{QStringLiteral("Ngày kích hoạt"), 13, C}
             << TableBlock::Column{QStringLiteral("Ký xác nhận"),
                                   double(c.group.isEmpty() ? 11 : 12)};
        auto table = std::make_unique<TableBlock>(cols, 10.5, 10.5);
        table->spaceBeforeMm = 3;
        int number = 0;
        for (const ConfirmationList::Entry &e : c.entries) {
            QStringList cells{QString::number(++number), e.name, e.birthYear, e.maskedId};
            if (c.group.isEmpty())
                cells << e.group;
            // Room to sign: the last cell is two empty lines.
            cells << e.address << QString::number(e.level) << DateText::format(e.activatedOn)
                  << QStringLiteral(" \n ");
            table->addRow(cells);
        }
        flow.add(std::move(table));
        flow.add(std::make_unique<TextBlock>(
                     QStringLiteral("<p>Tổng cộng: %1 người.</p>").arg(c.entries.size()), kBodyPt))
            .spaceBeforeMm = 1;
    }
    flow.add(std::make_unique<TextBlock>(
        P::signatureBlock(
            {}, c.ward.signerTitle.isEmpty() ? QStringLiteral("TỔ TRƯỞNG") : c.ward.signerTitle,
            c.ward.signerName),
        kBodyPt, true));
    return flow;
}

PagedDocument::Setup ConfirmationDocument::pageSetup()
{
    PagedDocument::Setup s;
    s.marginsMm =
        QMarginsF(30, 12, 15, 20); // Nghị định 30 margins; the page number band ends at 20 mm
    s.headerMm = 8;
    return s;
}

Result<int> ConfirmationDocument::writePdf(const ConfirmationList &c, const QString &path)
{
    return flow(c).writePdf(path,
                            QStringLiteral("Danh sách xác nhận %1 – %2")
                                .arg(DateText::format(c.from), DateText::format(c.to)),
                            pageSetup(), pageNumbers);
}

Result<int> ConfirmationDocument::print(const ConfirmationList &c, QPagedPaintDevice &device)
{
    return flow(c).render(device, pageSetup(), pageNumbers);
}

} // namespace sotay
