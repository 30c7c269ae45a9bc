// Akkoord: the program's entry point. Headless commands run without a window
// system; everything else opens the GUI.

#include "app/commands.h"
#include "gui/application.h"

#include <QCoreApplication>
#include <QGuiApplication>
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
        return akkoord::cli::run(QCoreApplication::arguments());
    }
    if (headless) {
        QCoreApplication app(argc, argv);
        return akkoord::cli::run(QCoreApplication::arguments());
    }
    if (hasFlag(argc, argv, {"--version", "-v"})) {
        std::printf("akkoord %s\n", AKKOORD_VERSION);
        return 0;
    }
    if (hasFlag(argc, argv, {"--help", "-h", "-?"})) {
        QCoreApplication app(argc, argv);
        QTextStream(stdout) << QStringLiteral("Akkoord %1 — guided partnership dialogue for youth and child services.\n\n").arg(QStringLiteral(AKKOORD_VERSION))
                            << akkoord::cli::usage();
        return 0;
    }
    return akkoord::gui::runApplication(argc, argv);
}
