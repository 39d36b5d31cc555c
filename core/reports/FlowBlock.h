#pragma once

#include <QPointF>
#include <QString>

class QPaintDevice;
class QPainter;

namespace sotay {

// One block of a printed document laid out by PageFlow: a piece of text, a long table. A
// block is cut into slices, one per page it runs over, at its own break points (lines of
// text, rows or households of a table); every length is in device pixels.
class FlowBlock
{
public:
    struct Slice
    {
        int from = 0;      // first unit (line, row) in the slice
        int to = 0;        // one past the last; to == from: nothing fits
        double height = 0; // what it takes on the page
    };

    virtual ~FlowBlock() = default;

    // Measures the block for a body this wide on this device (before any next()).
    virtual void layout(QPaintDevice &device, double width) = 0;
    virtual int units() const = 0;
    // The slice from unit `from` that fits in `space`. On a fresh page (`fresh`) the slice is
    // never empty, even when it overflows: a unit taller than a page is cut by the paper.
    virtual Slice next(int from, double space, bool fresh) const = 0;
    virtual void paint(QPainter &painter, const Slice &slice, const QPointF &topLeft) const = 0;
    // The block's words, lines apart (tests read documents without paper).
    virtual QString plainText() const = 0;

    double spaceBeforeMm = 0;  // gap above the block, dropped at the top of a page
    bool keepWithNext = false; // a title: moves to the next page with the start of what follows
};

} // namespace sotay
