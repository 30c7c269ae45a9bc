// The self-assessment radar, drawn with QPainter only (PDF, ODT image and
// the GUI share it).

#include "report/charts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace akkoord::report {

namespace {

// Where everything goes, for one width; shared by the height and the drawing.
struct RadarGeometry
{
    double gap = 0;
    double labelWidth = 0;
    double labelBlock = 0; // room above and below the web for the axis labels
    double radius = 0;
    double legendRow = 0;
    QList<QList<qsizetype>> legendRows; // series indices per legend row
    QList<double> legendItemWidth;
    double sample = 0; // length of the line sample in the legend
    double noteHeight = 0;
    double height = 0;
};

// A label in at most two lines of `width`, the second elided.
QStringList labelLines(const QString &label, const QFontMetricsF &fm, double width)
{
    const QString text = label.simplified();
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    const QStringList words = text.split(QLatin1Char(' '));
    QString first;
    qsizetype i = 0;
    for (; i < words.size(); ++i) {
        const QString next = first.isEmpty() ? words[i] : first + QLatin1Char(' ') + words[i];
        if (!first.isEmpty() && fm.horizontalAdvance(next) > width)
            break;
        first = next;
    }
    const QString rest = words.mid(i).join(QLatin1Char(' '));
    QStringList out{fm.elidedText(first, Qt::ElideRight, width)};
    if (!rest.isEmpty())
        out << fm.elidedText(rest, Qt::ElideRight, width);
    return out;
}

QRectF noteRect(const QString &note, const QFontMetricsF &fm, double width)
{
    if (note.isEmpty())
        return {};
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignHCenter | Qt::TextWordWrap, note);
}

RadarGeometry geometryFor(const RadarChartData &data, double width, const QFontMetricsF &fm)
{
    RadarGeometry g;
    g.gap = fm.height() * 0.6;
    double widest = 0;
    for (const QString &a : data.axes)
        widest = std::max(widest, fm.horizontalAdvance(a.simplified()));
    g.labelWidth = std::min(widest, std::max(width * 0.22, fm.height() * 5));
    int lines = 1;
    for (const QString &a : data.axes)
        lines = std::max(lines, int(labelLines(a, fm, g.labelWidth).size()));
    g.labelBlock = lines * fm.height() + g.gap;
    g.radius = std::max(fm.height() * 2, std::min((width - 2 * (g.labelWidth + g.gap)) / 2, fm.height() * 11.5));

    g.legendRow = fm.height() * 1.6;
    g.sample = fm.height() * 2.4;
    const double spacing = fm.height() * 1.6;
    double x = 0;
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const double w = g.sample + g.gap + fm.horizontalAdvance(data.series[i].label);
        g.legendItemWidth << w;
        if (g.legendRows.isEmpty() || (x > 0 && x + spacing + w > width)) {
            g.legendRows.append(QList<qsizetype>());
            x = 0;
        }
        x += (x > 0 ? spacing : 0) + w;
        g.legendRows.last().append(i);
    }
    g.noteHeight = noteRect(data.note, fm, width).height();
    g.height = g.labelBlock + 2 * g.radius + g.labelBlock + (g.legendRows.isEmpty() ? 0 : g.gap + g.legendRows.size() * g.legendRow)
               + (g.noteHeight > 0 ? g.gap * 0.5 + g.noteHeight : 0) + g.gap * 0.5;
    return g;
}

QColor seriesColour(const ChartStyle &style, int index)
{
    if (style.series.isEmpty())
        return style.text;
    const auto n = int(style.series.size());
    return style.series[((index % n) + n) % n];
}

void drawMarker(QPainter &p, QPointF c, qsizetype shape, double r, const QColor &colour, bool hollow, double line)
{
    p.setPen(QPen(colour, line));
    p.setBrush(hollow ? QBrush(Qt::white) : QBrush(colour));
    switch (shape % 4) {
    case 0:
        p.drawEllipse(c, r, r);
        break;
    case 1:
        p.drawRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    case 2: {
        const QPolygonF t{QPointF(c.x(), c.y() - r * 1.2), QPointF(c.x() + r * 1.1, c.y() + r * 0.8), QPointF(c.x() - r * 1.1, c.y() + r * 0.8)};
        p.drawPolygon(t);
        break;
    }
    default: {
        const QPolygonF d{QPointF(c.x(), c.y() - r * 1.25), QPointF(c.x() + r * 1.25, c.y()), QPointF(c.x(), c.y() + r * 1.25), QPointF(c.x() - r * 1.25, c.y())};
        p.drawPolygon(d);
        break;
    }
    }
}

} // namespace

double radarChartHeight(const RadarChartData &data, double width, QPaintDevice *device, const ChartStyle &style)
{
    return geometryFor(data, width, QFontMetricsF(style.font, device)).height;
}

