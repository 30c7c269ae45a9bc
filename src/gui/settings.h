#pragma once

#include <QByteArray>
#include <QStringList>

namespace akkoord::gui {

// One place that knows the keys in QSettings, with typed accessors.
struct Settings
{
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &files);
    static QString language(); // "nl" (default) or "en"
    static void setLanguage(const QString &language);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
};

} // namespace akkoord::gui
