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
