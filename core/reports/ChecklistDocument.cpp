#include "reports/ChecklistDocument.h"

#include "reports/DocumentParts.h"
#include "rules/DateText.h"

#include <QTextDocument>

namespace sotay {

namespace {

using P = DocumentParts;
constexpr double kBodyPt = 13; // read by torchlight: larger than office papers

const QString kBoxes = QStringLiteral("□ Xong&nbsp;&nbsp; □ Vắng nhà&nbsp;&nbsp; □ Từ chối<br/>"
                                      "□ Hẹn lại: ……………………");

QString title(const Checklist &c)
{
    return c.team.isEmpty() ? c.group : c.group + QStringLiteral(" – ") + c.team;
}

void decorate(const Checklist &c, const PagedDocument::Decoration &d)
{
    QStringList left{
        P::agencyUpper(c.ward) + QStringLiteral(" – DANH SÁCH RÀ SOÁT"),
        c.group + (c.team.isEmpty() ? QString() : QStringLiteral(" · Tổ công tác: ") + c.team) +
            QStringLiteral(" · Ngày in: ") + DateText::format(c.day)};
    PagedDocument::drawHeader(d, left,
                              QStringLiteral("Trang %1/%2").arg(d.pageNumber).arg(d.pageCount), 10);
    PagedDocument::drawFooter(
        d, QStringLiteral("TỔ TRƯỞNG TỔ CÔNG TÁC (ký, ghi rõ họ tên): ……………………………………"), 10);
}

} // namespace

QString ChecklistDocument::needText(const Checklist::Person &p)
{
    switch (p.need) {
    case NextStep::ActivateApproved:
        return QStringLiteral("Kích hoạt tài khoản mức %1 (đã được duyệt)").arg(p.approvedLevel);
    case NextStep::ApplyLevel2:
        return QStringLiteral("Đăng ký tài khoản mức 2 tại Công an");
    case NextStep::InstallAndRegister:
        return QStringLiteral("Cài ứng dụng VNeID và đăng ký tài khoản");
    case NextStep::GetIdCardFirst:
        return QStringLiteral("Làm thẻ căn cước trước, sau đó đăng ký");
    case NextStep::WaitingApproval:
    case NextStep::Nothing:
        break;
    }
    return {};
}

QString ChecklistDocument::html(const Checklist &c)
{
    QString h;
    h.reserve(512 + c.personCount() * 700);
    h += QStringLiteral("<html><body style=\"font-size:%1pt\">").arg(kBodyPt);
    h += QStringLiteral("<p align=\"center\" style=\"font-size:15pt\"><b>DANH SÁCH RÀ SOÁT CẤP, "
                        "KÍCH HOẠT TÀI KHOẢN "
                        "ĐỊNH DANH ĐIỆN TỬ</b></p>");
    h +=
        QStringLiteral("<p align=\"center\">%1 – %2 hộ, %3 người cần hỗ trợ (tính đến ngày %4)</p>")
            .arg(P::esc(title(c)))
            .arg(c.homes.size())
            .arg(c.personCount())
            .arg(DateText::format(c.day));
    if (c.homes.isEmpty()) {
        h += QStringLiteral("<p align=\"center\"><i>Không có nhân khẩu nào cần hỗ trợ.</i></p>");
        return h + QStringLiteral("</body></html>");
    }
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-collapse:collapse\">");
    h += P::headerRow({QStringLiteral("STT"), QStringLiteral("Họ và tên"),
                       QStringLiteral("Năm sinh"), QStringLiteral("Số định danh"),
                       QStringLiteral("Điện thoại"), QStringLiteral("Cần làm"),
                       QStringLiteral("Kết quả"), QStringLiteral("Ghi chú")},
                      {5, 18, 6, 12, 11, 16, 23, 9});
    int number = 0;
    for (const Checklist::Home &home : c.homes) {
        h += QStringLiteral("<tr><td colspan=\"8\" bgcolor=\"#e8e8e8\"><b>") +
             P::esc(home.address) + QStringLiteral("</b> – Chủ hộ: <b>") + P::esc(home.head) +
             QStringLiteral("</b> (mã hộ ") + P::esc(home.code) + QStringLiteral(")</td></tr>");
        for (const Checklist::Person &p : home.people) {
            h += QStringLiteral("<tr><td align=\"center\">") + QString::number(++number) +
                 QStringLiteral("</td><td><b>") + P::esc(p.name) + QStringLiteral("</b>");
            if (!p.relation.isEmpty())
                h += QStringLiteral("<br/><span style=\"font-size:11pt\">") + P::esc(p.relation) +
                     QStringLiteral("</span>");
            h += QStringLiteral("</td><td align=\"center\">") + P::esc(p.birthYear) +
                 QStringLiteral("</td><td align=\"center\">") + P::esc(p.maskedId) +
                 QStringLiteral("</td><td align=\"center\">") + P::esc(p.phone) +
                 QStringLiteral("</td><td>") + P::esc(needText(p)) +
                 QStringLiteral("</td><td style=\"font-size:11pt\">") + kBoxes +
                 QStringLiteral("</td><td></td></tr>");
        }
    }
    // The team leader signs every page (the footer): no signature block to spill onto a page
    // of its own.
    h += QStringLiteral("</table>");
    return h + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> ChecklistDocument::document(const Checklist &c)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(DocumentParts::font(kBodyPt));
    doc->setDocumentMargin(0);
    doc->setHtml(html(c));
    return doc;
}

PagedDocument::Setup ChecklistDocument::pageSetup()
{
    PagedDocument::Setup s;
    s.orientation = QPageLayout::Landscape;
    s.marginsMm = QMarginsF(15, 8, 12, 8);
    s.headerMm = 13;
    s.footerMm = 9;
    return s;
}

Result<int> ChecklistDocument::writePdf(const Checklist &c, const QString &path)
{
    auto doc = document(c);
    return PagedDocument::writePdf(*doc, path, QStringLiteral("Danh sách rà soát – ") + title(c),
                                   pageSetup(),
                                   [&c](const PagedDocument::Decoration &d) { decorate(c, d); });
}

Result<int> ChecklistDocument::print(const Checklist &c, QPagedPaintDevice &device)
{
    auto doc = document(c);
    return PagedDocument::render(*doc, device, pageSetup(),
                                 [&c](const PagedDocument::Decoration &d) { decorate(c, d); });
}

} // namespace sotay
