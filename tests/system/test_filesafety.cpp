// Nothing lost, round two (issue 13): stray journals, restore after a crash,
// one lock per file, stale locks, hostile schemas, files that would hang,
// outputs that would destroy something, private permissions and one-line
// messages. Through the real program (export, report, restore and the GUI's
// open path with --quit-after-show) and the storage layer.
#include "support/sqlitefixtures.h"
#include "support/support.h"

#include "domain/error.h"
#include "storage/backups.h"
#include "storage/trajectoryfile.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace akkoord;
using test::runAkkoord;
using test::TempDir;

namespace {

std::string exportedTitle(const QString &path, const TempDir &dir)
{
    const QString out = dir.path(QStringLiteral("title-check.json"));
    QFile::remove(out);
    const auto r = runAkkoord({QStringLiteral("export"), path, QStringLiteral("-o"), out});
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return nlohmann::json::parse(test::readAll(out).toStdString()).at("trajectory").at("title").get<std::string>();
}

QByteArray foreignHotJournal(const TempDir &dir)
{
    const std::string path = dir.path(QStringLiteral("other-rollback.db")).toStdString();
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode=DELETE");
    db.exec("CREATE TABLE t(x TEXT)");
    for (int i = 0; i < 200; ++i)
        db.exec("INSERT INTO t VALUES (hex(randomblob(200)))");
    db.exec("PRAGMA cache_size=2");
    db.exec("BEGIN");
    db.exec("UPDATE t SET x = hex(randomblob(210))");
    const QByteArray journal = test::readAll(QString::fromStdString(path) + QStringLiteral("-journal"));
    db.exec("ROLLBACK");
    return journal;
}

QStringList setAsideFiles(const QString &file)
{
    const QFileInfo info(file);
    return QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral("-*.set-aside-*")}, QDir::Files);
}

void alter(const QString &path, const char *sql)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
    db.exec(sql);
}

} // namespace

