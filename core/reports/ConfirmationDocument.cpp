#include "reports/ConfirmationDocument.h"

#include "Clock.h"
#include "reports/DocumentParts.h"
#include "rules/DateText.h"

#include <QPainter>
#include <QTextDocument>

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

QString ConfirmationDocument::html(const ConfirmationList &c)
{
    QString h;
    h.reserve(2048 + c.entries.size() * 400);
    h += QStringLiteral("<html><body style=\"font-size:%1pt\">").arg(kBodyPt);
    h += P::nationalHeader(c.ward, QStringLiteral("TỔ CÔNG TÁC ĐỀ ÁN 06"), QString(),
                           Clock::today());
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:16px; font-size:14pt\"><b>DANH "
                        "SÁCH XÁC NHẬN</b></p>");
    h += QStringLiteral("<p align=\"center\"><b>Công dân đã kích hoạt tài khoản định danh điện "
                        "tử<br/>từ ngày %1 đến "
                        "ngày %2%3</b></p>")
             .arg(DateText::format(c.from), DateText::format(c.to),
                  c.group.isEmpty() ? QString() : QStringLiteral(" – ") + P::esc(c.group));
    if (c.entries.isEmpty()) {
        h += QStringLiteral("<p align=\"center\"><i>Trong thời gian này không có tài khoản nào "
                            "được kích hoạt.</i></p>");
    } else {
        h +=
            QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse:collapse; font-size:10.5pt\">");
        QStringList head{QStringLiteral("STT"), QStringLiteral("Họ và tên"),
                         QStringLiteral("Năm sinh"), QStringLiteral("Số định danh"),
                         QStringLiteral("Địa chỉ")};
        QList<int> widths{6, 21, 7, 14, 22};
        if (c.group.isEmpty()) {
            head.insert(4, QStringLiteral("Tổ dân phố"));
            widths = {6, 18, 7, 13, 11, 16};
        }
        head << QStringLiteral("Mức") << QStringLiteral("Ngày kích hoạt")
             << QStringLiteral("Ký xác nhận");
        widths << 5 << 13 << (c.group.isEmpty() ? 11 : 12);
        h += P::headerRow(head, widths);
        int number = 0;
        for (const ConfirmationList::Entry &e : c.entries) {
            h += QStringLiteral("<tr><td align=\"center\">") + QString::number(++number) +
                 QStringLiteral("</td><td>") + P::esc(e.name) +
                 QStringLiteral("</td><td align=\"center\">") + P::esc(e.birthYear) +
                 QStringLiteral("</td><td align=\"center\">") + P::esc(e.maskedId) +
                 QStringLiteral("</td>");
            if (c.group.isEmpty())
                h += QStringLiteral("<td>") + P::esc(e.group) + QStringLiteral("</td>");
            h += QStringLiteral("<td>") + P::esc(e.address) +
                 QStringLiteral("</td><td align=\"center\">") + QString::number(e.level) +
                 QStringLiteral("</td><td align=\"center\">") + DateText::format(e.activatedOn) +
                 QStringLiteral("</td><td>&nbsp;<br/>&nbsp;</td></tr>");
        }
        h += QStringLiteral("</table>");
        h += QStringLiteral("<p>Tổng cộng: %1 người.</p>").arg(c.entries.size());
    }
    h += P::signatureBlock(
        {}, c.ward.signerTitle.isEmpty() ? QStringLiteral("TỔ TRƯỞNG") : c.ward.signerTitle,
        c.ward.signerName);
    return h + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> ConfirmationDocument::document(const ConfirmationList &c)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(DocumentParts::font(kBodyPt));
    doc->setDocumentMargin(0);
    doc->setHtml(html(c));
    return doc;
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
    auto doc = document(c);
    return PagedDocument::writePdf(*doc, path,
                                   QStringLiteral("Danh sách xác nhận %1 – %2")
                                       .arg(DateText::format(c.from), DateText::format(c.to)),
                                   pageSetup(), pageNumbers);
}

Result<int> ConfirmationDocument::print(const ConfirmationList &c, QPagedPaintDevice &device)
{
    auto doc = document(c);
    return PagedDocument::render(*doc, device, pageSetup(), pageNumbers);
}

} // namespace sotay
