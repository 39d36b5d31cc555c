#include "reports/TextBlock.h"

#include "reports/DocumentParts.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace sotay {

TextBlock::TextBlock(const QString &html, double pointSize, bool keepTogether)
    : m_doc(std::make_unique<QTextDocument>())
    , m_keepTogether(keepTogether)
{
    m_doc->setDefaultFont(DocumentParts::font(pointSize));
    m_doc->setDocumentMargin(0);
    m_doc->setHtml(html);
}

TextBlock::~TextBlock() = default;

void TextBlock::layout(QPaintDevice &device, double width)
{
    // Qt scales the document's points and pixels to the device.
    m_doc->documentLayout()->setPaintDevice(&device);
    m_doc->setTextWidth(width);
    const double height = m_doc->size().height();
    m_breaks = {0};
    if (!m_keepTogether) {
        QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
        for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
            if (QTextCursor(b).currentTable())
                continue; // never inside a table
            const double top = layout->blockBoundingRect(b).top();
            const QTextLayout *lines = b.layout();
            for (int i = 0; i + 1 < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                m_breaks << top + line.y() + line.height();
            }
            m_breaks << top; // before the block (after the previous one's bottom margin)
        }
        std::sort(m_breaks.begin(), m_breaks.end());
        m_breaks.erase(std::unique(m_breaks.begin(), m_breaks.end()), m_breaks.end());
        while (!m_breaks.isEmpty() && m_breaks.constLast() >= height)
            m_breaks.removeLast();
        if (m_breaks.isEmpty() || m_breaks.constFirst() > 0)
            m_breaks.prepend(0);
    }
    m_breaks << height;
}

FlowBlock::Slice TextBlock::next(int from, double space, bool fresh) const
{
    int to = from;
    while (to + 1 < m_breaks.size() && m_breaks.at(to + 1) - m_breaks.at(from) <= space)
        ++to;
    if (to == from && fresh)
        to = from + 1;
    return {from, to, m_breaks.at(to) - m_breaks.at(from)};
}

void TextBlock::paint(QPainter &painter, const Slice &slice, const QPointF &topLeft) const
{
    const double y0 = m_breaks.at(slice.from);
    painter.save();
    painter.translate(topLeft.x(), topLeft.y() - y0);
    m_doc->drawContents(&painter, QRectF(0, y0, m_doc->textWidth(), slice.height));
    painter.restore();
}

QString TextBlock::plainText() const
{
    return m_doc->toPlainText();
}

} // namespace sotay
