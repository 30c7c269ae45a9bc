#pragma once

// Charts drawn with QPainter only, so the same routine draws on paper (PDF),
// into an image (ODT) and on screen (the GUI's Documents page).

#include "domain/document.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace akkoord::report {

struct ChartStyle
{
    QFont font; // default: DejaVu Sans 8 pt
    QColor text{0x1d, 0x23, 0x2b};
    QColor muted{0x5f, 0x6b, 0x78};
    QColor grid{0xd5, 0xdc, 0xe3};
    QColor low{0x9c, 0xc3, 0xe0}; // bar colour for score 1, blending to `high` at the top score
    QColor high{0x1f, 0x5c, 0x8b};
    QColor average{0xb0, 0x2a, 0x2a};
    ChartStyle();
};

// Horizontal bars, one per partner, on a 1..maxScore scale with the average
// marked. Draws inside `rect` in the painter's coordinates; text that does
// not fit is elided (the full text belongs in a table beside the chart).
void drawUrgencyChart(QPainter &painter, const QRectF &rect, const UrgencyChartData &data, const ChartStyle &style = {});

// The height the chart wants at `width` on `device` (in device units).
double urgencyChartHeight(const UrgencyChartData &data, QPaintDevice *device, const ChartStyle &style = {});

} // namespace akkoord::report