void drawRadarChart(QPainter &painter, const QRectF &rect, const RadarChartData &data, const ChartStyle &style)
{
    const auto n = data.axes.size();
    if (n == 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(style.font);
    const QFontMetricsF fm(style.font, painter.device());
    const RadarGeometry g = geometryFor(data, rect.width(), fm);
    const QPointF centre(rect.center().x(), rect.top() + g.labelBlock + g.radius);
    const double maximum = std::max(1.0, data.maximum);
    const double thin = std::max(0.5, fm.height() * 0.045);

    auto angle = [&](qsizetype i) { return -std::numbers::pi / 2 + 2 * std::numbers::pi * double(i) / double(n); };
    auto point = [&](qsizetype i, double value) {
        const double r = g.radius * std::clamp(value, 0.0, maximum) / maximum;
        return QPointF(centre.x() + r * std::cos(angle(i)), centre.y() + r * std::sin(angle(i)));
    };

    // The web: a ring per whole score, a spoke per axis.
    painter.setBrush(Qt::NoBrush);
    const int first = std::max(1, int(std::ceil(data.minimum)));
    for (int v = first; v <= int(maximum); ++v) {
        QPolygonF ring;
        for (qsizetype i = 0; i < n; ++i)
            ring << point(i, v);
        painter.setPen(QPen(v == int(maximum) ? style.muted : style.grid, v == int(maximum) ? thin * 1.5 : thin));
        painter.drawPolygon(ring);
    }
    painter.setPen(QPen(style.grid, thin));
    for (qsizetype i = 0; i < n; ++i)
        painter.drawLine(centre, point(i, maximum));

    // Scale numbers on the ring edge left of the top spoke, where no value
    // marker can sit, on a small white patch so the ring stays readable.
    QFont small = style.font;
    small.setPointSizeF(style.font.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF sfm(small, painter.device());
    for (int v = first; v <= int(maximum); ++v) {
        const QPointF p = n > 2 ? (point(0, v) + point(n - 1, v)) / 2 : point(0, v);
        const QString label = QString::number(v);
        const QRectF box(p.x() - sfm.horizontalAdvance(label) / 2 - 1, p.y() - sfm.height() / 2, sfm.horizontalAdvance(label) + 2, sfm.height());
        painter.fillRect(box, Qt::white);
        painter.setPen(style.muted);
        painter.drawText(box, Qt::AlignCenter, label);
    }
    painter.setFont(style.font);

    // Axis labels, outside the web.
    painter.setPen(style.text);
    for (qsizetype i = 0; i < n; ++i) {
        const double c = std::cos(angle(i));
        const double s = std::sin(angle(i));
        const QPointF anchor(centre.x() + (g.radius + g.gap) * c, centre.y() + (g.radius + g.gap) * s);
        const QStringList lines = labelLines(data.axes[i], fm, g.labelWidth);
        const double h = double(lines.size()) * fm.height();
        double top = s < -0.2 ? anchor.y() - h : s > 0.2 ? anchor.y() : anchor.y() - h / 2;
        if (std::abs(c) < 0.2)
            top = s < 0 ? anchor.y() - h : anchor.y();
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const double w = fm.horizontalAdvance(lines[l]);
            const double x = std::abs(c) < 0.2 ? anchor.x() - w / 2 : c > 0 ? anchor.x() : anchor.x() - w;
            painter.drawText(QPointF(x, top + double(l) * fm.height() + fm.ascent()), lines[l]);
        }
    }

    // The series: lines between neighbouring values, a marker on each value.
    const double line = std::max(1.0, fm.height() * 0.17);
    const double markerRadius = fm.height() * 0.26;
    for (qsizetype k = 0; k < data.series.size(); ++k) {
        const RadarSeries &series = data.series[k];
        const QColor colour = seriesColour(style, series.colour);
        QPen pen(colour, line, series.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (qsizetype i = 0; i < n; ++i) {
            const qsizetype j = (i + 1) % n;
            const std::optional<double> a = series.values.value(i);
            const std::optional<double> b = series.values.value(j);
            if (a && b && n > 1)
                painter.drawLine(point(i, *a), point(j, *b));
        }
        for (qsizetype i = 0; i < n; ++i)
            if (const std::optional<double> v = series.values.value(i))
                drawMarker(painter, point(i, *v), k, markerRadius, colour, series.dashed, line * 0.8);
    }

    // Legend rows, centred, then the note.
    double y = centre.y() + g.radius + g.labelBlock + g.gap;
    for (const QList<qsizetype> &row : g.legendRows) {
        double total = 0;
        for (qsizetype i : row)
            total += g.legendItemWidth[i];
        total += double(row.size() - 1) * fm.height() * 1.6;
        double x = rect.center().x() - total / 2;
        const double mid = y + g.legendRow / 2;
        for (qsizetype i : row) {
            const RadarSeries &series = data.series[i];
            const QColor colour = seriesColour(style, series.colour);
            painter.setPen(QPen(colour, line, series.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x, mid), QPointF(x + g.sample, mid));
            drawMarker(painter, QPointF(x + g.sample / 2, mid), i, markerRadius, colour, series.dashed, line * 0.8);
            painter.setPen(style.text);
            painter.drawText(QPointF(x + g.sample + g.gap, mid + (fm.ascent() - fm.descent()) / 2), series.label);
            x += g.legendItemWidth[i] + fm.height() * 1.6;
        }
        y += g.legendRow;
    }
    if (!data.note.isEmpty()) {
        painter.setPen(style.muted);
        painter.drawText(QRectF(rect.left(), y + g.gap * 0.5, rect.width(), g.noteHeight + 1), Qt::AlignHCenter | Qt::TextWordWrap, data.note);
    }
    painter.restore();
}

} // namespace akkoord::report
