#pragma once

// The laid-out pieces of a page: text, table rows, charts, signature rows.
// Each piece knows its height and how to draw itself; text pieces and table
// rows can split between lines so long text flows onto the next page.
// Coordinates are device units of the paint device used for layout.

#include "domain/document.h"
#include "report/charts.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QTextLayout>

#include <memory>
#include <utility>

class QPainter;
class QPaintDevice;

namespace akkoord::report {

class Piece;
using PiecePtr = std::shared_ptr<const Piece>;

class Piece
{
public:
    virtual ~Piece() = default;
    virtual double height() const = 0;
    virtual void draw(QPainter &painter, QPointF topLeft) const = 0;
    // The smallest first part that may stand at the foot of a page: what a
    // heading before this piece must see beside it.
    virtual double leadHeight() const { return height(); }
    // A part that fits in `available` and the rest, or two nulls. `force`
    // (on an empty page) ignores the rules against widows and orphans.
    virtual std::pair<PiecePtr, PiecePtr> split(double available, bool force) const;

    double spaceBefore = 0;
    bool keepWithNext = false;
    bool pageBreakBefore = false;
    PiecePtr repeatHeader; // a table's header row, repeated on a new page

protected:
    void inherit(Piece &part, bool first) const;
};

// Plain text laid out once; user text never passes through a markup parser.
struct TextSpec
{
    QString text;
    QFont font;
    QColor color;
    QString lead; // drawn bold before the text
    QColor leadColor;
    Qt::Alignment alignment = Qt::AlignLeft;
    double lineSpacing = 1.25;
};

std::shared_ptr<QTextLayout> layoutText(const TextSpec &spec, double width, QPaintDevice *device);

class TextPiece final : public Piece
{
public:
    // `marker` (a bullet or clause number) is drawn at the left edge of the
    // first line; the text starts at `indent`.
    TextPiece(std::shared_ptr<QTextLayout> layout, double indent, std::shared_ptr<QTextLayout> marker = {}, int first = 0, int last = -1);
    double height() const override;
    void draw(QPainter &painter, QPointF topLeft) const override;
    double leadHeight() const override;
    std::pair<PiecePtr, PiecePtr> split(double available, bool force) const override;

private:
    double span(int from, int to) const;
    std::shared_ptr<QTextLayout> m_layout;
    std::shared_ptr<QTextLayout> m_marker;
    double m_indent;
    int m_first;
    int m_last;
};

class SpacerPiece final : public Piece
{
public:
    explicit SpacerPiece(double height, QColor rule = {}, double ruleWidth = 0, double thickness = 0, double ruleX = 0);
    double height() const override { return m_height; }
    void draw(QPainter &painter, QPointF topLeft) const override;

private:
    double m_height;
    QColor m_rule;
    double m_ruleWidth;
    double m_thickness;
    double m_ruleX;
};

struct TableGeometry
{
    QList<double> columnX; // left edge of each column, relative to the table
    QList<double> columnWidth;
    double width = 0;
    double padding = 0;
    double ruleWidth = 0;
    QColor rule;
    QColor headerFill;
    QColor stripe;
};

struct CellLines
{
    std::shared_ptr<QTextLayout> layout;
    int first = 0;
    int last = 0;
};

class TableRowPiece final : public Piece
{
public:
    TableRowPiece(std::shared_ptr<const TableGeometry> geometry, QList<CellLines> cells, bool header, bool striped);
    double height() const override;
    void draw(QPainter &painter, QPointF topLeft) const override;
    std::pair<PiecePtr, PiecePtr> split(double available, bool force) const override;

private:
    double cellHeight(const CellLines &c) const;
    std::shared_ptr<const TableGeometry> m_geometry;
    QList<CellLines> m_cells;
    bool m_header;
    bool m_striped;
};

class ChartPiece final : public Piece
{
public:
    ChartPiece(DocumentBlock chart, double width, double height, ChartStyle style);
    double height() const override { return m_height; }
    void draw(QPainter &painter, QPointF topLeft) const override;

private:
    DocumentBlock m_chart;
    double m_width;
    double m_height;
    ChartStyle m_style;
};

// A row of signature boxes, kept together on one page.
class SignatureRowPiece final : public Piece
{
public:
    struct Box
    {
        QList<std::shared_ptr<QTextLayout>> lines; // organisation, name, function, …
        QList<std::shared_ptr<QTextLayout>> captions; // under the signing lines
    };
    SignatureRowPiece(QList<Box> boxes, double boxWidth, double gap, double signSpace, double lineWidth, QColor rule);
    double height() const override;
    void draw(QPainter &painter, QPointF topLeft) const override;

private:
    double textHeight(const Box &b) const;
    QList<Box> m_boxes;
    double m_boxWidth;
    double m_gap;
    double m_signSpace;
    double m_lineWidth;
    QColor m_rule;
};

} // namespace akkoord::report
