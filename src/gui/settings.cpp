#include "gui/settings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace akkoord::gui {

// The settings list recent paths (names of children's-services
// trajectories): owner-only, like everything else Akkoord writes.
void Settings::write(const QString &key, const QVariant &value)
{
    QSettings settings;
    settings.setValue(key, value);
    settings.sync();
    const QString file = settings.fileName();
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(QFileInfo(file).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QStringList Settings::recentFiles() { return QSettings().value(QStringLiteral("recentFiles")).toStringList(); }
void Settings::setRecentFiles(const QStringList &files) { write(QStringLiteral("recentFiles"), files); }
QString Settings::language() { return QSettings().value(QStringLiteral("language")).toString(); }
void Settings::setLanguage(const QString &language) { write(QStringLiteral("language"), language); }
QString Settings::projectorScreen() { return QSettings().value(QStringLiteral("projector/screen")).toString(); }
void Settings::setProjectorScreen(const QString &name) { write(QStringLiteral("projector/screen"), name); }
QString Settings::houseTemplate() { return QSettings().value(QStringLiteral("covenant/houseTemplate")).toString(); }
void Settings::setHouseTemplate(const QString &path) { write(QStringLiteral("covenant/houseTemplate"), path); }
QByteArray Settings::windowGeometry() { return QSettings().value(QStringLiteral("window/geometry")).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { write(QStringLiteral("window/geometry"), geometry); }

} // namespace akkoord::gui
