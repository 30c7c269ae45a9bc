#include "gui/settings.h"

#include <QSettings>

namespace akkoord::gui {

QStringList Settings::recentFiles() { return QSettings().value(QStringLiteral("recentFiles")).toStringList(); }
void Settings::setRecentFiles(const QStringList &files) { QSettings().setValue(QStringLiteral("recentFiles"), files); }
QString Settings::language() { return QSettings().value(QStringLiteral("language"), QStringLiteral("nl")).toString(); }
void Settings::setLanguage(const QString &language) { QSettings().setValue(QStringLiteral("language"), language); }
QByteArray Settings::windowGeometry() { return QSettings().value(QStringLiteral("window/geometry")).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { QSettings().setValue(QStringLiteral("window/geometry"), geometry); }

} // namespace akkoord::gui
