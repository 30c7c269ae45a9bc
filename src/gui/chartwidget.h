#pragma once

#include "domain/document.h"

#include <QWidget>

namespace akkoord::gui {

// Shows the urgency chart on screen with the very routine the documents use
// (report::drawUrgencyChart), so screen and paper never disagree.
class RatingChartWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit RatingChartWidget(QWidget *parent = nullptr);
    void setData(const UrgencyChartData &data);
    const UrgencyChartData &data() const { return m_data; }
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    UrgencyChartData m_data;
};

} // namespace akkoord::gui

namespace akkoord::gui {

// The self-assessment radar, drawn by the same routine as in the documents.
class RadarChartWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit RadarChartWidget(QWidget *parent = nullptr);
    void setData(const RadarChartData &data);
    const RadarChartData &data() const { return m_data; }
    QSize sizeHint() const override { return {520, 460}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    RadarChartData m_data;
};

} // namespace akkoord::gui

namespace akkoord::gui {

// Now versus desired per building block, drawn by the documents' routine.
class GapChartWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit GapChartWidget(QWidget *parent = nullptr);
    void setData(const GapChartData &data);
    const GapChartData &data() const { return m_data; }
    QSize sizeHint() const override { return {520, heightForWidth(520)}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    GapChartData m_data;
};

} // namespace akkoord::gui
