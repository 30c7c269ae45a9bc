#pragma once

#include "domain/document.h"

#include <QWidget>

namespace akkoord::gui {

// A chart of the documents drawn on screen with the very routine the
// documents use (report::drawChart), so screen and paper never disagree.
// The typed widgets below only say which chart they hold.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr, int minimumHeight = 0);
    QSize sizeHint() const override { return {520, heightForWidth(520)}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void setChart(const DocumentBlock &chart);
    const DocumentBlock &chart() const { return m_chart; }
    void paintEvent(QPaintEvent *event) override;

private:
    DocumentBlock m_chart;
    int m_minimumHeight;
};

// The urgency (or any rating) per partner.
class RatingChartWidget final : public ChartWidget
{
    Q_OBJECT
public:
    explicit RatingChartWidget(QWidget *parent = nullptr);
    void setData(const UrgencyChartData &data) { setChart(DocumentBlock::urgencyChart(data)); }
    const UrgencyChartData &data() const { return chart().urgency; }
};

// The self-assessment radar.
class RadarChartWidget final : public ChartWidget
{
    Q_OBJECT
public:
    explicit RadarChartWidget(QWidget *parent = nullptr);
    void setData(const RadarChartData &data) { setChart(DocumentBlock::radarChart(data)); }
    const RadarChartData &data() const { return chart().radar; }
};

// Now versus desired per building block.
class GapChartWidget final : public ChartWidget
{
    Q_OBJECT
public:
    explicit GapChartWidget(QWidget *parent = nullptr);
    void setData(const GapChartData &data) { setChart(DocumentBlock::gapChart(data)); }
    const GapChartData &data() const { return chart().gaps; }
};

} // namespace akkoord::gui
