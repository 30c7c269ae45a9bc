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

// Sets the font of `root` to the application font times `factor`, and
// re-derives every relative font below it.
void apply(QWidget *root, double factor);

} // namespace akkoord::gui::zoom
