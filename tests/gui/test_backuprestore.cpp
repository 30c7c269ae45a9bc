// The way back from a damaged file (issue "Nothing typed is ever lost"): the
// main window cannot open a file, offers its newest automatic backup, and
// after the user accepts shows exactly what that backup held, in a new file
// next to the damaged one, which is left as it was.
#include "catalog/catalogloader.h"
#include "domain/error.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/mainwindow.h"
#include "gui/phasepage.h"
#include "session/session.h"
#include "storage/backups.h"
#include "storage/trajectoryfile.h"
#include "support/guisupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>
#include <QThread>

using namespace akkoord;
using namespace akkoord::gui;
using akkoord::test::child;

namespace {

const QString kOlder = QStringLiteral("Een oudere versie van het vraagstuk");
const QString kNewest = QStringLiteral("Wat we wilden bewaren: één plan per gezin");

// Backups of this test go to its own folder; the run's folder comes back after.
class BackupDir
{
public:
    explicit BackupDir(const QString &path)
        : m_previous(qgetenv("AKKOORD_BACKUP_DIR"))
    {
        qputenv("AKKOORD_BACKUP_DIR", QFile::encodeName(path));
    }
    ~BackupDir() { qputenv("AKKOORD_BACKUP_DIR", m_previous); }
    Q_DISABLE_COPY_MOVE(BackupDir)

private:
    QByteArray m_previous;
};

QString firstQuestion() { return test::shippedCatalog().phases[0].questions[0].id; }

// A file with two automatic backups: an older one, and the newest holding kNewest.
QString makeFileWithBackups(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("kwijt.akkoord"));
    auto f = TrajectoryFile::create(path, TrajectoryInfo{.title = QStringLiteral("Bijna kwijt"), .municipality = QStringLiteral("Lindeveen")});
    f->addPartner(Partner{.organisation = QStringLiteral("GGD Middenland"), .domain = PartnerDomain::YouthHealthCare});
    f->saveAnswer(Answer{.questionId = firstQuestion(), .text = kOlder});
    Backups::make(*f);
    QThread::msleep(5); // backups are named by the millisecond
    f->saveAnswer(Answer{.questionId = firstQuestion(), .text = kNewest});
    Backups::make(*f);
    return path;
}

// Damage as a failing disk does: the header survives, the pages after it are
// garbage, so the file is still recognised as SQLite but fails its check.
void damage(const QString &path)
{
    QByteArray bytes = test::readAll(path);
    REQUIRE(bytes.size() > 4096);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i & 0x3F));
    test::writeAll(path, bytes);
}

QStringList filesIn(const QString &dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

} // namespace

TEST_CASE("a damaged file is brought back from its newest backup, and the window shows what was restored", "[gui][backups]")
{
    test::TempDir dir;
    const BackupDir backupDir(dir.path(QStringLiteral("backups")));
    const QString path = makeFileWithBackups(dir);
    REQUIRE(Backups::list(path).size() == 2);
    damage(path);
    const QByteArray damaged = test::readAll(path);
    REQUIRE_THROWS_AS(TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly), UserError);

    MainWindow w(test::shippedCatalog(), QStringLiteral("nl"));
    w.show();
    // File > Open… picks the damaged file; the offer of the backup is accepted.
    Dialogs::setNextFileName(path);
    Dialogs::setNextConfirm(true);
    w.openWithDialog();
    REQUIRE(w.session());

    // A new file beside the damaged one, named as restored today.
    const QString restored = w.session()->path();
    CHECK(QFileInfo(restored).absolutePath() == QFileInfo(path).absolutePath());
    CHECK(QFileInfo(restored).fileName() == QStringLiteral("kwijt (hersteld %1).akkoord").arg(QDate::currentDate().toString(Qt::ISODate)));
    CHECK_FALSE(w.session()->isReadOnly());
    CHECK(test::readAll(path) == damaged);

    // What the window shows is the newest backup, not the older one.
    CHECK(w.windowTitle().startsWith(QStringLiteral("Bijna kwijt")));
    CHECK(child<QLabel>(&w, QStringLiteral("trajectoryTitle"))->text() == QStringLiteral("Bijna kwijt · Lindeveen"));
    CHECK(child<QListWidget>(&w, QStringLiteral("navigator"))->item(0)->text().contains(QStringLiteral("(1)")));
    w.showPage(1);
    auto *answer = child<DebouncedTextEdit>(w.phasePage(0), QStringLiteral("answerEdit"));
    CHECK(answer->toPlainText() == kNewest);
    CHECK_FALSE(answer->isReadOnly());

    // Work goes on in the restored file: what is typed there is saved there.
    answer->setFocus();
    answer->moveCursor(QTextCursor::End);
    QTest::keyClicks(answer, QStringLiteral(" (hersteld)"));
    PendingEdits::instance().flushAll();
    const QString shown = answer->toPlainText();
    CHECK(shown == kNewest + QStringLiteral(" (hersteld)"));
    CHECK_FALSE(w.session()->hasUnsavedChanges());
    w.closeFile();
    REQUIRE_FALSE(w.session());

    const TrajectoryData onDisk = TrajectoryFile::open(restored, TrajectoryFile::Access::ReadOnly)->load();
    CHECK(onDisk.info.title == QStringLiteral("Bijna kwijt"));
    REQUIRE(onDisk.answer(firstQuestion()));
    CHECK(onDisk.answer(firstQuestion())->text == shown);
    REQUIRE(onDisk.partners.size() == 1);
    CHECK(onDisk.partners[0].organisation == QStringLiteral("GGD Middenland"));
    CHECK(test::readAll(path) == damaged); // the damaged file is never written
}

TEST_CASE("declining the backup of a damaged file changes nothing, and without a backup the reason is shown", "[gui][backups]")
{
    test::TempDir dir;
    const BackupDir backupDir(dir.path(QStringLiteral("backups")));
    const QString path = makeFileWithBackups(dir);
    damage(path);
    const QByteArray damaged = test::readAll(path);
    const QStringList before = filesIn(dir.root());

    MainWindow w(test::shippedCatalog(), QStringLiteral("nl"));
    w.show();
    Dialogs::setNextConfirm(false);
    w.openGuarded(path);
    CHECK_FALSE(w.session());
    CHECK(filesIn(dir.root()) == before); // no restored file, no lock left behind
    CHECK(test::readAll(path) == damaged);

    // The same damage without any backup: one warning with the reason.
    QDir(Backups::folderFor(path)).removeRecursively();
    REQUIRE(Backups::list(path).isEmpty());
    w.openGuarded(path);
    CHECK_FALSE(w.session());
    CHECK(Dialogs::lastWarning().contains(QStringLiteral("kwijt.akkoord")));
    INFO(Dialogs::lastWarning().toStdString());
    CHECK(Dialogs::lastWarning().contains(QStringLiteral("beschadigd")));
    CHECK(filesIn(dir.root()) == before);
}
