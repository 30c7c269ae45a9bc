// Catch2 main for every Akkoord test program. Qt runs offscreen here as well
// as through CTest, because CTest's environment does not reach Catch2's test
// discovery step.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef AKKOORD_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication> // a build without the GUI (-DAKKOORD_BUILD_GUI=OFF)
using TestApplication = QGuiApplication;
#endif
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("AKKOORD_TESTING", "1"); // dialogs.cpp: warnings never block a test
    // Automatic backups of test files go to a folder of this run, never the
    // user's, removed when the run ends.
    const QTemporaryDir backups(QDir::tempPath() + QStringLiteral("/akkoord-test-backups-XXXXXX"));
    qputenv("AKKOORD_BACKUP_DIR", backups.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AkkoordTest"));
    QCoreApplication::setApplicationName(QStringLiteral("AkkoordTest"));
    return Catch::Session().run(argc, argv);
}
