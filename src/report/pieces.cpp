#include "report/pieces.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace akkoord::report {

std::pair<PiecePtr, PiecePtr> Piece::split(double, bool) const { return {}; }

void Piece::inherit(Piece &part, bool first) const
{
    part.repeatHeader = repeatHeader;
    if (first) {
        part.spaceBefore = spaceBefore;
        part.pageBreakBefore = pageBreakBefore;
    } else {
        part.keepWithNext = keepWithNext;
    }
}

namespace {

// User text is laid out as plain characters. Line breaks become Unicode line
// separators (QTextLayout's own forced break); tabs become spaces.
QString plain(QString s)
{
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    s.replace(QLatin1Char('\n'), QChar::LineSeparator);
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return s;
}

} // namespace

std::shared_ptr<QTextLayout> layoutText(const TextSpec &spec, double width, QPaintDevice *device)
{
    const QString lead = plain(spec.lead);
    auto layout = std::make_shared<QTextLayout>(lead + plain(spec.text), spec.font, device);
    QTextOption option(spec.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat body;
    body.setForeground(spec.color);
    formats.append({0, int(layout->text().size()), body});
    if (!lead.isEmpty()) {
        QTextCharFormat bold;
        QFont f = spec.font;
        f.setBold(true);
        bold.setFont(f);
        bold.setForeground(spec.leadColor.isValid() ? spec.leadColor : spec.color);
        formats.append({0, int(lead.size()), bold});
    }
    layout->setFormats(formats);
    const QFontMetricsF fm(spec.font, device);
    const double lineHeight = fm.height() * spec.lineSpacing;
    layout->beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setLeadingIncluded(false);
        // A line as tall as its tallest glyphs (a fallback font may be taller),
        // but never less than the body line height.
        const double h = std::max(lineHeight, line.height());
        line.setPosition(QPointF(0, y + (h - line.height()) / 2));
        y += h;
    }
    layout->endLayout();
    return layout;
}

namespace {

// The top of line i and the bottom of line i, including its share of spacing.
double lineTop(const QTextLayout &l, int i)
{
    if (i == 0)
        return 0;
    const QTextLine prev = l.lineAt(i - 1);
    const QTextLine line = l.lineAt(i);
    return (prev.y() + prev.height() + line.y()) / 2;
}

double lineBottom(const QTextLayout &l, int i)
{
    if (i + 1 < l.lineCount())
        return lineTop(l, i + 1);
    const QTextLine line = l.lineAt(i);
    const double top = lineTop(l, i);
    // The last line gets the same spacing below as above.
    return line.y() + line.height() + (line.y() - top);
}

} // namespace

TextPiece::TextPiece(std::shared_ptr<QTextLayout> layout, double indent, std::shared_ptr<QTextLayout> marker, int first, int last)
    : m_layout(std::move(layout))
    , m_marker(std::move(marker))
    , m_indent(indent)
    , m_first(first)
    , m_last(last < 0 ? m_layout->lineCount() : last)
{
}

double TextPiece::span(int from, int to) const
{
    if (to <= from)
        return 0;
    return lineBottom(*m_layout, to - 1) - lineTop(*m_layout, from);
}

double TextPiece::height() const { return span(m_first, m_last); }

double TextPiece::leadHeight() const
{
    const int n = m_last - m_first;
    return n >= 4 ? span(m_first, m_first + 2) : height();
}

void TextPiece::draw(QPainter &painter, QPointF topLeft) const
{
    const double top = lineTop(*m_layout, m_first);
    if (m_marker && m_first == 0 && m_marker->lineCount() > 0) {
        // Align the marker's baseline with the first line's.
        const QTextLine first = m_layout->lineAt(0);
        const QTextLine mark = m_marker->lineAt(0);
        const double dy = (first.y() + first.ascent()) - (mark.y() + mark.ascent());
        mark.draw(&painter, topLeft + QPointF(0, dy - top));
    }
    for (int i = m_first; i < m_last; ++i)
        m_layout->lineAt(i).draw(&painter, topLeft + QPointF(m_indent, -top));
}

std::pair<PiecePtr, PiecePtr> TextPiece::split(double available, bool force) const
{
    const int n = m_last - m_first;
    int k = 0;
    while (k < n && span(m_first, m_first + k + 1) <= available)
        ++k;
    if (!force && (k < 2 || n - k < 2)) {
        if (n - k == 1 && k >= 3)
            --k; // leave two lines for the next page rather than a widow
        else
            return {};
    }
    if (k < 1 || k >= n)
        return {};
    auto head = std::make_shared<TextPiece>(m_layout, m_indent, m_marker, m_first, m_first + k);
    auto tail = std::make_shared<TextPiece>(m_layout, m_indent, m_marker, m_first + k, m_last);
    inherit(*head, true);
    inherit(*tail, false);
    return {head, tail};
}

SpacerPiece::SpacerPiece(double height, QColor rule, double ruleWidth, double thickness, double ruleX)
    : m_height(height)
    , m_rule(rule)
    , m_ruleWidth(ruleWidth)
    , m_thickness(thickness)
    , m_ruleX(ruleX)
{
}

void SpacerPiece::draw(QPainter &painter, QPointF topLeft) const
{
    if (!m_rule.isValid() || m_ruleWidth <= 0)
        return;
    painter.fillRect(QRectF(topLeft.x() + m_ruleX, topLeft.y() + (m_height - m_thickness) / 2, m_ruleWidth, m_thickness), m_rule);
}

TableRowPiece::TableRowPiece(std::shared_ptr<const TableGeometry> geometry, QList<CellLines> cells, bool header, bool striped)
    : m_geometry(std::move(geometry))
    , m_cells(std::move(cells))
    , m_header(header)
    , m_striped(striped)
{
}

