#include "reports/WeeklyReportDocument.h"

#include "reports/DocumentParts.h"
#include "rules/DateText.h"
#include "storage/Database.h"
#include "storage/WardStore.h"

#include "reports/TableBlock.h"
#include "reports/TextBlock.h"

#include <QPainter>
#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {

using P = DocumentParts;
constexpr double kBodyPt = 13;
const QChar kComma(QLatin1Char(','));

QString n(qint64 v)
{
    return QString::number(v);
}

QString paragraphs(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral(
            "<p style=\"margin-top:4px; margin-bottom:0; margin-left:20px\">Không có.</p>");
    QString h;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        h += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:0; margin-left:20px\">") +
             P::esc(line.trimmed()) + QStringLiteral("</p>");
    return h;
}

using Col = TableBlock::Column;
constexpr double kTablePt = 10.5;

std::unique_ptr<TableBlock> table(const QStringList &titles, const QList<int> &widths)
{
    QVector<Col> cols;
    for (qsizetype i = 0; i < titles.size(); ++i)
        cols << Col{titles.at(i), double(widths.value(i)), i == 0 ? Qt::AlignLeft : Qt::AlignRight};
    auto t = std::make_unique<TableBlock>(cols, kTablePt, kTablePt);
    t->cellPaddingMm = 0.8;
    t->spaceBeforeMm = 1.5;
    return t;
}

std::unique_ptr<TableBlock> statusTable(const WeeklyFigures &f)
{
    auto t = table({QStringLiteral("Tổ dân phố"), QStringLiteral("Tổng nhân khẩu"),
                    QStringLiteral("Từ đủ 14 tuổi"), QStringLiteral("Loại trừ"),
                    QStringLiteral("Thuộc diện"), QStringLiteral("Đã kích hoạt mức 1"),
                    QStringLiteral("Đã kích hoạt mức 2"), QStringLiteral("Tổng đã kích hoạt"),
                    QStringLiteral("Tỷ lệ kích hoạt (%)")},
                   {19, 10, 10, 9, 10, 10, 10, 11, 11});
    const auto line = [&t](const FigureRow &r, bool bold) {
        t->addRow({r.name, n(r.residents), n(r.aged14), n(r.excluded), n(r.eligible), n(r.level1),
                   n(r.level2), n(r.activated()), r.activationRate(kComma)},
                  bold ? TableBlock::RowKind::Bold : TableBlock::RowKind::Plain);
    };
    for (const FigureRow &g : f.groups)
        line(g, false);
    line(f.total, true);
    return t;
}

std::unique_ptr<TableBlock> progressTable(const QVector<FigureRow> &rows, const FigureRow *total,
                                          const QString &first)
{
    auto t =
        table({first, QStringLiteral("Thuộc diện"), QStringLiteral("Tổng đã kích hoạt"),
               QStringLiteral("Tỷ lệ kích hoạt (%)"), QStringLiteral("Đã phê duyệt chưa kích hoạt"),
               QStringLiteral("Đã thu nhận chờ duyệt"), QStringLiteral("Chưa đăng ký"),
               QStringLiteral("Kích hoạt mới trong tuần"), QStringLiteral("Chỉ tiêu"),
               QStringLiteral("Đạt chỉ tiêu (%)")},
              {19, 9, 9, 9, 10, 9, 9, 9, 8, 9});
    const auto line = [&t](const FigureRow &r, bool bold) {
        t->addRow({r.name, n(r.eligible), n(r.activated()), r.activationRate(kComma), n(r.approved),
                   n(r.received), n(r.notRegistered), n(r.newThisWeek),
                   r.hasTarget ? n(r.target) : QString(), r.targetRate(kComma)},
                  bold ? TableBlock::RowKind::Bold : TableBlock::RowKind::Plain);
    };
    for (const FigureRow &r : rows)
        line(r, false);
    if (total)
        line(*total, true);
    return t;
}

std::unique_ptr<TableBlock> deadlineTable(const WeeklyReportDocument::Input &in)
{
    const WeeklyFigures &f = in.figures;
    auto t =
        table({QStringLiteral("Tổ dân phố / giai đoạn"), QStringLiteral("Chỉ tiêu"),
               QStringLiteral("Hạn"), QStringLiteral("Đã kích hoạt"), QStringLiteral("Còn thiếu"),
               QStringLiteral("Số ngày còn lại"), QStringLiteral("Cần kích hoạt mỗi ngày")},
              {28, 11, 13, 12, 11, 12, 13});
    const auto add = [&](const QString &name, qint64 goal, qint64 done, const QDate &deadline) {
        const qint64 days = WeeklyReportDocument::daysLeft(f.asOf, deadline);
        const qint64 missing = std::max<qint64>(0, goal - done);
        QString perDay;
        if (missing == 0)
            perDay = QStringLiteral("Đã đạt");
        else if (!deadline.isValid())
            perDay = QString();
        else if (days == 0)
            perDay = QStringLiteral("Quá hạn");
        else
            perDay = n(WeeklyReportDocument::neededPerDay(goal, done, days));
        t->addRow({name, n(goal), deadline.isValid() ? DateText::format(deadline) : QString(),
                   n(done), n(missing), deadline.isValid() ? n(days) : QString(), perDay});
    };
    for (const FigureRow &g : f.groups) {
        if (g.hasTarget)
            add(g.name, g.target, g.activated(), g.deadline);
    }
    for (const WeeklyReportDocument::Phase &p : in.phases) {
        const qint64 goal = (p.baseCount * p.percent + 99) / 100;
        add(QStringLiteral("%1 – %2 (%3% %4)")
                .arg(p.campaign, p.name)
                .arg(p.percent)
                .arg(p.base == 1 ? QStringLiteral("số đã phê duyệt")
                                 : QStringLiteral("số thuộc diện")),
            goal, p.done, p.deadline);
    }
    if (t->units() == 0)
        return nullptr;
    return t;
}

} // namespace

