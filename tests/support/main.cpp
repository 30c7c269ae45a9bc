// Catch2 main for every Akkoord test program. Qt runs offscreen here as well
// as through CTest, because CTest's environment does not reach Catch2's test
// discovery step.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include <unistd.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("AKKOORD_TESTING", "1"); // dialogs.cpp: warnings never block a test
    // Automatic backups of test files go to a folder of this run, never the user's.
    qputenv("AKKOORD_BACKUP_DIR", QByteArray("/tmp/akkoord-test-backups-") + QByteArray::number(qint64(getpid())));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AkkoordTest"));
    QApplication::setApplicationName(QStringLiteral("AkkoordTest"));
    return Catch::Session().run(argc, argv);
}
