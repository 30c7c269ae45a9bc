#pragma once

// Pieces for the questionnaire (tick boxes, lines to write on) and the
// boxed notice. Coordinates are device units of the layout's paint device.

#include "report/pieces.h"

namespace akkoord::report {

// A boxed, tinted paragraph with a bar at its left edge. Kept whole.
class NoticePiece final : public Piece
{
public:
    NoticePiece(std::shared_ptr<QTextLayout> text, double width, double padding, double bar, QColor border, QColor fill);
    double height() const override;
    void draw(QPainter &painter, QPointF topLeft) const override;

private:
    std::shared_ptr<QTextLayout> m_text;
    double m_width;
    double m_padding;
    double m_bar;
    QColor m_border;
    QColor m_fill;
};

// The columns of a rating scale: statement text on the left, one tick box
// per choice on the right.
struct ScaleGeometry
{
    double width = 0;
    double numberWidth = 0; // the statement's number
    double textWidth = 0;
    QList<double> columnCentre; // relative to the left edge
    double columnWidth = 0;
    double lastColumnWidth = 0; // "weet niet / n.v.t." is wider
    double box = 0;
    double padding = 0;
    double line = 0;
    QColor ink;
    QColor rule;
    QColor stripe;
};

// Column labels over the boxes, with a caption over the statements.
class ScaleHeaderPiece final : public Piece
{
public:
    ScaleHeaderPiece(std::shared_ptr<const ScaleGeometry> geometry, std::shared_ptr<QTextLayout> caption, QList<std::shared_ptr<QTextLayout>> labels);
    double height() const override;
    void draw(QPainter &painter, QPointF topLeft) const override;

private:
    std::shared_ptr<const ScaleGeometry> m_geometry;
    std::shared_ptr<QTextLayout> m_caption;
    QList<std::shared_ptr<QTextLayout>> m_labels;
};

// One statement: its number, its text and an empty box per column. Kept whole.
class ScaleItemPiece final : public Piece
{
public:
    ScaleItemPiece(std::shared_ptr<const ScaleGeometry> geometry, std::shared_ptr<QTextLayout> number, std::shared_ptr<QTextLayout> text, bool striped);
    double height() const override;
    void draw(QPainter &painter, QPointF topLeft) const override;

private:
    std::shared_ptr<const ScaleGeometry> m_geometry;
    std::shared_ptr<QTextLayout> m_number;
    std::shared_ptr<QTextLayout> m_text;
    bool m_striped;
};

// "Naam: ________" over the full width, with more blank lines under it; or
// "Label:  ☐ a   ☐ b" with labelled tick boxes.
class FieldPiece final : public Piece
{
public:
    FieldPiece(std::shared_ptr<QTextLayout> label, QList<std::shared_ptr<QTextLayout>> choices, int lines, double width, double lineGap, double box,
               double line, QColor ink, QColor rule);
    double height() const override;
    void draw(QPainter &painter, QPointF topLeft) const override;

private:
    double labelWidth() const;
    std::shared_ptr<QTextLayout> m_label;
    QList<std::shared_ptr<QTextLayout>> m_choices;
    int m_lines;
    double m_width;
    double m_lineGap;
    double m_box;
    double m_line;
    QColor m_ink;
    QColor m_rule;
};

} // namespace akkoord::report
