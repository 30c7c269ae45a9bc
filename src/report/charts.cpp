#include "report/charts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace akkoord::report {

ChartStyle::ChartStyle()
    : font(QStringLiteral("DejaVu Sans"))
{
    font.setPointSizeF(8.0);
}

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

struct Metrics
{
    double row;
    double axis;
    double gap;
};

Metrics metricsFor(const QFontMetricsF &fm)
{
    return {fm.height() * 1.9, fm.height() * 2.0, fm.height() * 0.6};
}

} // namespace

double urgencyChartHeight(const UrgencyChartData &data, QPaintDevice *device, const ChartStyle &style)
{
    const QFontMetricsF fm(style.font, device);
    const Metrics m = metricsFor(fm);
    const auto rows = std::max<qsizetype>(1, data.entries.size());
    return m.gap + double(rows) * m.row + m.axis;
}

void drawUrgencyChart(QPainter &painter, const QRectF &rect, const UrgencyChartData &data, const ChartStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(style.font);
    const QFontMetricsF fm(style.font, painter.device());
    const Metrics m = metricsFor(fm);
    const int maxScore = std::max(1, data.maxScore);

    const double labelWidth = std::min(rect.width() * 0.38, fm.horizontalAdvance(QLatin1Char('x')) * 34);
    const double scoreWidth = fm.horizontalAdvance(QStringLiteral("00")) + m.gap;
    const QRectF plot(rect.left() + labelWidth + m.gap, rect.top() + m.gap, rect.width() - labelWidth - m.gap - scoreWidth,
                      double(std::max<qsizetype>(1, data.entries.size())) * m.row);
    auto xFor = [&](double score) { return plot.left() + plot.width() * score / maxScore; };

    // Grid: one vertical line per score, numbered below the plot.
    const double thin = std::max(0.5, fm.height() * 0.04);
    for (int s = 0; s <= maxScore; ++s) {
        const double x = xFor(s);
        painter.setPen(QPen(style.grid, thin));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (s > 0) {
            painter.setPen(style.muted);
            const QString label = QString::number(s);
            painter.drawText(QPointF(x - fm.horizontalAdvance(label) / 2, plot.bottom() + fm.ascent() + m.gap * 0.5), label);
        }
    }

    double sum = 0;
    int rated = 0;
    for (qsizetype i = 0; i < data.entries.size(); ++i) {
        const UrgencyEntry &e = data.entries[i];
        const double top = plot.top() + double(i) * m.row;
        const double mid = top + m.row / 2;
        painter.setPen(style.text);
        const QString name = fm.elidedText(e.partner.simplified(), Qt::ElideRight, labelWidth);
        painter.drawText(QPointF(rect.left() + labelWidth - fm.horizontalAdvance(name), mid + (fm.ascent() - fm.descent()) / 2), name);
        const QString scoreText = e.score > 0 ? QString::number(e.score) : QStringLiteral("–");
        if (e.score > 0) {
            sum += e.score;
            ++rated;
            const double barHeight = m.row * 0.56;
            const QRectF bar(plot.left(), mid - barHeight / 2, xFor(e.score) - plot.left(), barHeight);
            painter.setPen(Qt::NoPen);
            painter.setBrush(blend(style.low, style.high, maxScore > 1 ? double(e.score - 1) / (maxScore - 1) : 1.0));
            painter.drawRect(bar);
            painter.setPen(style.text);
            painter.drawText(QPointF(bar.right() + m.gap * 0.5, mid + (fm.ascent() - fm.descent()) / 2), scoreText);
        } else {
            painter.setPen(style.muted);
            painter.drawText(QPointF(plot.left() + m.gap * 0.5, mid + (fm.ascent() - fm.descent()) / 2), scoreText);
        }
    }

    if (rated > 0) {
        const double x = xFor(sum / rated);
        QPen pen(style.average, thin * 2.4, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, plot.top() - m.gap * 0.5), QPointF(x, plot.bottom()));
        if (!data.averageLabel.isEmpty()) {
            painter.setPen(style.average);
            const double w = fm.horizontalAdvance(data.averageLabel);
            const double tx = std::clamp(x - w / 2, plot.left(), rect.right() - w);
            painter.drawText(QPointF(tx, plot.bottom() + fm.ascent() * 2.3 + m.gap * 0.5), data.averageLabel);
        }
    }
    painter.restore();
}

} // namespace akkoord::report
