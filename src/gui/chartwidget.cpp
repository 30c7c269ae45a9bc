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
    report::drawChart(painter, QRectF(rect()).adjusted(5, 5, -5, -5), m_chart, style);
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
