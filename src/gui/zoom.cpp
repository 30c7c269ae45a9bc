#include "gui/zoom.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>

#include "gui/settings.h"
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace akkoord::gui::zoom {

namespace {
constexpr double kMin = 0.6;
constexpr double kMax = 3.0;
constexpr const char *kScale = "akkoordFontScale";
constexpr const char *kBold = "akkoordFontBold";

QString key(const QString &role, const QWidget *widget) { return QStringLiteral("zoom/%1/%2").arg(role, screenKey(widget)); }
} // namespace

double stepped(double current, int steps)
{
    // Whole steps of 10 % from 100 %, so in and out return exactly.
    const double level = std::round(std::log(current) / std::log(1.1)) + steps;
    return std::clamp(std::pow(1.1, level), kMin, kMax);
}

QString screenKey(const QWidget *widget)
{
    const QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QApplication::primaryScreen();
    if (!screen)
        return QStringLiteral("default");
    const QSize size = screen->size();
    QString name = screen->name();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("%1-%2x%3").arg(name.isEmpty() ? QStringLiteral("screen") : name).arg(size.width()).arg(size.height());
}

double load(const QString &role, const QWidget *widget)
{
    const double v = QSettings().value(key(role, widget), 1.0).toDouble();
    return std::isfinite(v) ? std::clamp(v, kMin, kMax) : 1.0;
}

void save(const QString &role, const QWidget *widget, double factor) { Settings::write(key(role, widget), factor); }

void setRelativeFont(QWidget *widget, double scale, bool bold)
{
    widget->setProperty(kScale, scale);
    widget->setProperty(kBold, bold);
    QFont f = widget->parentWidget() ? widget->parentWidget()->font() : QApplication::font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    widget->setFont(f);
}

void apply(double factor)
{
    // The application's own font before any zoom, kept from the first call,
    // so zooming never compounds.
    static const QFont original = QApplication::font();
    QFont base = original;
    base.setPointSizeF(original.pointSizeF() * factor);
    QApplication::setFont(base);
    for (QWidget *w : QApplication::allWidgets()) {
        const QVariant scale = w->property(kScale);
        if (!scale.isValid())
            continue;
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * scale.toDouble());
        f.setBold(w->property(kBold).toBool());
        w->setFont(f);
    }
}

} // namespace akkoord::gui::zoom
