#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariant>

namespace akkoord::gui {

// One place that knows the keys in QSettings, with typed accessors.
struct Settings
{
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &files);
    static QString language(); // a language code; empty: follow the system
    static void setLanguage(const QString &language);
    static QString projectorScreen(); // a screen name; empty: automatic
    static void setProjectorScreen(const QString &name);
    // The house template new trajectories start from; empty: none.
    static QString houseTemplate();
    static void setHouseTemplate(const QString &path);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    // Writes one value and keeps the settings file owner-only (0600, its folder 0700).
    static void write(const QString &key, const QVariant &value);
};

} // namespace akkoord::gui
