#include "report/charts.h"

#include "domain/language.h"

#include <QFontMetricsF>
#include <QLocale>
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
    return m.gap + double(rows) * m.row + m.axis + (data.spreadLabel.isEmpty() ? 0.0 : fm.height() * 1.3);
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

    // A wide spread is highlighted behind the bars, in an opaque pale amber
    // (PDF/A has no transparency), and said in words under the chart.
    if (!data.spreadLabel.isEmpty() && data.spreadHigh > data.spreadLow) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xfb, 0xee, 0xd0));
        painter.drawRect(QRectF(QPointF(xFor(data.spreadLow), plot.top()), QPointF(xFor(data.spreadHigh), plot.bottom())));
        painter.setPen(QPen(QColor(0xc8, 0x86, 0x14), thin * 2));
        painter.drawLine(QPointF(xFor(data.spreadLow), plot.top()), QPointF(xFor(data.spreadLow), plot.bottom()));
        painter.drawLine(QPointF(xFor(data.spreadHigh), plot.top()), QPointF(xFor(data.spreadHigh), plot.bottom()));
        for (int s = 1; s <= maxScore; ++s) { // the grid stays visible over the band
            painter.setPen(QPen(style.grid, thin));
            if (s != data.spreadLow && s != data.spreadHigh)
                painter.drawLine(QPointF(xFor(s), plot.top()), QPointF(xFor(s), plot.bottom()));
        }
        painter.setPen(QColor(0x8a, 0x5a, 0x00));
        painter.drawText(QPointF(plot.left(), plot.bottom() + fm.ascent() * 2.3 + m.gap * 0.5 + fm.height() * 1.3), data.spreadLabel);
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

double gapChartHeight(const GapChartData &data, QPaintDevice *device, const ChartStyle &style)
{
    const QFontMetricsF fm(style.font, device);
    const Metrics m = metricsFor(fm);
    const auto rows = std::max<qsizetype>(1, data.rows.size());
    return m.gap + double(rows) * m.row + m.axis + fm.height() * 1.6;
}

