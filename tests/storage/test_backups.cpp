#include "domain/error.h"
#include "storage/backups.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

using namespace akkoord;

TEST_CASE("automatic backups are consistent, verified copies, and the rotation keeps the recent ones", "[storage][backups]")
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
    // All made today: the last five, and the first of the day... which is
    // the newest of the day, so five in all.
    CHECK(backups.size() == Backups::kRecent);
    CHECK(backups.first().madeAt >= backups.last().madeAt);
    for (const Backup &b : backups)
        CHECK(b.check == Backup::Check::Verified);
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

namespace {

// Alters the keys in the history table's index on disk, leaving the b-tree
// itself sound: the kind of damage a quick check does not see (a bad copy, a
// failing disk), only a full integrity check.
void damageHistoryIndex(const QString &path)
{
    int root = 0;
    int pageSize = 0;
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        root = db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'history_by_key'").getInt();
        pageSize = db.execAndGet("PRAGMA page_size").getInt();
    }
    REQUIRE(root > 0);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 at = qint64(root - 1) * pageSize;
    f.seek(at);
    QByteArray page = f.read(pageSize);
    REQUIRE(page.count("answer") > 0);
    page.replace("answer", "answes"); // sorts before "answer": still in order
    f.seek(at);
    f.write(page);
}

Backup backupAt(const QString &name, const QDateTime &at, Backup::Check check)
{
    return Backup{name, at, 1, check};
}

} // namespace

TEST_CASE("a quietly damaged file opened many times never pushes out the last good backup", "[storage][backups]")
{
    test::TempDir dir;
    const QByteArray previousBackupDir = qgetenv("AKKOORD_BACKUP_DIR");
    qputenv("AKKOORD_BACKUP_DIR", dir.path(QStringLiteral("backups")).toUtf8());
    const QString path = dir.path(QStringLiteral("groot.akkoord"));
    {
        auto f = TrajectoryFile::create(path, TrajectoryInfo{.title = QStringLiteral("Groot")});
        for (int i = 0; i < 60; ++i) // a history
            f->saveAnswer(Answer{.questionId = QStringLiteral("q.a"), .text = QStringLiteral("versie %1 ").arg(i).repeated(20)});
    }
    Backup good;
    {
        auto f = TrajectoryFile::open(path);
        good = Backups::make(*f);
    }
    REQUIRE(good.check == Backup::Check::Verified);
    damageHistoryIndex(path);
    for (int i = 0; i < 11; ++i) {
        QThread::msleep(2);
        auto f = TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly);
        CHECK(Backups::make(*f).check == Backup::Check::Failed);
    }
    const QList<Backup> backups = Backups::list(path);
    CHECK(QFileInfo::exists(good.path));
    REQUIRE(std::any_of(backups.cbegin(), backups.cend(), [&](const Backup &b) { return b.path == good.path && b.check == Backup::Check::Verified; }));
    CHECK(backups.size() == Backups::kRecent + 1);
    // The command line says which ones are verified.
    const auto r = test::runAkkoord({QStringLiteral("restore"), path, QStringLiteral("--list")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.count("  damaged  ") == Backups::kRecent);
    CHECK(r.out.count("  verified  ") == 1);
    qputenv("AKKOORD_BACKUP_DIR", previousBackupDir);
}

TEST_CASE("the rotation keeps a spread over time, bounded in number", "[storage][backups]")
{
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    QList<Backup> all;
    // Every six hours for sixty days.
    for (int h = 0; h < 60 * 24; h += 6)
        all.append(backupAt(QStringLiteral("b%1").arg(h), now.addSecs(-h * 3600), Backup::Check::Verified));
    const QList<Backup> keep = Backups::kept(all, now);
    CHECK(keep.size() <= Backups::kRecent + Backups::kDays + Backups::kWeeks + 1);
    CHECK(keep.first().madeAt == now); // the newest
    // One from about a month back is still there.
    CHECK(std::any_of(keep.cbegin(), keep.cend(), [&](const Backup &b) { return b.madeAt <= now.addDays(-28) && b.madeAt > now.addDays(-35); }));
    // Nothing older than five weeks.
    CHECK(std::none_of(keep.cbegin(), keep.cend(), [&](const Backup &b) { return b.madeAt < now.addDays(-35); }));

    // A failed copy does not stand in for a day that had a good one.
    QList<Backup> mixed{backupAt(QStringLiteral("bad"), now.addDays(-3), Backup::Check::Failed),
                        backupAt(QStringLiteral("good"), now.addDays(-3).addSecs(-60), Backup::Check::Verified)};
    for (int i = 0; i < 6; ++i)
        mixed.append(backupAt(QStringLiteral("recent%1").arg(i), now.addSecs(-i * 60), Backup::Check::Failed));
    const QList<Backup> kept = Backups::kept(mixed, now);
    CHECK(std::any_of(kept.cbegin(), kept.cend(), [](const Backup &b) { return b.path == QLatin1String("good"); }));
}
