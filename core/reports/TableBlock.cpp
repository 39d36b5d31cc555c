#include "reports/TableBlock.h"

#include "reports/DocumentParts.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>

namespace sotay {

namespace {
const QChar kBox(0x2610); // ☐
const QColor kHeaderShade(0xe0, 0xe0, 0xe0);
const QColor kHeadingShade(0xf0, 0xf0, 0xf0);
} // namespace

TableBlock::TableBlock(QVector<Column> columns, double pointSize, double headerPointSize)
    : m_columns(std::move(columns))
    , m_body(DocumentParts::font(pointSize))
    , m_bold(DocumentParts::font(pointSize))
    , m_header(DocumentParts::font(headerPointSize))
{
    m_bold.setBold(true);
    m_header.setBold(true);
}

void TableBlock::addRow(const QStringList &cells, RowKind kind)
{
    Row r;
    r.cells = cells;
    r.kind = kind;
    if (kind == RowKind::Heading)
        r.heading = int(m_rows.size());
    else if (!m_rows.isEmpty())
        r.heading = m_rows.constLast().heading;
    m_rows << r;
}

const QFont &TableBlock::fontOf(RowKind kind) const
{
    return kind == RowKind::Plain ? m_body : m_bold;
}

double TableBlock::cellWidth(int column) const
{
    return m_x.at(column + 1) - m_x.at(column) - 2 * m_pad;
}

double TableBlock::measure(const QFont &font, const QString &text, double width) const
{
    const QFontMetricsF fm(font, m_device);
    if (text.contains(kBox) ||
        (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width))
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void TableBlock::layout(QPaintDevice &device, double width)
{
    m_device = &device;
    m_mm = device.logicalDpiX() / 25.4;
    m_pad = cellPaddingMm * m_mm;
    double total = 0;
    for (const Column &c : m_columns)
        total += c.weight;
    m_x = {0};
    for (const Column &c : m_columns)
        m_x << m_x.constLast() + width * c.weight / total;

    m_headerHeight = 0;
    for (int c = 0; c < m_columns.size(); ++c)
        m_headerHeight =
            std::max(m_headerHeight, measure(m_header, m_columns.at(c).title, cellWidth(c)));
    m_headerHeight += 2 * m_pad;

    // Many cells repeat (birth years, what is needed): measure each text once per column.
    QHash<QString, double> known;
    for (Row &r : m_rows) {
        double h = 0;
        if (r.kind == RowKind::Heading) {
            h = measure(m_bold, r.cells.value(0), width - 2 * m_pad);
        } else {
            for (int c = 0; c < r.cells.size() && c < m_columns.size(); ++c) {
                const QString &text = r.cells.at(c);
                if (text.isEmpty())
                    continue;
                const QString key =
                    QString::number(c) + QLatin1Char(r.kind == RowKind::Bold ? 'b' : 'p') + text;
                auto it = known.constFind(key);
                if (it == known.cend())
                    it = known.insert(key, measure(fontOf(r.kind), text, cellWidth(c)));
                h = std::max(h, *it);
            }
        }
        if (h == 0)
            h = QFontMetricsF(m_body, m_device).height();
        r.height = h + 2 * m_pad;
    }
}

double TableBlock::continuedHeight(int from) const
{
    if (from >= m_rows.size() || m_rows.at(from).kind == RowKind::Heading ||
        m_rows.at(from).heading < 0)
        return 0;
    return m_rows.at(m_rows.at(from).heading).height;
}

FlowBlock::Slice TableBlock::next(int from, double space, bool fresh) const
{
    const int n = int(m_rows.size());
    double used = m_headerHeight + continuedHeight(from);
    int to = from;
    while (to < n) {
        int end = to + 1;
        if (m_rows.at(to).heading >= 0) { // a group runs to the next heading
            while (end < n && m_rows.at(end).kind != RowKind::Heading)
                ++end;
        }
        double groupHeight = 0;
        for (int i = to; i < end; ++i)
            groupHeight += m_rows.at(i).height;
        if (used + groupHeight <= space) {
            used += groupHeight;
            to = end;
            continue;
        }
        if (to > from)
            break; // the page ends before this group
        if (!fresh)
            return {from, from, 0}; // start the group on a fresh page
        // Taller than a whole page: cut it between rows.
        while (to < end && used + m_rows.at(to).height <= space)
            used += m_rows.at(to++).height;
        if (to == from)
            used += m_rows.at(to++).height;
        break;
    }
    return {from, to, used};
}

void TableBlock::paintCell(QPainter &p, const QRectF &rect, const QString &text,
                           Qt::Alignment align) const
{
    if (!text.contains(kBox)) {
        p.drawText(rect, int(align | Qt::AlignTop | Qt::TextWordWrap), text);
        return;
    }
    // Boxes to tick, drawn as squares on the baseline, the words between them as text; kept
    // inside the cell.
    p.save();
    p.setClipRect(rect.adjusted(-m_pad / 2, -m_pad, m_pad / 2, m_pad));
    const QFontMetricsF fm(p.font(), m_device);
    const double side = fm.ascent() * 0.75;
    const double baseline = rect.top() + fm.ascent();
    double x = rect.left();
    const QStringList parts = text.split(kBox);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            p.drawRect(QRectF(x, baseline - side, side, side));
            x += side + fm.horizontalAdvance(QLatin1Char(' ')) * 0.6;
        }
        const QString &part = parts.at(i);
        if (!part.isEmpty()) {
            p.drawText(QPointF(x, baseline), part);
            x += fm.horizontalAdvance(part);
        }
    }
    p.restore();
}