void drawGapChart(QPainter &painter, const QRectF &rect, const GapChartData &data, const ChartStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(style.font);
    const QFontMetricsF fm(style.font, painter.device());
    const Metrics m = metricsFor(fm);
    const int maxScore = std::max(2, data.maxScore);
    const QColor accent(0xc8, 0x86, 0x14);
    const QColor band(0xe4, 0xea, 0xf0);

    const double labelWidth = std::min(rect.width() * 0.34, fm.horizontalAdvance(QLatin1Char('x')) * 30);
    const double gapWidth = fm.horizontalAdvance(QStringLiteral("+0,0")) + m.gap * 1.5;
    const QRectF plot(rect.left() + labelWidth + m.gap, rect.top() + m.gap, rect.width() - labelWidth - m.gap * 2 - gapWidth,
                      double(std::max<qsizetype>(1, data.rows.size())) * m.row);
    auto xFor = [&](double score) { return plot.left() + plot.width() * (score - 1) / (maxScore - 1); };
    const double thin = std::max(0.5, fm.height() * 0.04);
    const double radius = m.row * 0.2;

    for (int s = 1; s <= maxScore; ++s) {
        const double x = xFor(s);
        painter.setPen(QPen(style.grid, thin));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(style.muted);
        const QString label = QString::number(s);
        painter.drawText(QPointF(x - fm.horizontalAdvance(label) / 2, plot.bottom() + fm.ascent() + m.gap * 0.5), label);
    }

    const QLocale locale = Language(data.language).locale();
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        const GapChartRow &r = data.rows[i];
        const double mid = plot.top() + (double(i) + 0.5) * m.row;
        const double baseline = mid + (fm.ascent() - fm.descent()) / 2;
        QFont labelFont = style.font;
        labelFont.setBold(r.largestGap || r.largestDisagreement);
        painter.setFont(labelFont);
        const QFontMetricsF lfm(labelFont, painter.device());
        const QString name = lfm.elidedText(r.label.simplified(), Qt::ElideRight, labelWidth);
        painter.setPen(style.text);
        painter.drawText(QPointF(rect.left() + labelWidth - lfm.horizontalAdvance(name), baseline), name);
        painter.setFont(style.font);
        if (r.nowLow > 0 && r.nowHigh > r.nowLow) {
            const double h = m.row * 0.5;
            painter.setPen(r.largestDisagreement ? QPen(accent, thin * 2) : Qt::NoPen);
            painter.setBrush(r.largestDisagreement ? QColor(0xfb, 0xee, 0xd0) : band);
            painter.drawRect(QRectF(QPointF(xFor(r.nowLow), mid - h / 2), QPointF(xFor(r.nowHigh), mid + h / 2)));
        }
        if (!r.now && !r.desired) {
            painter.setPen(style.muted);
            painter.drawText(QPointF(plot.left() + m.gap * 0.5, baseline), QStringLiteral("–"));
            continue;
        }
        if (r.now && r.desired) {
            painter.setPen(QPen(r.largestGap ? style.average : style.high, thin * 4, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(xFor(*r.now), mid), QPointF(xFor(*r.desired), mid));
            const double gap = *r.desired - *r.now;
            const QString text = (gap > 0 ? QStringLiteral("+") : QString()) + locale.toString(gap, 'f', 1);
            painter.setPen(r.largestGap ? style.average : style.text);
            painter.drawText(QPointF(plot.right() + m.gap * 1.2, baseline), text);
        }
        if (r.now) {
            painter.setPen(QPen(style.high, thin * 3));
            painter.setBrush(Qt::white);
            painter.drawEllipse(QPointF(xFor(*r.now), mid), radius, radius);
        }
        if (r.desired) {
            painter.setPen(QPen(style.high, thin * 3));
            painter.setBrush(style.high);
            painter.drawEllipse(QPointF(xFor(*r.desired), mid), radius, radius);
        }
    }

    // Legend.
    double x = plot.left();
    const double y = plot.bottom() + fm.ascent() + m.gap * 0.5 + fm.height() * 1.5;
    const double cy = y - (fm.ascent() - fm.descent()) / 2;
    auto legend = [&](const QString &text, auto &&marker) {
        if (text.isEmpty())
            return;
        marker(QPointF(x + radius, cy));
        painter.setPen(style.muted);
        painter.drawText(QPointF(x + radius * 2 + m.gap * 0.5, y), text);
        x += radius * 2 + m.gap * 1.8 + fm.horizontalAdvance(text);
    };
    legend(data.nowLabel, [&](QPointF c) {
        painter.setPen(QPen(style.high, thin * 3));
        painter.setBrush(Qt::white);
        painter.drawEllipse(c, radius, radius);
    });
    legend(data.desiredLabel, [&](QPointF c) {
        painter.setPen(QPen(style.high, thin * 3));
        painter.setBrush(style.high);
        painter.drawEllipse(c, radius, radius);
    });
    legend(data.spreadLabel, [&](QPointF c) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(band);
        painter.drawRect(QRectF(c.x() - radius, c.y() - radius, radius * 2, radius * 2));
    });
    painter.restore();
}

void drawChart(QPainter &painter, const QRectF &rect, const DocumentBlock &chart, const ChartStyle &style)
{
    switch (chart.chart) {
    case ChartKind::Urgency:
        drawUrgencyChart(painter, rect, chart.urgency, style);
        break;
    case ChartKind::Radar:
        drawRadarChart(painter, rect, chart.radar, style);
        break;
    case ChartKind::Gaps:
        drawGapChart(painter, rect, chart.gaps, style);
        break;
    }
}

double chartHeight(const DocumentBlock &chart, double width, QPaintDevice *device, const ChartStyle &style)
{
    switch (chart.chart) {
    case ChartKind::Urgency:
        return urgencyChartHeight(chart.urgency, device, style);
    case ChartKind::Radar:
        return radarChartHeight(chart.radar, width, device, style);
    case ChartKind::Gaps:
        return gapChartHeight(chart.gaps, device, style);
    }
    return 0;
}

} // namespace akkoord::report