double TableRowPiece::cellHeight(const CellLines &c) const
{
    if (c.last <= c.first)
        return 0;
    return lineBottom(*c.layout, c.last - 1) - lineTop(*c.layout, c.first);
}

double TableRowPiece::height() const
{
    double h = 0;
    for (const CellLines &c : m_cells)
        h = std::max(h, cellHeight(c));
    return h + 2 * m_geometry->padding;
}

void TableRowPiece::draw(QPainter &painter, QPointF topLeft) const
{
    const TableGeometry &g = *m_geometry;
    const double h = height();
    const QRectF row(topLeft, QSizeF(g.width, h));
    if (m_header)
        painter.fillRect(row, g.headerFill);
    else if (m_striped)
        painter.fillRect(row, g.stripe);
    for (qsizetype i = 0; i < m_cells.size() && i < g.columnX.size(); ++i) {
        const CellLines &c = m_cells[i];
        const double top = c.last > c.first ? lineTop(*c.layout, c.first) : 0;
        for (int l = c.first; l < c.last; ++l)
            c.layout->lineAt(l).draw(&painter, topLeft + QPointF(g.columnX[i] + g.padding, g.padding - top));
    }
    painter.fillRect(QRectF(row.left(), row.bottom() - g.ruleWidth, g.width, g.ruleWidth), g.rule);
    if (m_header)
        painter.fillRect(QRectF(row.left(), row.top(), g.width, g.ruleWidth), g.rule);
}

std::pair<PiecePtr, PiecePtr> TableRowPiece::split(double available, bool force) const
{
    const double room = available - 2 * m_geometry->padding;
    if (room <= 0)
        return {};
    QList<CellLines> head = m_cells;
    QList<CellLines> tail = m_cells;
    bool anyHead = false;
    bool anyTail = false;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const CellLines &c = m_cells[i];
        int k = 0;
        while (c.first + k < c.last && lineBottom(*c.layout, c.first + k) - lineTop(*c.layout, c.first) <= room)
            ++k;
        head[i].last = c.first + k;
        tail[i].first = c.first + k;
        anyHead = anyHead || k > 0;
        anyTail = anyTail || c.first + k < c.last;
    }
    // Split a row only when it could not stand on a page of its own, or when
    // forced; short rows move to the next page whole.
    if (!anyHead || !anyTail || (!force && height() < available * 2.5))
        return {};
    auto first = std::make_shared<TableRowPiece>(m_geometry, head, m_header, m_striped);
    auto rest = std::make_shared<TableRowPiece>(m_geometry, tail, m_header, m_striped);
    inherit(*first, true);
    inherit(*rest, false);
    return {first, rest};
}

ChartPiece::ChartPiece(DocumentBlock chart, double width, double height, ChartStyle style)
    : m_chart(std::move(chart))
    , m_width(width)
    , m_height(height)
    , m_style(std::move(style))
{
}

void ChartPiece::draw(QPainter &painter, QPointF topLeft) const { drawChart(painter, QRectF(topLeft, QSizeF(m_width, m_height)), m_chart, m_style); }

SignatureRowPiece::SignatureRowPiece(QList<Box> boxes, double boxWidth, double gap, double signSpace, double lineWidth, QColor rule)
    : m_boxes(std::move(boxes))
    , m_boxWidth(boxWidth)
    , m_gap(gap)
    , m_signSpace(signSpace)
    , m_lineWidth(lineWidth)
    , m_rule(std::move(rule))
{
}

double SignatureRowPiece::textHeight(const Box &b) const
{
    double h = 0;
    for (const auto &l : b.lines)
        h += l->lineCount() > 0 ? lineBottom(*l, l->lineCount() - 1) : 0;
    return h;
}

double SignatureRowPiece::height() const
{
    double text = 0;
    double captions = 0;
    for (const Box &b : m_boxes) {
        text = std::max(text, textHeight(b));
        double c = 0;
        for (const auto &l : b.captions)
            c = std::max(c, l->lineCount() > 0 ? lineBottom(*l, l->lineCount() - 1) : 0.0);
        captions = std::max(captions, c);
    }
    return text + m_signSpace + m_lineWidth + captions;
}

void SignatureRowPiece::draw(QPainter &painter, QPointF topLeft) const
{
    double text = 0;
    for (const Box &b : m_boxes)
        text = std::max(text, textHeight(b));
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const Box &b = m_boxes[i];
        const double x = topLeft.x() + double(i) * (m_boxWidth + m_gap);
        double y = topLeft.y();
        for (const auto &l : b.lines) {
            for (int n = 0; n < l->lineCount(); ++n)
                l->lineAt(n).draw(&painter, QPointF(x, y));
            y += l->lineCount() > 0 ? lineBottom(*l, l->lineCount() - 1) : 0;
        }
        // The signing line, with what goes where printed below it.
        const double lineY = topLeft.y() + text + m_signSpace;
        const double captionGap = m_boxWidth * 0.08;
        const double half = (m_boxWidth - captionGap) / 2;
        for (qsizetype c = 0; c < b.captions.size(); ++c) {
            const double cx = b.captions.size() == 1 ? x : x + double(c) * (half + captionGap);
            const double w = b.captions.size() == 1 ? m_boxWidth : half;
            painter.fillRect(QRectF(cx, lineY, w, m_lineWidth), m_rule);
            const auto &cap = b.captions[c];
            for (int n = 0; n < cap->lineCount(); ++n)
                cap->lineAt(n).draw(&painter, QPointF(cx, lineY + m_lineWidth));
        }
    }
}

} // namespace akkoord::report
