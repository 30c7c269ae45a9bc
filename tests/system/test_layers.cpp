// The layers (ARCHITECTURE.md, issue 14): each src/ folder may include only
// the Qt modules and the project folders below it. Data flows one way, and
// the application core, the command line and the file layer never see
// widgets, so the phone participation and a build without the GUI can use
// them. A forbidden include fails here, whatever the build configuration.

#include "support/support.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>

using namespace akkoord::test;

namespace {

struct Rule
{
    QSet<QString> qt; // Qt modules
    QSet<QString> folders; // project folders under src/
};

const QHash<QString, Rule> &rules()
{
    static const QHash<QString, Rule> r{
        {QStringLiteral("domain"), {{QStringLiteral("QtCore")}, {QStringLiteral("domain")}}},
        {QStringLiteral("catalog"), {{QStringLiteral("QtCore")}, {QStringLiteral("domain"), QStringLiteral("catalog")}}},
        {QStringLiteral("storage"), {{QStringLiteral("QtCore")}, {QStringLiteral("domain"), QStringLiteral("storage")}}},
        {QStringLiteral("session"), {{QStringLiteral("QtCore")}, {QStringLiteral("domain"), QStringLiteral("storage"), QStringLiteral("session")}}},
        {QStringLiteral("report"), {{QStringLiteral("QtCore"), QStringLiteral("QtGui")}, {QStringLiteral("domain"), QStringLiteral("report")}}},
        {QStringLiteral("cli"),
         {{QStringLiteral("QtCore")},
          {QStringLiteral("domain"), QStringLiteral("catalog"), QStringLiteral("storage"), QStringLiteral("session"), QStringLiteral("report"), QStringLiteral("cli")}}},
    };
    return r;
}

// The Qt module a header belongs to ("QtWidgets" for <QWidget> and for
// <QtWidgets/QWidget>), or empty when it is not a Qt header.
QString qtModule(const QString &header)
{
    static const QString root = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    if (header.startsWith(QLatin1String("Qt")) && header.contains(QLatin1Char('/')))
        return header.section(QLatin1Char('/'), 0, 0);
    if (!header.startsWith(QLatin1Char('Q')))
        return {};
    for (const QString &module : QDir(root).entryList({QStringLiteral("Qt*")}, QDir::Dirs))
        if (QFileInfo::exists(root + QLatin1Char('/') + module + QLatin1Char('/') + header))
            return module;
    return {};
}

// Every forbidden include below `src`, one line each.
QStringList violations(const QString &src)
{
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"), QRegularExpression::MultilineOption);
    QStringList out;
    for (auto it = rules().cbegin(); it != rules().cend(); ++it) {
        QDirIterator files(src + QLatin1Char('/') + it.key(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString text = QString::fromUtf8(readAll(path));
            for (auto m = include.globalMatch(text); m.hasNext();) {
                const auto match = m.next();
                const QString header = match.captured(2);
                const QString where = QDir(src).relativeFilePath(path) + QStringLiteral(": #include ") + header;
                if (match.captured(1) == QLatin1String("\"")) {
                    const QString folder = header.section(QLatin1Char('/'), 0, 0);
                    if (header.contains(QLatin1Char('/')) && QFileInfo::exists(src + QLatin1Char('/') + folder) && !it.value().folders.contains(folder))
                        out << where + QStringLiteral(" (") + it.key() + QStringLiteral(" may not use ") + folder + QLatin1Char(')');
                    continue;
                }
                const QString module = qtModule(header);
                if (!module.isEmpty() && !it.value().qt.contains(module))
                    out << where + QStringLiteral(" (") + it.key() + QStringLiteral(" may not use ") + module + QLatin1Char(')');
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("Every layer includes only what it may use")
{
    const QStringList found = violations(sourcePath(QStringLiteral("src")));
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("The layer check notices a widget include and an upward include")
{
    TempDir dir;
    QDir().mkpath(dir.path(QStringLiteral("domain")));
    QDir().mkpath(dir.path(QStringLiteral("gui")));
    writeAll(dir.path(QStringLiteral("domain/a.cpp")), "#include \"gui/mainwindow.h\"\n#include <QtWidgets/QWidget>\n#include <QPushButton>\n#include <QString>\n#include <vector>\n");
    const QStringList found = violations(dir.root());
    INFO(found.join(QLatin1Char('\n')).toStdString());
    REQUIRE(found.size() == 3);
    CHECK(found[0].contains(QStringLiteral("may not use gui")));
    CHECK(found[1].contains(QStringLiteral("may not use QtWidgets")));
    CHECK(found[2].contains(QStringLiteral("QPushButton")));
}
