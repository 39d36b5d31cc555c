#include "reports/ChecklistDocument.h"

#include "reports/DocumentParts.h"
#include "reports/TableBlock.h"
#include "reports/TextBlock.h"
#include "rules/DateText.h"
#include "rules/PhoneNumber.h"

namespace sotay {

namespace {

using P = DocumentParts;
constexpr double kBodyPt = 10.5; // read by torchlight: never under 10 pt

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
        d,
        QStringLiteral("NGƯỜI RÀ SOÁT (ký, ghi rõ họ tên): ………………………………………"
                       "          TỔ TRƯỞNG TỔ CÔNG TÁC (ký, ghi rõ họ tên): ………………………………………"),
        10);
}

} // namespace

QString ChecklistDocument::needText(const Checklist::Person &p)
{
    switch (p.need) {
    case NextStep::ActivateApproved:
        return QStringLiteral("Kích hoạt mức %1 (đã duyệt)").arg(p.approvedLevel);
    case NextStep::ApplyLevel2:
        return QStringLiteral("Đăng ký mức 2 tại Công an");
    case NextStep::InstallAndRegister:
        return QStringLiteral("Cài VNeID, đăng ký tài khoản");
    case NextStep::GetIdCardFirst:
        return QStringLiteral("Làm căn cước, rồi đăng ký");
    case NextStep::WaitingApproval:
    case NextStep::Nothing:
        break;
    }
    return {};
}

QString ChecklistDocument::outcomeBoxes()
{
    const QChar box(0x2610);
    return QString(box) + QStringLiteral(" Xong  ") + box + QStringLiteral(" Vắng nhà  ") + box +
           QStringLiteral(" Từ chối  ") + box + QStringLiteral(" Hẹn lại: …………");
}

QString ChecklistDocument::headingText(const Checklist::Home &home)
{
    return home.address + QStringLiteral(" – Chủ hộ: ") + home.head + QStringLiteral(" (mã hộ ") +
           home.code + QLatin1Char(')');
}

PageFlow ChecklistDocument::flow(const Checklist &c)
{
    PageFlow flow;
    const QString heading =
        QStringLiteral("<p align=\"center\" style=\"font-size:14pt; margin:0\"><b>DANH SÁCH RÀ "
                       "SOÁT CẤP, KÍCH HOẠT TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ</b></p>"
                       "<p align=\"center\" style=\"margin:0\">%1 – %2 hộ, %3 người cần hỗ trợ "
                       "(tính đến ngày %4)</p>")
            .arg(P::esc(title(c)))
            .arg(c.homes.size())
            .arg(c.personCount())
            .arg(DateText::format(c.day));
    flow.add(std::make_unique<TextBlock>(heading, kBodyPt, true)).keepWithNext = true;
    if (c.homes.isEmpty()) {
        flow.add(std::make_unique<TextBlock>(
                     QStringLiteral("<p align=\"center\"><i>Không có nhân khẩu nào cần hỗ "
                                    "trợ.</i></p>"),
                     kBodyPt))
            .spaceBeforeMm = 4;
        return flow;
    }
    const auto C = Qt::AlignHCenter;
    auto table = std::make_unique<TableBlock>(
        QVector<TableBlock::Column>{{QStringLiteral("STT"), 8, C},
                                    {QStringLiteral("Họ và tên"), 44},
                                    {QStringLiteral("Quan hệ"), 14, C},
                                    {QStringLiteral("Năm sinh"), 11, C},
                                    {QStringLiteral("Số định danh"), 24, C},
                                    {QStringLiteral("Điện thoại"), 22, C},
                                    {QStringLiteral("Cần làm"), 47},
                                    {QStringLiteral("Kết quả (đánh dấu)"), 75},
                                    {QStringLiteral("Ghi chú"), 30}},
        kBodyPt, 10);
    table->setContinued(QStringLiteral(" (tiếp theo)"));
    table->cellPaddingMm = 0.7;
    table->spaceBeforeMm = 3;
    int number = 0;
    const QString boxes = outcomeBoxes();
    for (const Checklist::Home &home : c.homes) {
        table->addRow({headingText(home)}, TableBlock::RowKind::Heading);
        for (const Checklist::Person &p : home.people)
            table->addRow({QString::number(++number), p.name, p.relation, p.birthYear, p.maskedId,
                           PhoneNumber::masked(p.phone), needText(p), boxes, QString()});
    }
    flow.add(std::move(table));
    return flow;
}

PagedDocument::Setup ChecklistDocument::pageSetup()
{
    PagedDocument::Setup s;
    s.orientation = QPageLayout::Landscape;
    s.marginsMm = QMarginsF(12, 8, 10, 8);
    s.headerMm = 12;
    s.footerMm = 10;
    return s;
}

Result<int> ChecklistDocument::writePdf(const Checklist &c, const QString &path)
{
    return flow(c).writePdf(path, QStringLiteral("Danh sách rà soát – ") + title(c), pageSetup(),
                            [&c](const PagedDocument::Decoration &d) { decorate(c, d); });
}

Result<int> ChecklistDocument::print(const Checklist &c, QPagedPaintDevice &device)
{
    return flow(c).render(device, pageSetup(),
                          [&c](const PagedDocument::Decoration &d) { decorate(c, d); });
}

} // namespace sotay
