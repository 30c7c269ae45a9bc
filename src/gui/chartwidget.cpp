#include "gui/chartwidget.h"

#include "report/charts.h"

#include <QPainter>

namespace akkoord::gui {

ChartWidget::ChartWidget(QWidget *parent, int minimumHeight)
    : QWidget(parent)
    , m_minimumHeight(minimumHeight)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(minimumHeight);
}

void ChartWidget::setChart(const DocumentBlock &chart)
{
    if (chart == m_chart)
        return;
    m_chart = chart;
    updateGeometry();
    update();
}

int ChartWidget::heightForWidth(int width) const
{
    report::ChartStyle style;
    style.font = font();
    return std::max(m_minimumHeight, int(report::chartHeight(m_chart, width, const_cast<ChartWidget *>(this), style)) + 8);
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    report::ChartStyle style;
    style.font = font();
    // A chart whose height follows its width (the radar) is narrowed until
    // it fits a short, wide area such as the projector's; any chart shorter
    // than its area is centred in it.
    const QRectF area = QRectF(rect()).adjusted(5, 5, -5, -5);
    double width = area.width();
    double height = report::chartHeight(m_chart, width, this, style);
    if (height > area.height() && height > 0) { // first a somewhat smaller type, then a narrower chart
        style.font.setPointSizeF(style.font.pointSizeF() * std::max(0.75, area.height() / height));
        height = report::chartHeight(m_chart, width, this, style);
    }
    for (int i = 0; i < 8 && height > area.height() && height > 0; ++i) {
        width *= 0.98 * area.height() / height;
        height = report::chartHeight(m_chart, width, this, style);
    }
    const QRectF target(area.left() + (area.width() - width) / 2, area.top() + std::max(0.0, (area.height() - height) / 2), width,
                        std::min(height, area.height()));
    report::drawChart(painter, target, m_chart, style);
}

RatingChartWidget::RatingChartWidget(QWidget *parent)
    : ChartWidget(parent)
{
    setChart(DocumentBlock::urgencyChart({}));
}

RadarChartWidget::RadarChartWidget(QWidget *parent)
    : ChartWidget(parent, 320)
{
    setChart(DocumentBlock::radarChart({}));
}

GapChartWidget::GapChartWidget(QWidget *parent)
    : ChartWidget(parent)
{
    setChart(DocumentBlock::gapChart({}));
}

} // namespace akkoord::gui
