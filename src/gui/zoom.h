#pragma once

#include <QString>

class QWidget;

namespace akkoord::gui::zoom {

// Zoom in steps of 10 %, between 60 % and 300 %.
double stepped(double current, int steps);

// The screen a widget is on, as a key: its name and size, so a laptop panel
// and a projector each keep their own zoom.
QString screenKey(const QWidget *widget);
double load(const QString &role, const QWidget *widget);
void save(const QString &role, const QWidget *widget, double factor);

// Gives `widget` a font `scale` times that of its surroundings (a heading),
// and keeps that ratio when the zoom changes.
void setRelativeFont(QWidget *widget, double scale, bool bold = false);

// Sets the application font to its original size times `factor`, so every
// window, dialog and menu follows, and re-derives every relative font. (The
// projector sets its own sizes and zooms on its own.)
void apply(double factor);

} // namespace akkoord::gui::zoom
