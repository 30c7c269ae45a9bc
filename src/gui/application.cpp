#include "gui/application.h"

#include "catalog/catalogloader.h"
#include "domain/error.h"
#include "gui/mainwindow.h"
#include "storage/trajectoryfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

namespace akkoord::gui {

int runApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Akkoord"));

    QCommandLineParser parser;
    const QCommandLineOption catalogOption(QStringLiteral("catalog"), QApplication::translate("main", "Use the catalogue in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "Language: nl or en."), QStringLiteral("LANG"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-show"), QApplication::translate("main", "Quit once the window has been painted (for benchmarks)."));
    parser.addOptions({catalogOption, langOption, quitOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "The .akkoord file to open."));
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << "akkoord: " << parser.errorText() << Qt::endl;
        return 2;
    }

    const QString catalogDir = parser.isSet(catalogOption) ? parser.value(catalogOption) : builtinCatalogDir();
    const CatalogLoad load = loadCatalog(catalogDir);
    if (!load.ok()) {
        const QString report = catalogReport(load, catalogDir);
        QTextStream(stderr) << report;
        QMessageBox::critical(nullptr, QApplication::translate("main", "Akkoord"),
                              QApplication::translate("main", "The question catalogue has errors, so Akkoord cannot start.\n\n%1").arg(report.left(4000)));
        return 1;
    }

    MainWindow window(load.catalog, parser.isSet(langOption) ? parser.value(langOption) : QStringLiteral("nl"));
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        try {
            window.openFile(files.first());
        } catch (const UserError &e) {
            QTextStream(stderr) << "akkoord: " << e.message() << Qt::endl;
            if (parser.isSet(quitOption))
                return 1;
            QMessageBox::warning(&window, QApplication::translate("main", "Cannot open the file"), e.message());
        }
    }
    window.show();
    if (parser.isSet(quitOption))
        QTimer::singleShot(0, &app, [&] {
            window.repaint();
            QApplication::quit();
        });
    return QApplication::exec();
}

} // namespace akkoord::gui