qint64 WeeklyReportDocument::daysLeft(const QDate &asOf, const QDate &deadline)
{
    if (!deadline.isValid())
        return 0;
    return std::max<qint64>(0, asOf.daysTo(deadline));
}

qint64 WeeklyReportDocument::neededPerDay(qint64 goal, qint64 done, qint64 days)
{
    const qint64 missing = goal - done;
    if (missing <= 0 || days <= 0)
        return 0;
    return (missing + days - 1) / days;
}

Result<WeeklyReportDocument::Input> WeeklyReportDocument::load(Database &db, const QDate &thursday)
{
    using R = Result<Input>;
    if (!thursday.isValid() || !WeeklyFigures::isThursday(thursday))
        return R::failure(WeeklyFigures::notThursdayMessage(thursday));
    const QDate asOf = thursday.addDays(-1);

    // The phases first: the figures count the activations since each campaign's start in
    // the same pass over the residents.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT c.name, p.name, p.percent, p.base, p.deadline, c.start_date "
                             "FROM campaign_phase p JOIN campaign c ON c.id = p.campaign_id "
                             "WHERE c.start_date <= ? ORDER BY p.deadline, p.id"));
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return R::failure(q.lastError().text());
    QVector<Phase> phases;
    QVector<QDate> starts;
    while (q.next()) {
        Phase p;
        p.campaign = q.value(0).toString();
        p.name = q.value(1).toString();
        p.percent = q.value(2).toInt();
        p.base = q.value(3).toInt();
        p.deadline = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        p.start = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        if (p.base != 0)
            starts << p.start;
        phases << p;
    }
    q.finish();

    auto figures = WeeklyFigures::compute(db, thursday, starts);
    if (!figures)
        return R::failure(figures.error());
    auto ward = WardStore(db).ward();
    if (!ward)
        return R::failure(ward.error());
    Input in{figures.take(), ward.take(), WeekNotes(db).note(thursday), {}};
    const FigureRow &t = in.figures.total;
    for (Phase &p : phases) {
        if (p.base == 0) {
            p.baseCount = t.eligible;
            p.done = t.activated();
        } else {
            // Approved but not activated: those still waiting plus those activated since the start.
            p.done = in.figures.activatedSince.value(p.start);
            p.baseCount = t.approved + p.done;
        }
    }
    in.phases = phases;
    return in;
}

