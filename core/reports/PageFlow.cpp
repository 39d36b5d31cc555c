#include "reports/PageFlow.h"

#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace sotay {

PageFlow::PageFlow() = default;
PageFlow::~PageFlow() = default;
PageFlow::PageFlow(PageFlow &&) noexcept = default;
PageFlow &PageFlow::operator=(PageFlow &&) noexcept = default;

QString PageFlow::plainText() const
{
    QStringList out;
    for (const auto &block : m_blocks)
        out << block->plainText();
    return out.join(QLatin1Char('\n'));
}

QVector<QVector<PageFlow::Placed>> PageFlow::paginate(double pageHeight, double mm) const
{
    QVector<QVector<Placed>> pages(1);
    double y = 0;
    const auto newPage = [&] {
        pages.append(QVector<Placed>());
        y = 0;
    };
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const FlowBlock &block = *m_blocks.at(i);
        if (y > 0)
            y += block.spaceBeforeMm * mm;
        int from = 0;
        while (from < block.units()) {
            const bool fresh = y == 0;
            FlowBlock::Slice s = block.next(from, pageHeight - y, fresh);
            // A title goes with the start of what follows it.
            if (s.to == block.units() && from == 0 && block.keepWithNext && !fresh &&
                i + 1 < m_blocks.size()) {
                const FlowBlock &after = *m_blocks.at(i + 1);
                const double left = pageHeight - y - s.height - after.spaceBeforeMm * mm;
                if (after.units() > 0 && after.next(0, left, false).to == 0)
                    s.to = from;
            }
            if (s.to == from) {
                newPage();
                continue;
            }
            pages.last().append({&block, s, y});
            y += s.height;
            from = s.to;
            if (from < block.units())
                newPage();
        }
    }
    return pages;
}

Result<int> PageFlow::render(QPagedPaintDevice &device, const PagedDocument::Setup &setup,
                             const PagedDocument::Decorate &decorate)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), setup.orientation,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const double mm = device.logicalDpiX() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());
    const QMarginsF &m = setup.marginsMm;
    const QRectF body(
        m.left() * mm, (m.top() + setup.headerMm) * mm, page.width() - (m.left() + m.right()) * mm,
        page.height() - (m.top() + m.bottom() + setup.headerMm + setup.footerMm) * mm);
    for (const auto &block : m_blocks)
        block->layout(device, body.width());
    const QVector<QVector<Placed>> pages = paginate(body.height(), mm);

    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(tr("Cannot start the document."));
    const int count = int(pages.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device.newPage())
            return Result<int>::failure(tr("Cannot add a page to the document."));
        for (const Placed &p : pages.at(i))
            p.block->paint(painter, p.slice, body.topLeft() + QPointF(0, p.y));
        if (decorate)
            decorate(PagedDocument::Decoration{painter, page, body, mm, i + 1, count});
    }
    painter.end();
    return count;
}

Result<int> PageFlow::writePdf(const QString &path, const QString &title,
                               const PagedDocument::Setup &setup,
                               const PagedDocument::Decorate &decorate)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Sổ tay 06"));
        writer.setResolution(300);
        auto r = render(writer, setup, decorate);
        if (!r)
            return r;
        pages = r.value();
    }
    if (!file.commit())
        return Result<int>::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

} // namespace sotay
