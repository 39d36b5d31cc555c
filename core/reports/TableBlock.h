#pragma once

#include "reports/FlowBlock.h"

#include <QFont>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sotay {

// A long table in a PageFlow, drawn straight with QPainter (row heights from the font
// metrics), so a table of thousands of rows costs one pass. Its header row repeats at the
// top of every page. A Heading row (a household) spans every column and starts a group kept
// on one page when it fits; when a group must run over, its heading repeats with
// `continued` after it. Without headings every row is its own group.
//
// In a cell, "☐" is drawn as an empty box to tick (the type's own glyph may be missing).
class TableBlock : public FlowBlock
{
public:
    struct Column
    {
        QString title;
        double weight = 1; // share of the width
        Qt::Alignment align = Qt::AlignLeft;
    };
    enum class RowKind { Plain, Bold, Heading };

    TableBlock(QVector<Column> columns, double pointSize, double headerPointSize);

    void addRow(const QStringList &cells, RowKind kind = RowKind::Plain);
    void setContinued(const QString &suffix) { m_continued = suffix; }
    void setHeadingShade(bool on) { m_shadeHeadings = on; }
    double cellPaddingMm = 1.0;

    void layout(QPaintDevice &device, double width) override;
    int units() const override { return int(m_rows.size()); }
    Slice next(int from, double space, bool fresh) const override;
    void paint(QPainter &painter, const Slice &slice, const QPointF &topLeft) const override;

    // The text of every row, cells joined by a tab, headings included (for tests).
    QStringList rowTexts() const;
    QString plainText() const override; // the header row, then rowTexts()

private:
    struct Row
    {
        QStringList cells;
        RowKind kind = RowKind::Plain;
        int heading = -1; // index of the group's heading row, -1 when none
        double height = 0;
    };

    const QFont &fontOf(RowKind kind) const;
    double measure(const QFont &font, const QString &text, double width) const;
    double cellWidth(int column) const;
    // Height of the continued heading drawn above a slice starting at row `from`, or 0.
    double continuedHeight(int from) const;
    void paintRow(QPainter &p, const QStringList &cells, RowKind kind, double y,
                  double height) const;
    void paintCell(QPainter &p, const QRectF &rect, const QString &text, Qt::Alignment align) const;

    QVector<Column> m_columns;
    QFont m_body;
    QFont m_bold;
    QFont m_header;
    QVector<Row> m_rows;
    QString m_continued;
    bool m_shadeHeadings = true;
    // Set by layout().
    QPaintDevice *m_device = nullptr;
    double m_mm = 1;
    double m_pad = 0;
    QVector<double> m_x; // left edge of each column, then the right edge of the table
    double m_headerHeight = 0;
};

} // namespace sotay
