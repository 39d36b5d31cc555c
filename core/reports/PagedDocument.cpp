#include "reports/PagedDocument.h"

#include "reports/DocumentParts.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QSaveFile>
#include <QTextDocument>

namespace sotay {

void PagedDocument::drawHeader(const Decoration &d, const QStringList &leftLines,
                               const QString &right, double pointSize)
{
    d.painter.save();
    d.painter.setFont(DocumentParts::font(pointSize));
    const double top = d.body.top() - (leftLines.size() + 0.8) * pointSize * 0.3528 * 1.25 * d.mm;
    const QRectF band(d.body.left(), top, d.body.width(), d.body.top() - top - 2 * d.mm);
    d.painter.drawText(band, Qt::AlignLeft | Qt::AlignTop, leftLines.join(QLatin1Char('\n')));
    QFont bold = DocumentParts::font(pointSize + 1);
    bold.setBold(true);
    d.painter.setFont(bold);
    d.painter.drawText(band, Qt::AlignRight | Qt::AlignTop, right);
    QPen pen(Qt::black);
    pen.setWidthF(0.2 * d.mm);
    d.painter.setPen(pen);
    const double y = d.body.top() - 1.5 * d.mm;
    d.painter.drawLine(QPointF(d.body.left(), y), QPointF(d.body.right(), y));
    d.painter.restore();
}

void PagedDocument::drawFooter(const Decoration &d, const QString &text, double pointSize)
{
    d.painter.save();
    d.painter.setFont(DocumentParts::font(pointSize));
    const QRectF band(d.body.left(), d.body.bottom() + 2 * d.mm, d.body.width(), 8 * d.mm);
    d.painter.drawText(band, Qt::AlignRight | Qt::AlignTop, text);
    d.painter.restore();
}

Result<int> PagedDocument::render(QTextDocument &doc, QPagedPaintDevice &device, const Setup &setup,
                                  const Decorate &decorate)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), setup.orientation,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(tr("Cannot start the document."));
    const double mm = device.logicalDpiX() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());
    const QMarginsF &m = setup.marginsMm;
    const QRectF body(
        m.left() * mm, (m.top() + setup.headerMm) * mm, page.width() - (m.left() + m.right()) * mm,
        page.height() - (m.top() + m.bottom() + setup.headerMm + setup.footerMm) * mm);
    // Lay the text out for this device: Qt scales the document's points and pixels to it.
    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(body.size());
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return Result<int>::failure(tr("Cannot add a page to the document."));
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        doc.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
        if (decorate)
            decorate(Decoration{painter, page, body, mm, i + 1, pages});
    }
    painter.end();
    return pages;
}

Result<int> PagedDocument::writePdf(QTextDocument &doc, const QString &path, const QString &title,
                                    const Setup &setup, const Decorate &decorate)
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
        auto r = render(doc, writer, setup, decorate);
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
