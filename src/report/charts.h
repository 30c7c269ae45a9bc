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
    // Radar series colours by RadarSeries::colour (wrapping); each series
    // also has its own marker shape, so a grey print stays readable.
    QList<QColor> series{QColor(0x1f, 0x5c, 0x8b), QColor(0xc8, 0x6a, 0x14), QColor(0x2e, 0x8b, 0x57), QColor(0x7a, 0x84, 0x8f), QColor(0x7b, 0x4f, 0x9d)};
    ChartStyle();
};

// Horizontal bars, one per partner, on a 1..maxScore scale with the average
// marked. Draws inside `rect` in the painter's coordinates; text that does
// not fit is elided (the full text belongs in a table beside the chart).
void drawUrgencyChart(QPainter &painter, const QRectF &rect, const UrgencyChartData &data, const ChartStyle &style = {});

// The height the chart wants at `width` on `device` (in device units).
double urgencyChartHeight(const UrgencyChartData &data, QPaintDevice *device, const ChartStyle &style = {});

// A radar (spider) chart: one axis per building block, clockwise from the
// top, rings at every whole score from 1 to the maximum, one line per
// series with markers; a missing value is a gap (no marker, no line to it).
// The legend and the note go below the web. Opaque lines only, no fills,
// so PDF/A and grey printing keep it readable.
void drawRadarChart(QPainter &painter, const QRectF &rect, const RadarChartData &data, const ChartStyle &style = {});

// The height the radar wants at `width` on `device` (in device units).
double radarChartHeight(const RadarChartData &data, double width, QPaintDevice *device, const ChartStyle &style = {});

// Now versus desired: one row per building block on a 1..maxScore scale,
// an open marker for now and a filled one for desired joined by a line (the
// gap), behind it a band for the range of the partners' "now" scores; the
// largest gaps and disagreements are marked. Legend below.
void drawGapChart(QPainter &painter, const QRectF &rect, const GapChartData &data, const ChartStyle &style = {});
double gapChartHeight(const GapChartData &data, QPaintDevice *device, const ChartStyle &style = {});

// Any chart block of a document, by its kind.
void drawChart(QPainter &painter, const QRectF &rect, const DocumentBlock &chart, const ChartStyle &style = {});
double chartHeight(const DocumentBlock &chart, double width, QPaintDevice *device, const ChartStyle &style = {});

} // namespace akkoord::report
