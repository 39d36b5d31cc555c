#pragma once

#include "Result.h"
#include "reports/FlowBlock.h"
#include "reports/PagedDocument.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace sotay {

// Lays blocks (text, long tables) one under the other on paper pages, then paints them with
// the caller's header and footer (which know the page count). Measuring is one pass over
// the blocks and painting one pass over the pages, so a document of a hundred pages costs
// a hundred pages, not a hundred times a hundred. Works on any paged device: QPdfWriter,
// or QPrinter in the window's print preview.
class PageFlow
{
    Q_DECLARE_TR_FUNCTIONS(PageFlow)
public:
    PageFlow();
    ~PageFlow();
    PageFlow(PageFlow &&) noexcept;
    PageFlow &operator=(PageFlow &&) noexcept;

    // Adds a block; returns it for the caller's last touches.
    template <typename T> T &add(std::unique_ptr<T> block)
    {
        T &ref = *block;
        m_blocks.push_back(std::move(block));
        return ref;
    }
    const std::vector<std::unique_ptr<FlowBlock>> &blocks() const { return m_blocks; }
    QString plainText() const; // every block's words, in order

    // Paints every page; returns the number of pages.
    Result<int> render(QPagedPaintDevice &device, const PagedDocument::Setup &setup,
                       const PagedDocument::Decorate &decorate);
    // Renders to a PDF written through QSaveFile.
    Result<int> writePdf(const QString &path, const QString &title,
                         const PagedDocument::Setup &setup,
                         const PagedDocument::Decorate &decorate);

private:
    struct Placed
    {
        const FlowBlock *block;
        FlowBlock::Slice slice;
        double y;
    };
    // Page by page, what goes where (body coordinates).
    QVector<QVector<Placed>> paginate(double pageHeight, double mm) const;

    std::vector<std::unique_ptr<FlowBlock>> m_blocks;
};

} // namespace sotay
