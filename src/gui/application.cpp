#include "gui/application.h"

#include "catalog/catalogloader.h"
#include "domain/error.h"
#include "domain/language.h"
#include "domain/safewrite.h"
#include "gui/mainwindow.h"
#include "gui/screenshots.h"
#include "gui/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

namespace akkoord::gui {

int runApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Akkoord"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/akkoord.svg")));
    QApplication::setDesktopFileName(QStringLiteral("akkoord"));

    installInterfaceLanguage(interfaceLanguage(Settings::language()));
    QCommandLineParser parser;
    const QCommandLineOption catalogOption(QStringLiteral("catalog"), QStringLiteral("Use the catalogue in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: nl or en."), QStringLiteral("LANG"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-show"), QStringLiteral("Quit once the window has been painted (for benchmarks)."));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"), QStringLiteral("Save a PNG of every page into DIR and quit."), QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("window-size"), QStringLiteral("Window size, e.g. 1366x768."), QStringLiteral("WxH"));
    parser.addOptions({catalogOption, langOption, quitOption, shotsOption, sizeOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .akkoord file to open."));
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << "akkoord: " << parser.errorText() << Qt::endl;
        return 2;
    }
    const bool quitAfterShow = parser.isSet(quitOption);

    const QString catalogDir = parser.isSet(catalogOption) ? parser.value(catalogOption) : builtinCatalogDir();
    const CatalogLoad load = loadCatalog(catalogDir);
    if (!load.ok()) {
        const QString report = catalogReport(load, catalogDir);
        QTextStream(stderr) << report;
        if (!quitAfterShow)
            QMessageBox::critical(nullptr, QStringLiteral("Akkoord"),
                                  QApplication::translate("main", "The question catalogue contains errors, so Akkoord cannot start.\n\n%1").arg(report.left(4000)));
        return 1;
    }

    const QString language = parser.isSet(langOption) ? parser.value(langOption) : Settings::language();
    installInterfaceLanguage(interfaceLanguage(language));
    MainWindow window(load.catalog, language);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        try {
            window.openFile(files.first());
        } catch (const UserError &e) {
            QTextStream(stderr) << "akkoord: " << printable(e.message()) << Qt::endl;
            if (quitAfterShow)
                return 1;
            QMessageBox::warning(&window, QApplication::translate("main", "Could not open the file"), e.message());
        }
    }
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    if (parser.isSet(shotsOption)) {
        const QString dir = parser.value(shotsOption);
        QTimer::singleShot(0, &app, [&window, dir] {
            const int failures = saveScreenshots(window, dir);
            QApplication::exit(failures == 0 ? 0 : 1);
        });
        return QApplication::exec();
    }
    if (quitAfterShow)
        QTimer::singleShot(0, &app, [&] {
            window.repaint();
            QApplication::quit();
        });
    return QApplication::exec();
}

} // namespace akkoord::gui
