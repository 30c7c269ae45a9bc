#include "gui/chartwidget.h"

#include "report/charts.h"

#include <QPainter>

namespace akkoord::gui {

RatingChartWidget::RatingChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RatingChartWidget::setData(const UrgencyChartData &data)
{
    if (data == m_data)
        return;
    m_data = data;
    updateGeometry();
    update();
}

int RatingChartWidget::heightForWidth(int) const
{
    report::ChartStyle style;
    style.font = font();
    return int(report::urgencyChartHeight(m_data, const_cast<RatingChartWidget *>(this), style)) + 8;
}

QSize RatingChartWidget::sizeHint() const { return {480, heightForWidth(480)}; }

void RatingChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    report::ChartStyle style;
    style.font = font();
    report::drawUrgencyChart(painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_data, style);
}

} // namespace akkoord::gui

namespace akkoord::gui {

RadarChartWidget::RadarChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(320);
}

void RadarChartWidget::setData(const RadarChartData &data)
{
    if (data == m_data)
        return;
    m_data = data;
    updateGeometry();
    update();
}

int RadarChartWidget::heightForWidth(int width) const
{
    report::ChartStyle style;
    style.font = font();
    return std::max(320, int(report::radarChartHeight(m_data, width, const_cast<RadarChartWidget *>(this), style)));
}

void RadarChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    report::ChartStyle style;
    style.font = font();
    report::drawRadarChart(painter, QRectF(rect()).adjusted(6, 6, -6, -6), m_data, style);
}

} // namespace akkoord::gui

namespace akkoord::gui {

GapChartWidget::GapChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void GapChartWidget::setData(const GapChartData &data)
{
    if (data == m_data)
        return;
    m_data = data;
    updateGeometry();
    update();
}

int GapChartWidget::heightForWidth(int) const
{
    report::ChartStyle style;
    style.font = font();
    return int(report::gapChartHeight(m_data, const_cast<GapChartWidget *>(this), style)) + 8;
}

void GapChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    report::ChartStyle style;
    style.font = font();
    report::drawGapChart(painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_data, style);
}

} // namespace akkoord::gui