void TableBlock::paintRow(QPainter &p, const QStringList &cells, RowKind kind, double y,
                          double height) const
{
    const double right = m_x.constLast();
    if (kind == RowKind::Heading) {
        const QRectF rect(0, y, right, height);
        if (m_shadeHeadings)
            p.fillRect(rect, kHeadingShade);
        p.drawRect(rect);
        p.setFont(m_bold);
        paintCell(p, rect.adjusted(m_pad, m_pad, -m_pad, -m_pad), cells.value(0), Qt::AlignLeft);
        return;
    }
    p.setFont(fontOf(kind));
    for (int c = 0; c < m_columns.size(); ++c) {
        const QRectF rect(m_x.at(c), y, m_x.at(c + 1) - m_x.at(c), height);
        p.drawRect(rect);
        const QString text = cells.value(c);
        if (!text.isEmpty())
            paintCell(p, rect.adjusted(m_pad, m_pad, -m_pad, -m_pad), text, m_columns.at(c).align);
    }
}

void TableBlock::paint(QPainter &p, const Slice &slice, const QPointF &topLeft) const
{
    p.save();
    p.translate(topLeft);
    QPen pen(Qt::black);
    pen.setWidthF(0.2 * m_mm);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    // The header row, on every page.
    double y = 0;
    p.setFont(m_header);
    for (int c = 0; c < m_columns.size(); ++c) {
        const QRectF rect(m_x.at(c), 0, m_x.at(c + 1) - m_x.at(c), m_headerHeight);
        p.fillRect(rect, kHeaderShade);
        p.drawRect(rect);
        p.drawText(rect.adjusted(m_pad, m_pad, -m_pad, -m_pad),
                   int(Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap),
                   m_columns.at(c).title);
    }
    y += m_headerHeight;
    if (const double h = continuedHeight(slice.from); h > 0) {
        const Row &heading = m_rows.at(m_rows.at(slice.from).heading);
        QStringList cells = heading.cells;
        cells[0] += m_continued;
        paintRow(p, cells, RowKind::Heading, y, h);
        y += h;
    }
    for (int i = slice.from; i < slice.to; ++i) {
        const Row &r = m_rows.at(i);
        paintRow(p, r.cells, r.kind, y, r.height);
        y += r.height;
    }
    p.restore();
}

QStringList TableBlock::rowTexts() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out << r.cells.join(QLatin1Char('\t'));
    return out;
}

QString TableBlock::plainText() const
{
    QStringList out;
    QStringList titles;
    for (const Column &c : m_columns)
        titles << c.title;
    out << titles.join(QLatin1Char('\t')) << rowTexts();
    return out.join(QLatin1Char('\n'));
}

} // namespace sotay
