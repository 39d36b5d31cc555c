#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QTextDocument;

namespace sotay {

// Lays a QTextDocument out on paper pages (A4 by default) with our own margins, and paints
// each page with a header/footer drawn by the caller (page numbers, running headers).
// Works on any paged device: QPdfWriter here, QPrinter in the window's print preview.
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)
public:
    struct Decoration
    {
        QPainter &painter;
        const QRectF &page; // whole sheet, device pixels
        const QRectF &body; // where the text goes
        double mm;          // device pixels per millimetre
        int pageNumber;     // 1-based
        int pageCount;
    };
    using Decorate = std::function<void(const Decoration &)>;

    struct Setup
    {
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QMarginsF marginsMm{30, 20, 15, 20}; // left, top, right, bottom
        double headerMm = 0;                 // band above the body, inside the top margin's end
        double footerMm = 0;                 // band below the body
    };

    // A running header in the top band: lines on the left, `right` (e.g. "Trang 2/5") on the
    // right, a rule under it; a footer line in the bottom band.
    static void drawHeader(const Decoration &d, const QStringList &leftLines, const QString &right,
                           double pointSize);
    static void drawFooter(const Decoration &d, const QString &text, double pointSize);

    // Paints every page; returns the number of pages.
    static Result<int> render(QTextDocument &doc, QPagedPaintDevice &device, const Setup &setup,
                              const Decorate &decorate);
    // Renders to a PDF written through QSaveFile.
    static Result<int> writePdf(QTextDocument &doc, const QString &path, const QString &title,
                                const Setup &setup, const Decorate &decorate);
};

} // namespace sotay
