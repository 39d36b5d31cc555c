#pragma once

#include "reports/FlowBlock.h"

#include <QString>
#include <QVector>

#include <memory>

class QTextDocument;

namespace sotay {

// A piece of rich text (HTML) in a PageFlow: paragraphs break between lines, a table inside
// it (the Nghị định 30 header, the signature block) never breaks. `keepTogether` keeps the
// whole piece on one page when it fits on one.
class TextBlock : public FlowBlock
{
public:
    TextBlock(const QString &html, double pointSize, bool keepTogether = false);
    ~TextBlock() override;

    void layout(QPaintDevice &device, double width) override;
    int units() const override { return int(m_breaks.size()) - 1; }
    Slice next(int from, double space, bool fresh) const override;
    void paint(QPainter &painter, const Slice &slice, const QPointF &topLeft) const override;

    QString plainText() const override;

private:
    std::unique_ptr<QTextDocument> m_doc;
    bool m_keepTogether;
    QVector<double> m_breaks; // y of each possible cut, first 0, last the height
};

} // namespace sotay