PageFlow WeeklyReportDocument::flow(const Input &in)
{
    const WeeklyFigures &f = in.figures;
    const QString from = DateText::format(f.weekStart);
    const QString to = DateText::format(f.asOf);
    PageFlow flow;
    const auto text = [&flow](const QString &html, double spaceMm = 0, bool keep = false) {
        auto &b = flow.add(std::make_unique<TextBlock>(html, kBodyPt, keep));
        b.spaceBeforeMm = spaceMm;
        return &b;
    };
    const auto title = [&text](const QString &t) {
        text(QStringLiteral("<p style=\"margin:0\"><b>") + t + QStringLiteral("</b></p>"), 3)
            ->keepWithNext = true;
    };
    const QString body = QStringLiteral(
        "<p align=\"justify\" style=\"text-indent:30px; margin-top:6px; margin-bottom:0\">");

    QString h = P::nationalHeader(in.ward, QStringLiteral("TỔ CÔNG TÁC ĐỀ ÁN 06"),
                                  QStringLiteral("Số:       /BC-TCT"), f.reportDate);
    h += QStringLiteral(
        "<p align=\"center\" style=\"margin-top:18px; font-size:14pt\"><b>BÁO CÁO</b></p>");
    h += QStringLiteral("<p align=\"center\" style=\"font-size:14pt\"><b>Kết quả triển khai cấp, "
                        "kích hoạt tài khoản "
                        "định danh điện tử (VNeID)<br/>tuần từ ngày %1 đến ngày %2</b></p>")
             .arg(from, to);
    h += QStringLiteral("<hr width=\"25%\"/>");
    h +=
        body +
        QStringLiteral(
            "Tổ công tác Đề án 06 %1 báo cáo kết quả triển khai cấp, kích hoạt tài khoản định danh "
            "điện tử trên địa bàn trong tuần từ ngày %2 đến ngày %3 (số liệu tính đến hết ngày %3, "
            "chỉ tính tài khoản đã kích hoạt thành công) như sau:</p>")
            .arg(P::esc(in.ward.name), from, to);
    h += QStringLiteral(
        "<p style=\"margin-top:8px; margin-bottom:0\"><b>I. KẾT QUẢ THỰC HIỆN</b></p>");
    const FigureRow &t = f.total;
    h += body +
         QStringLiteral(
             "Toàn %1 có %2 nhân khẩu, trong đó %3 người từ đủ 14 tuổi; loại trừ %4 trường hợp; "
             "thuộc diện %5 người. Đã kích hoạt %6 tài khoản (mức 2: %7, mức 1: %8), đạt %9%; "
             "kích hoạt mới trong tuần %10 tài khoản.</p>")
             .arg(P::esc(in.ward.name.section(QLatin1Char(' '), 0, 0).toLower()), n(t.residents),
                  n(t.aged14), n(t.excluded), n(t.eligible), n(t.activated()), n(t.level2),
                  n(t.level1),
                  t.activationRate(kComma).isEmpty() ? QStringLiteral("0")
                                                     : t.activationRate(kComma))
             .arg(n(t.newThisWeek));
    text(h);
    title(QStringLiteral("1. Kết quả theo tổ dân phố"));
    flow.add(statusTable(f));
    title(QStringLiteral("2. Tiến độ theo tổ dân phố"));
    flow.add(progressTable(f.groups, &f.total, QStringLiteral("Tổ dân phố")));
    title(QStringLiteral("3. Kết quả theo tổ công tác"));
    if (f.teams.isEmpty())
        text(QStringLiteral("<p style=\"margin-left:20px\">Chưa phân công tổ công tác.</p>"));
    else
        flow.add(progressTable(f.teams, &f.total, QStringLiteral("Tổ công tác")));
    title(QStringLiteral("4. Kích hoạt mới trong tuần"));
    QStringList news;
    for (const FigureRow &g : f.groups) {
        if (g.newThisWeek > 0)
            news << P::esc(g.name) + QStringLiteral(": ") + n(g.newThisWeek);
    }
    text(body +
         (t.newThisWeek == 0
              ? QStringLiteral("Trong tuần chưa có tài khoản nào được kích hoạt mới.")
              : QStringLiteral("Trong tuần có %1 tài khoản được kích hoạt mới (%2).")
                    .arg(n(t.newThisWeek), news.join(QStringLiteral("; ")))) +
         QStringLiteral("</p>"));
    title(QStringLiteral("5. Tiến độ so với chỉ tiêu và thời hạn"));
    if (auto deadlines = deadlineTable(in))
        flow.add(std::move(deadlines));
    else
        text(QStringLiteral("<p style=\"margin-left:20px\">Chưa giao chỉ tiêu.</p>"));
    title(QStringLiteral("II. KHÓ KHĂN, VƯỚNG MẮC"));
    text(paragraphs(in.note.difficulties));
    title(QStringLiteral("III. ĐỀ XUẤT, KIẾN NGHỊ"));
    text(paragraphs(in.note.proposals));
    text(body +
         QStringLiteral(
             "Trên đây là báo cáo kết quả thực hiện trong tuần của Tổ công tác Đề án 06 %1.</p>")
             .arg(P::esc(in.ward.name)));
    QStringList recipients;
    if (!in.ward.upperUnit.isEmpty())
        recipients << in.ward.upperUnit + QLatin1Char(';');
    recipients << QStringLiteral("Lưu: VT.");
    text(P::signatureBlock(recipients,
                           in.ward.signerTitle.isEmpty() ? QStringLiteral("TỔ TRƯỞNG")
                                                         : in.ward.signerTitle,
                           in.ward.signerName),
         0, true);
    return flow;
}

PagedDocument::Setup WeeklyReportDocument::pageSetup()
{
    PagedDocument::Setup s;
    s.marginsMm =
        QMarginsF(30, 20, 15, 20); // Nghị định 30: left 30-35, top/bottom 20-25, right 15-20
    s.headerMm = 0;
    return s;
}

namespace {
// Page numbers at the top centre, from the second page (Nghị định 30).
void pageNumber(const PagedDocument::Decoration &d)
{
    if (d.pageNumber < 2)
        return;
    d.painter.save();
    d.painter.setFont(DocumentParts::font(13));
    const QRectF band(d.body.left(), 8 * d.mm, d.body.width(), 10 * d.mm);
    d.painter.drawText(band, Qt::AlignCenter, QString::number(d.pageNumber));
    d.painter.restore();
}
} // namespace

Result<int> WeeklyReportDocument::writePdf(const Input &in, const QString &path)
{
    return flow(in).writePdf(
        path, QStringLiteral("Báo cáo tuần %1").arg(DateText::format(in.figures.reportDate)),
        pageSetup(), pageNumber);
}

Result<int> WeeklyReportDocument::print(const Input &in, QPagedPaintDevice &device)
{
    return flow(in).render(device, pageSetup(), pageNumber);
}

} // namespace sotay