TEST_CASE("a WAL from another database beside a file is set aside, never applied", "[filesafety][journal]")
{
    TempDir dir;
    const QString file = makeDemo(dir, QStringLiteral("c.akkoord"));
    const QByteArray before = test::readAll(file);
    const QByteArray wal = test::foreignWal(dir);
    REQUIRE(!wal.isEmpty());

    SECTION("export")
    {
        test::writeAll(file + QStringLiteral("-wal"), wal);
        const auto r = runAkkoord({QStringLiteral("export"), file, QStringLiteral("-o"), dir.path(QStringLiteral("out.json"))});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(test::ownStderr(r).contains("set-aside"));
        CHECK(test::readAll(file) == before);
        CHECK(!QFileInfo::exists(file + QStringLiteral("-wal")));
        const QStringList aside = setAsideFiles(file);
        REQUIRE(aside.size() == 1);
        CHECK(test::readAll(dir.path(aside.first())) == wal);
    }
    SECTION("the GUI's open path")
    {
        test::writeAll(file + QStringLiteral("-wal"), wal);
        const auto r = runAkkoord({file, QStringLiteral("--quit-after-show")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(file).size() >= before.size()); // was 180 KB → 8 KB
        CHECK(exportedTitle(file, dir) == exportedTitle(makeDemo(dir, QStringLiteral("fresh.akkoord")), dir));
        CHECK(setAsideFiles(file).size() == 1);
    }
    SECTION("a hot journal of another database")
    {
        const QByteArray journal = foreignHotJournal(dir);
        REQUIRE(journal.size() > 512);
        test::writeAll(file + QStringLiteral("-journal"), journal);
        const auto r = runAkkoord({file, QStringLiteral("--quit-after-show")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(exportedTitle(file, dir) == exportedTitle(makeDemo(dir, QStringLiteral("fresh.akkoord")), dir));
        CHECK(setAsideFiles(file).size() == 1);
    }
}

TEST_CASE("the WAL of another Akkoord file is set aside, and this file's own WAL after a crash is applied", "[filesafety][journal]")
{
    TempDir dir;
    const QString a = makeDemo(dir, QStringLiteral("a.akkoord"));
    const QString b = makeDemo(dir, QStringLiteral("b.akkoord"));
    Answer answer;
    answer.questionId = QStringLiteral("verkennen.vraagstuk");
    answer.text = QStringLiteral("Only in b");
    {
        auto fb = TrajectoryFile::open(b);
        fb->saveAnswer(answer);
        // As a crash leaves it: the log copied while the file is open.
        test::writeAll(a + QStringLiteral("-wal"), test::readAll(b + QStringLiteral("-wal")));
    }
    const QByteArray before = test::readAll(a);
    const auto r = runAkkoord({QStringLiteral("export"), a, QStringLiteral("-o"), dir.path(QStringLiteral("a.json"))});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(!test::readAll(dir.path(QStringLiteral("a.json"))).contains("Only in b"));
    CHECK(test::readAll(a) == before);
    CHECK(setAsideFiles(a).size() == 1);

    // The file's own log, left by a crash, is applied.
    answer.text = QStringLiteral("Typed just before the crash");
    QByteArray ownWal;
    QByteArray ownMain;
    {
        auto fa = TrajectoryFile::open(a);
        fa->saveAnswer(answer);
        ownWal = test::readAll(a + QStringLiteral("-wal"));
        ownMain = test::readAll(a);
    }
    test::writeAll(a, ownMain);
    test::writeAll(a + QStringLiteral("-wal"), ownWal);
    const auto r2 = runAkkoord({QStringLiteral("export"), a, QStringLiteral("--force"), QStringLiteral("-o"), dir.path(QStringLiteral("a.json"))});
    INFO(r2.err.toStdString());
    CHECK(r2.exitCode == 0);
    CHECK(test::readAll(dir.path(QStringLiteral("a.json"))).contains("Typed just before the crash"));
    CHECK(setAsideFiles(a).size() == 1); // no second one
}

TEST_CASE("restore after a crash: the stale WAL of the lost file is set aside and the restored file opens", "[filesafety][restore]")
{
    TempDir dir;
    qputenv("AKKOORD_BACKUP_DIR", dir.path(QStringLiteral("backups")).toUtf8());
    const QString file = makeDemo(dir, QStringLiteral("x.akkoord"));
    QByteArray staleWal;
    {
        auto f = TrajectoryFile::open(file);
        Backups::make(*f);
        Answer answer;
        answer.questionId = QStringLiteral("verkennen.vraagstuk");
        for (int i = 0; i < 20; ++i) {
            answer.text = QStringLiteral("Edit %1 before the crash").arg(i);
            f->saveAnswer(answer);
        }
        staleWal = test::readAll(file + QStringLiteral("-wal"));
    }
    REQUIRE(!staleWal.isEmpty());
    // The crash left the log; then the file itself was deleted.
    QFile::remove(file);
    test::writeAll(file + QStringLiteral("-wal"), staleWal);
    const auto r = runAkkoord({QStringLiteral("restore"), file, QStringLiteral("-o"), file});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(!QFileInfo::exists(file + QStringLiteral("-wal")));
    CHECK(setAsideFiles(file).size() == 1);
    const QByteArray restored = test::readAll(file);
    const auto gui = runAkkoord({file, QStringLiteral("--quit-after-show")});
    INFO(gui.err.toStdString());
    CHECK(gui.exitCode == 0);
    SQLite::Database db(file.toStdString(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
    qunsetenv("AKKOORD_BACKUP_DIR");
}

TEST_CASE("one lock per file, whatever the path, and a lock note without a live owner never blocks", "[filesafety][lock]")
{
    TempDir dir;
    const QString file = makeDemo(dir, QStringLiteral("l.akkoord"));
    const QString sym = dir.path(QStringLiteral("link.akkoord"));
    const QString hard = dir.path(QStringLiteral("hard.akkoord"));
    REQUIRE(QFile::link(file, sym));
    REQUIRE(::link(QFile::encodeName(file).constData(), QFile::encodeName(hard).constData()) == 0);
    {
        auto first = TrajectoryFile::open(file);
        CHECK_THROWS_AS(TrajectoryFile::open(sym), UserError);
        CHECK_THROWS_AS(TrajectoryFile::open(hard), UserError);
        // The GUI's open path, from another process.
        const auto r = runAkkoord({hard, QStringLiteral("--quit-after-show")});
        CHECK(r.exitCode == 1);
        CHECK(test::ownStderr(r).contains("already open"));
        // Read-only is still possible.
        CHECK(TrajectoryFile::open(hard, TrajectoryFile::Access::ReadOnly)->load().info.title == first->load().info.title);
    }
    CHECK_NOTHROW(TrajectoryFile::open(hard));

    for (const QByteArray &garbage : {QByteArray(), QByteArray("garbage\n\x01\x02"), QByteArray("0\n\n"), QByteArray("99999999\nakkoord\nelsewhere\n")}) {
        INFO("lock note: " << garbage.toStdString());
        test::writeAll(file + QStringLiteral(".lock"), garbage);
        CHECK_NOTHROW(TrajectoryFile::open(file));
        const auto r = runAkkoord({file, QStringLiteral("--quit-after-show")});
        CHECK(r.exitCode == 0);
    }
}

TEST_CASE("hostile schemas, pipes, devices and folders are refused in one sentence, quickly, and left unchanged", "[filesafety][hostile]")
{
    TempDir dir;
    const QString good = makeDemo(dir, QStringLiteral("good.akkoord"));
    struct Case
    {
        const char *name;
        const char *sql;
    };
    const Case cases[] = {
        {"a trigger that deletes agreements", "CREATE TRIGGER wipe AFTER UPDATE ON answers BEGIN DELETE FROM agreements; END"},
        {"a recursive view", "CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"},
        {"a view shadowing nothing of Akkoord's", "CREATE VIEW extra AS SELECT * FROM partners"},
        {"an extra table", "CREATE TABLE stolen(x)"},
        {"a renamed column", "ALTER TABLE partners RENAME COLUMN organisation TO org"},
        {"a dropped table", "DROP TABLE dilemma_agreements"},
        {"an extra index", "CREATE INDEX sneaky ON partners(role)"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = dir.path(QStringLiteral("hostile.akkoord"));
        QFile::remove(path);
        REQUIRE(QFile::copy(good, path));
        alter(path, c.sql);
        const QByteArray before = test::readAll(path);
        QElapsedTimer t;
        t.start();
        for (const QStringList &args : {QStringList{QStringLiteral("export"), path, QStringLiteral("-o"), dir.path(QStringLiteral("h.json"))},
                                        QStringList{QStringLiteral("report"), path, QStringLiteral("-o"), dir.path(QStringLiteral("h.pdf"))},
                                        QStringList{path, QStringLiteral("--quit-after-show")}}) {
            const auto r = runAkkoord(args, {}, 20000);
            INFO(args.join(QLatin1Char(' ')).toStdString() << " → " << r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(test::oneLine(r));
            CHECK(test::readAll(path) == before);
        }
        CHECK(t.elapsed() < 15000);
        CHECK(!QFileInfo::exists(dir.path(QStringLiteral("h.json"))));
    }

    // Things that are not files at all: refused before anything reads them.
    const QString fifo = dir.path(QStringLiteral("pipe.akkoord"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString loop = dir.path(QStringLiteral("loop.akkoord"));
    REQUIRE(QFile::link(loop, loop));
    for (const QString &path : {fifo, loop, QStringLiteral("/dev/zero"), dir.root()}) {
        INFO(path.toStdString());
        QElapsedTimer t;
        t.start();
        const auto r = runAkkoord({QStringLiteral("export"), path, QStringLiteral("-o"), dir.path(QStringLiteral("n.json"))}, {}, 10000);
        CHECK(r.exitCode == 1);
        CHECK(test::oneLine(r));
        CHECK(t.elapsed() < 5000);
    }
}

TEST_CASE("outputs never destroy anything: links, the input, existing files, non-files, leftovers", "[filesafety][output]")
{
    TempDir dir;
    const QString file = makeDemo(dir, QStringLiteral("self.akkoord"));
    const QByteArray original = test::readAll(file);
    const QString precious = dir.path(QStringLiteral("precious.txt"));
    test::writeAll(precious, "keep me");
    const QString link = dir.path(QStringLiteral("link.json"));
    REQUIRE(QFile::link(precious, link));
    const QString fifo = dir.path(QStringLiteral("fifo.pdf"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    for (const QString &force : {QString(), QStringLiteral("--force")}) {
        INFO("with " << force.toStdString());
        auto args = [&](QStringList a) {
            if (!force.isEmpty())
                a << force;
            return a;
        };
        auto r = runAkkoord(args({QStringLiteral("export"), file, QStringLiteral("-o"), file}));
        CHECK(r.exitCode == 1);
        CHECK(test::oneLine(r));
        CHECK(test::readAll(file) == original);
        r = runAkkoord(args({QStringLiteral("export"), file, QStringLiteral("-o"), link}));
        CHECK(r.exitCode == 1);
        CHECK(test::readAll(precious) == "keep me");
        CHECK(QFileInfo(link).isSymLink());
        r = runAkkoord(args({QStringLiteral("report"), file, QStringLiteral("-o"), fifo}), {}, 10000);
        CHECK(r.exitCode == 1);
        struct stat st {};
        CHECK((::lstat(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode)));
    }

    const QString out = dir.path(QStringLiteral("out.json"));
    test::writeAll(out, "earlier export");
    auto r = runAkkoord({QStringLiteral("export"), file, QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK(test::ownStderr(r).contains("--force"));
    CHECK(test::readAll(out) == "earlier export");
    r = runAkkoord({QStringLiteral("export"), file, QStringLiteral("--force"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 0);
    CHECK(test::readAll(out).startsWith("{"));

    // Everything written is owner-only, and nothing hidden is left behind.
    const QString pdf = dir.path(QStringLiteral("c.pdf"));
    CHECK(runAkkoord({QStringLiteral("report"), file, QStringLiteral("-o"), pdf}).exitCode == 0);
    for (const QString &p : {out, pdf})
        CHECK((QFileInfo(p).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) == 0);
    const QStringList hidden = QDir(dir.root()).entryList(QDir::Hidden | QDir::Files);
    CHECK(hidden.filter(QStringLiteral(".akkoord-")).isEmpty());
}

TEST_CASE("backups are private and do not carry the trajectory's name", "[filesafety][private]")
{
    TempDir dir;
    qputenv("AKKOORD_BACKUP_DIR", dir.path(QStringLiteral("backups")).toUtf8());
    const QString file = makeDemo(dir, QStringLiteral("Jeugdhulp Lommerwolde.akkoord"));
    {
        auto f = TrajectoryFile::open(file);
        const Backup b = Backups::make(*f);
        const QFileInfo folder(QFileInfo(b.path).absolutePath());
        CHECK(!folder.fileName().contains(QStringLiteral("Lommerwolde")));
        CHECK((folder.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup | QFileDevice::ExeOther)) == 0);
        CHECK((QFileInfo(b.path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        CHECK((QFileInfo(file + QStringLiteral(".lock")).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        CHECK(Backups::list(file).size() == 1);
    }
    qunsetenv("AKKOORD_BACKUP_DIR");
}

TEST_CASE("messages stay one line: control characters in names are escaped", "[filesafety][messages]")
{
    TempDir dir;
    const QString nasty = dir.path(QStringLiteral("evil\x1b[31mred\nnext.akkoord"));
    test::writeAll(nasty, "not a database at all");
    const auto r = runAkkoord({QStringLiteral("export"), nasty, QStringLiteral("-o"), dir.path(QStringLiteral("x.json"))});
    CHECK(r.exitCode == 1);
    CHECK(test::oneLine(r));
    CHECK(!r.err.contains('\x1b'));
}

// Issue 13 §11: a name that is not valid UTF-8 (a file copied from an old
// Latin-1 system, or a USB stick) opens in every command and in the GUI, and
// a message names it without raw bytes.
TEST_CASE("a file name that is not valid UTF-8 opens everywhere", "[filesafety][names]")
{
    TempDir dir;
    // Through bash, so the name's bytes reach the program as they are.
    const auto run = [&](const QString &script) {
        return test::runProgram(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), QStringLiteral("cd \"$1\" && ") + script, QStringLiteral(AKKOORD_EXE), dir.root()});
    };
    const QString name = QStringLiteral("\"$(printf 'caf\\xe9.akkoord')\"");
    auto r = run(QStringLiteral("\"$0\" demo -o ") + name);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = run(QStringLiteral("\"$0\" export ") + name + QStringLiteral(" -o out.json"));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(test::readAll(dir.path(QStringLiteral("out.json"))).contains("akkoord-trajectory"));
    r = run(QStringLiteral("\"$0\" report ") + name + QStringLiteral(" -o out.pdf"));
    CHECK(r.exitCode == 0);
    r = run(QStringLiteral("QT_QPA_PLATFORM=offscreen \"$0\" ") + name + QStringLiteral(" --quit-after-show"));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    // Refused (already exists): the sentence names the file readably.
    r = run(QStringLiteral("\"$0\" demo -o ") + name);
    CHECK(r.exitCode == 1);
    CHECK(oneLine(r));
    CHECK(QString::fromUtf8(ownStderr(r)).contains(QStringLiteral("caf")));
    CHECK_FALSE(ownStderr(r).contains("\xe9"));
}
