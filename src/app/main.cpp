// Akkoord: the program's entry point. Headless commands run without a window
// system; everything else opens the GUI.

#include "cli/commands.h"
#include "domain/language.h"
#ifdef AKKOORD_WITH_GUI
#include "gui/application.h"
#endif

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <cstring>

namespace {

bool hasFlag(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i)
        for (const char *n : names)
            if (std::strcmp(argv[i], n) == 0)
                return true;
    return false;
}

// The language of what the command line prints: --lang when given, else
// the interface language chosen in the program, else the system's.
void installLanguage(int argc, char **argv)
{
    QString code = QSettings().value(QStringLiteral("language")).toString();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            code = QString::fromLocal8Bit(argv[i + 1]);
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            code = QString::fromLocal8Bit(argv[i] + 7);
    }
    akkoord::installInterfaceLanguage(akkoord::interfaceLanguage(code));
}

} // namespace

int main(int argc, char **argv)
{
    // Past a file-size limit, write() then fails with EFBIG and is reported
    // like a full disk, instead of the process being killed.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication::setOrganizationName(QStringLiteral("Akkoord"));
    QCoreApplication::setApplicationName(QStringLiteral("Akkoord"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKKOORD_VERSION));

    const bool headless = argc > 1 && akkoord::cli::isCommand(QString::fromLocal8Bit(argv[1]));
    if (headless && std::strcmp(argv[1], "report") == 0) {
        // Documents need fonts and a paint engine, but never a window: run
        // offscreen when there is no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installLanguage(argc, argv);
        return akkoord::cli::run(QCoreApplication::arguments());
    }
    if (headless) {
        QCoreApplication app(argc, argv);
        installLanguage(argc, argv);
        return akkoord::cli::run(QCoreApplication::arguments());
    }
    if (hasFlag(argc, argv, {"--version", "-v"})) {
        std::printf("akkoord %s\n", AKKOORD_VERSION);
        return 0;
    }
    if (hasFlag(argc, argv, {"--help", "-h", "-?"})) {
        QCoreApplication app(argc, argv);
        installLanguage(argc, argv);
        QTextStream(stdout) << QCoreApplication::translate("akkoord::cli", "Akkoord %1 — guided partnership dialogue for youth and child services.").arg(QStringLiteral(AKKOORD_VERSION))
                            << QStringLiteral("\n\n")
                            << akkoord::cli::usage();
        return 0;
    }
#ifdef AKKOORD_WITH_GUI
    return akkoord::gui::runApplication(argc, argv);
#else
    QCoreApplication app(argc, argv);
    installLanguage(argc, argv);
    QTextStream(stderr) << QCoreApplication::translate("akkoord::cli", "akkoord: this build has no window; give a command (see akkoord --help).") << Qt::endl;
    return 2;
#endif
}
