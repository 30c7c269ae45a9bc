#include "domain/error.h"
#include "storage/backups.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

using namespace akkoord;

TEST_CASE("automatic backups are consistent copies, the newest ten are kept", "[storage][backups]")
{
    test::TempDir dir;
    const QByteArray previousBackupDir = qgetenv("AKKOORD_BACKUP_DIR");
    qputenv("AKKOORD_BACKUP_DIR", dir.path(QStringLiteral("backups")).toUtf8());
    const QString path = dir.path(QStringLiteral("t.akkoord"));
    auto f = TrajectoryFile::create(path, TrajectoryInfo{.title = QStringLiteral("Met reservekopie")});
    f->saveAnswer(Answer{.questionId = QStringLiteral("q.a"), .text = QStringLiteral("eerste")});
    const Backup first = Backups::make(*f); // includes what is still in the WAL
    f->saveAnswer(Answer{.questionId = QStringLiteral("q.a"), .text = QStringLiteral("tweede")});
    for (int i = 0; i < 11; ++i) {
        QThread::msleep(2); // distinct time stamps
        Backups::make(*f);
    }
    const QList<Backup> backups = Backups::list(path);
    CHECK(backups.size() == Backups::kBackupsKept);
    CHECK(backups.first().madeAt >= backups.last().madeAt);
    CHECK_FALSE(QFileInfo::exists(first.path)); // the oldest went
    CHECK(QFile::permissions(backups.first().path).testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFile::permissions(backups.first().path).testFlag(QFileDevice::ReadOther));

    const QString restored = dir.path(QStringLiteral("hersteld.akkoord"));
    Backups::restore(backups.first(), restored);
    CHECK(TrajectoryFile::open(restored)->load().answer(QStringLiteral("q.a"))->text == QStringLiteral("tweede"));
    CHECK_THROWS_AS(Backups::restore(backups.first(), restored), UserError); // never overwrites
    qputenv("AKKOORD_BACKUP_DIR", previousBackupDir);
}

TEST_CASE("a damaged backup is not restored", "[storage][backups]")
{
    test::TempDir dir;
    const QString bad = dir.path(QStringLiteral("kapot.akkoord"));
    test::writeAll(bad, "SQLite format 3\0 but then nothing useful");
    const QString target = dir.path(QStringLiteral("doel.akkoord"));
    CHECK_THROWS_AS(Backups::restore(Backup{bad, QDateTime::currentDateTimeUtc(), 10}, target), UserError);
    CHECK_FALSE(QFileInfo::exists(target));
}
