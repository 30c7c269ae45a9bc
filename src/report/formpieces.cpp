#include "report/formpieces.h"

#include <QPainter>

#include <algorithm>

namespace akkoord::report {

namespace {

// The height of a laid-out text including the spacing around its lines.
double textHeight(const QTextLayout &l)
{
    if (l.lineCount() == 0)
        return 0;
    const QTextLine first = l.lineAt(0);
    const QTextLine last = l.lineAt(l.lineCount() - 1);
    return last.y() + last.height() + first.y();
}

double textWidth(const QTextLayout &l)
{
    double w = 0;
    for (int i = 0; i < l.lineCount(); ++i)
        w = std::max(w, l.lineAt(i).naturalTextWidth());
    return w;
}

// The middle of the first line, for lining up boxes with text.
double firstLineMiddle(const QTextLayout &l)
{
    if (l.lineCount() == 0)
        return 0;
    const QTextLine line = l.lineAt(0);
    return line.y() + line.ascent() - line.ascent() * 0.36;
}

void tickBox(QPainter &p, QPointF centre, double size, double line, const QColor &ink)
{
    p.setPen(QPen(ink, line));
    p.setBrush(Qt::white);
    p.drawRect(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size));
}

} // namespace

NoticePiece::NoticePiece(std::shared_ptr<QTextLayout> text, double width, double padding, double bar, QColor border, QColor fill)
    : m_text(std::move(text))
    , m_width(width)
    , m_padding(padding)
    , m_bar(bar)
    , m_border(std::move(border))
    , m_fill(std::move(fill))
{
}

double NoticePiece::height() const { return textHeight(*m_text) + 2 * m_padding; }

void NoticePiece::draw(QPainter &painter, QPointF topLeft) const
{
    painter.save();
    const QRectF box(topLeft, QSizeF(m_width, height()));
    painter.fillRect(box, m_fill);
    painter.setPen(QPen(m_border, m_bar * 0.25));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    painter.fillRect(QRectF(box.topLeft(), QSizeF(m_bar, box.height())), m_border);
    m_text->draw(&painter, topLeft + QPointF(m_bar + m_padding, m_padding));
    painter.restore();
}

ScaleHeaderPiece::ScaleHeaderPiece(std::shared_ptr<const ScaleGeometry> geometry, std::shared_ptr<QTextLayout> caption, QList<std::shared_ptr<QTextLayout>> labels)
    : m_geometry(std::move(geometry))
    , m_caption(std::move(caption))
    , m_labels(std::move(labels))
{
}

double ScaleHeaderPiece::height() const
{
    double h = m_caption ? textHeight(*m_caption) : 0;
    for (const auto &l : m_labels)
        h = std::max(h, textHeight(*l));
    return h + m_geometry->padding * 1.5;
}

void ScaleHeaderPiece::draw(QPainter &painter, QPointF topLeft) const
{
    const ScaleGeometry &g = *m_geometry;
    const double bottom = topLeft.y() + height() - g.padding;
    painter.save();
    if (m_caption)
        m_caption->draw(&painter, QPointF(topLeft.x() + g.numberWidth, bottom - textHeight(*m_caption)));
    for (qsizetype i = 0; i < m_labels.size() && i < g.columnCentre.size(); ++i) {
        const bool last = i + 1 == g.columnCentre.size();
        const double w = last ? g.lastColumnWidth : g.columnWidth;
        m_labels[i]->draw(&painter, QPointF(topLeft.x() + g.columnCentre[i] - w / 2, bottom - textHeight(*m_labels[i])));
    }
    painter.fillRect(QRectF(topLeft.x(), topLeft.y() + height() - g.line, g.width, g.line), g.ink);
    painter.restore();
}

ScaleItemPiece::ScaleItemPiece(std::shared_ptr<const ScaleGeometry> geometry, std::shared_ptr<QTextLayout> number, std::shared_ptr<QTextLayout> text, bool striped)
    : m_geometry(std::move(geometry))
    , m_number(std::move(number))
    , m_text(std::move(text))
    , m_striped(striped)
{
}

double ScaleItemPiece::height() const
{
    const ScaleGeometry &g = *m_geometry;
    return std::max(textHeight(*m_text), g.box * 1.4) + 2 * g.padding;
}

void ScaleItemPiece::draw(QPainter &painter, QPointF topLeft) const
{
    const ScaleGeometry &g = *m_geometry;
    const double h = height();
    painter.save();
    if (m_striped)
        painter.fillRect(QRectF(topLeft, QSizeF(g.width, h)), g.stripe);
    const double textTop = topLeft.y() + (h - textHeight(*m_text)) / 2;
    if (m_number)
        m_number->draw(&painter, QPointF(topLeft.x(), textTop));
    m_text->draw(&painter, QPointF(topLeft.x() + g.numberWidth, textTop));
    const double mid = topLeft.y() + h / 2;
    for (double x : g.columnCentre)
        tickBox(painter, QPointF(topLeft.x() + x, mid), g.box, g.line * 1.6, g.ink);
    painter.fillRect(QRectF(topLeft.x(), topLeft.y() + h - g.line * 0.6, g.width, g.line * 0.6), g.rule);
    painter.restore();
}

FieldPiece::FieldPiece(std::shared_ptr<QTextLayout> label, QList<std::shared_ptr<QTextLayout>> choices, int lines, double width, double lineGap, double box,
                       double line, QColor ink, QColor rule)
    : m_label(std::move(label))
    , m_choices(std::move(choices))
    , m_lines(lines)
    , m_width(width)
    , m_lineGap(lineGap)
    , m_box(box)
    , m_line(line)
    , m_ink(std::move(ink))
    , m_rule(std::move(rule))
{
}

double FieldPiece::labelWidth() const { return textWidth(*m_label); }

double FieldPiece::height() const
{
    const double first = std::max(textHeight(*m_label), m_box * 1.4);
    return first + double(std::max(0, m_lines - 1)) * m_lineGap + m_lineGap * 0.25;
}

void FieldPiece::draw(QPainter &painter, QPointF topLeft) const
{
    painter.save();
    m_label->draw(&painter, topLeft);
    const double gap = m_box * 0.9;
    const QTextLine first = m_label->lineCount() > 0 ? m_label->lineAt(0) : QTextLine();
    const double baseline = topLeft.y() + (first.isValid() ? first.y() + first.ascent() : m_box);
    double x = topLeft.x() + labelWidth() + gap;
    if (m_choices.isEmpty()) {
        const double rule = m_line;
        painter.fillRect(QRectF(x, baseline + m_line * 2, topLeft.x() + m_width - x, rule), m_rule);
        for (int i = 1; i < m_lines; ++i)
            painter.fillRect(QRectF(topLeft.x(), baseline + m_line * 2 + double(i) * m_lineGap, m_width, rule), m_rule);
    } else {
        const double mid = topLeft.y() + firstLineMiddle(*m_label);
        x += gap;
        for (const auto &choice : m_choices) {
            tickBox(painter, QPointF(x + m_box / 2, mid), m_box, m_line * 1.6, m_ink);
            x += m_box + gap * 0.7;
            choice->draw(&painter, QPointF(x, topLeft.y()));
            x += textWidth(*choice) + gap * 2.5;
        }
    }
    painter.restore();
}

} // namespace akkoord::report
