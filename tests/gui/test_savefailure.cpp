#include "catalog/catalogloader.h"
#include "domain/error.h"
#include "gui/debounced.h"
#include "gui/mainwindow.h"
#include "gui/phasepage.h"
#include "session/session.h"
#include "gui/dialogs.h"
#include "storage/backups.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <QLabel>
#include <QFileInfo>
#include <QTest>

using namespace akkoord;
using namespace akkoord::gui;

TEST_CASE("a save that fails says so, keeps the text, and is saved once the fault clears", "[gui][faults]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("vol.akkoord"));
    TrajectoryInfo info;
    info.title = QStringLiteral("Schijf vol");
    TrajectoryFile::create(path, info);
    const CatalogLoad load = loadCatalog(test::sourcePath(QStringLiteral("data/catalog")));
    MainWindow w(load.catalog, QStringLiteral("nl"));
    w.openFile(path);
    w.show();
    w.showPage(1);
    bool diskFull = true;
    w.session()->file().setWriteGate([&] {
        if (diskFull)
            throw UserError(QStringLiteral("The disk is full."));
    });
    auto *answer = w.phasePage(0)->findChild<DebouncedTextEdit *>(QStringLiteral("answerEdit"));
    REQUIRE(answer);
    answer->setFocus();
    QTest::keyClicks(answer, QStringLiteral("Wat we bespraken mag niet verloren gaan"));
    PendingEdits::instance().flushAll();
    auto *problem = w.findChild<QLabel *>(QStringLiteral("saveProblem"));
    CHECK(problem->isVisibleTo(&w));
    CHECK(problem->text().contains(QStringLiteral("The disk is full.")));
    CHECK(answer->toPlainText() == QStringLiteral("Wat we bespraken mag niet verloren gaan"));
    CHECK(w.session()->hasUnsavedChanges());

    diskFull = false;
    w.session()->retryPendingSaves();
    CHECK_FALSE(w.session()->hasUnsavedChanges());
    CHECK_FALSE(problem->isVisibleTo(&w));
    const QString q = load.catalog.phases[0].questions[0].id;
    CHECK(TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load().answer(q)->text == QStringLiteral("Wat we bespraken mag niet verloren gaan"));
}

TEST_CASE("a file that cannot be opened offers its newest backup, restored as a new file", "[gui][backups]")
{
    test::TempDir dir;
    const QByteArray previousBackupDir = qgetenv("AKKOORD_BACKUP_DIR");
    qputenv("AKKOORD_BACKUP_DIR", dir.path(QStringLiteral("backups")).toUtf8());
    const QString path = dir.path(QStringLiteral("kwijt.akkoord"));
    {
        auto f = TrajectoryFile::create(path, TrajectoryInfo{.title = QStringLiteral("Bijna kwijt")});
        f->saveAnswer(Answer{.questionId = QStringLiteral("verkennen.vraagstuk"), .text = QStringLiteral("Wat we wilden bewaren")});
        Backups::make(*f);
    }
    test::writeAll(path, "SQLite format 3"); // damaged beyond reading
    const CatalogLoad load = loadCatalog(test::sourcePath(QStringLiteral("data/catalog")));
    MainWindow w(load.catalog, QStringLiteral("nl"));
    Dialogs::setNextConfirm(true);
    w.openGuarded(path);
    REQUIRE(w.session());
    CHECK(w.session()->path() != QFileInfo(path).absoluteFilePath());
    CHECK(QFileInfo(w.session()->path()).fileName().contains(QStringLiteral("hersteld")));
    CHECK(w.session()->data().answer(QStringLiteral("verkennen.vraagstuk"))->text == QStringLiteral("Wat we wilden bewaren"));
    CHECK(test::readAll(path) == "SQLite format 3"); // the damaged file is left as it was
    w.closeFile();
    qputenv("AKKOORD_BACKUP_DIR", previousBackupDir);
}
