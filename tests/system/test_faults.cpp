// Faults of the machine (issue 7): a full disk (simulated with RLIMIT_FSIZE
// on the real program), a folder that cannot be written, and a lock file left
// behind by a crashed process.
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <cstring>
#include <unistd.h>

using namespace akkoord;
using akkoord::test::oneLine;
using akkoord::test::ownStderr;
using akkoord::test::runAkkoord;
using akkoord::test::TempDir;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs akkoord with RLIMIT_FSIZE set to `bytes` (a file cannot grow beyond
// it: what a full disk looks like to the program).
test::ProcessResult runWithFileSizeLimit(qint64 bytes, const QStringList &arguments)
{
    const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    if (!prlimit.isEmpty())
        return test::runProgram(prlimit, QStringList{QStringLiteral("--fsize=%1").arg(bytes), QStringLiteral("--"), QStringLiteral(AKKOORD_EXE)} + arguments);
    // bash's ulimit -f counts blocks of 1024 bytes.
    return test::runProgram(QStringLiteral("/bin/bash"), QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -f %1; exec \"$0\" \"$@\"").arg(qMax<qint64>(1, bytes / 1024)),
                                                                     QStringLiteral(AKKOORD_EXE)} + arguments);
}

// The demo export with a 2 MB answer added, so the new file must be large.
QString bigJson(const TempDir &dir)
{
    const QString demo = dir.path(QStringLiteral("demo.akkoord"));
    const QString json = dir.path(QStringLiteral("big.json"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), demo}).exitCode == 0);
    REQUIRE(runAkkoord({QStringLiteral("export"), demo, QStringLiteral("-o"), json}).exitCode == 0);
    auto doc = nlohmann::ordered_json::parse(test::readAll(json).toStdString());
    doc["answers"][0]["text"] = std::string(2 * 1024 * 1024, 'x');
    test::writeAll(json, QByteArray::fromStdString(doc.dump()));
    QFile::remove(demo);
    return json;
}

} // namespace

TEST_CASE("import on a full disk fails in one sentence and leaves no file", "[faults][disk]")
{
    TempDir dir;
    const QString json = bigJson(dir);
    const QString out = dir.path(QStringLiteral("x.akkoord"));
    const auto r = runWithFileSizeLimit(256 * 1024, {QStringLiteral("import"), json, QStringLiteral("-o"), out});
    INFO("exit " << r.exitCode << (r.crashed ? " (killed by a signal)" : "") << ", stderr: " << r.err.toStdString());
    // BUG (issue 7, report): akkoord does not ignore SIGXFSZ, so exceeding
    // RLIMIT_FSIZE kills it instead of making write() fail with EFBIG. Once it
    // does, a second BUG shows: createFrom leaves the temporary file's
    // rollback journal (.akkoord-new-XXXXXX-journal) behind and names the
    // temporary file, not x.akkoord, in the message.
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 1);
    CHECK(oneLine(r));
    CHECK_FALSE(ownStderr(r).contains(".akkoord-new-"));
    // Nothing was typed here: the GUI's "your text is kept" does not belong
    // in the command line's sentence (issue 13 §11).
    CHECK_FALSE(ownStderr(r).contains("text is kept"));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(entries(dir.root()) == QStringList{QStringLiteral("big.json")});

    // With room enough, the same import works (the limit was the only cause).
    const auto ok = runWithFileSizeLimit(64 * 1024 * 1024, {QStringLiteral("import"), json, QStringLiteral("-o"), out});
    INFO("stderr: " << ok.err.toStdString());
    CHECK(ok.exitCode == 0);
}

TEST_CASE("a report on a full disk fails, leaves no partial PDF and keeps the earlier one", "[faults][disk]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), file}).exitCode == 0);
    const QString pdf = dir.path(QStringLiteral("out.pdf"));
    const QByteArray earlier = QByteArrayLiteral("%PDF-1.4 an earlier covenant that must survive\n");
    test::writeAll(pdf, earlier);
    const QStringList before = entries(dir.root());

    const auto r = runWithFileSizeLimit(8 * 1024, {QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("convenant"), QStringLiteral("-o"), pdf});
    INFO("exit " << r.exitCode << (r.crashed ? " (killed by a signal)" : "") << ", stderr: " << r.err.toStdString());
    CHECK_FALSE(r.crashed); // see the SIGXFSZ bug above
    CHECK(r.exitCode == 1);
    CHECK(oneLine(r));
    CHECK(test::readAll(pdf) == earlier);
    CHECK(entries(dir.root()) == before);
}

TEST_CASE("a folder that cannot be written is refused in one sentence", "[faults][permissions]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), file}).exitCode == 0);
    const QString json = dir.path(QStringLiteral("demo.json"));
    REQUIRE(runAkkoord({QStringLiteral("export"), file, QStringLiteral("-o"), json}).exitCode == 0);
    const QString locked = dir.path(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(locked));
    // Root ignores permissions; the immutable attribute stops root too.
    test::ImmutableGuard guard;
    if (::geteuid() == 0) {
        if (const int error = test::setImmutable(locked, true)) {
            WARN("running as root where the immutable attribute cannot be set (" << std::strerror(error) << "): the read-only folder test is skipped");
            return;
        }
        guard.paths << locked;
    } else {
        REQUIRE(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }

    const auto imp = runAkkoord({QStringLiteral("import"), json, QStringLiteral("-o"), locked + QStringLiteral("/x.akkoord")});
    CHECK(imp.exitCode == 1);
    CHECK(oneLine(imp));
    const auto rep = runAkkoord({QStringLiteral("report"), file, QStringLiteral("-o"), locked + QStringLiteral("/x.pdf")});
    CHECK(rep.exitCode == 1);
    CHECK(oneLine(rep));
    const auto exp = runAkkoord({QStringLiteral("export"), file, QStringLiteral("-o"), locked + QStringLiteral("/x.json")});
    CHECK(exp.exitCode == 1);
    CHECK(oneLine(exp));
    CHECK(entries(locked).isEmpty());
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("a lock file left by a crashed process does not prevent opening", "[faults][lock]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), file}).exitCode == 0);

    // A real lock file as Qt writes it, then naming a process that has ended.
    const QString probe = dir.path(QStringLiteral("probe.lock"));
    QByteArray contents;
    {
        QLockFile lock(probe);
        REQUIRE(lock.tryLock(0));
        contents = test::readAll(probe);
        lock.unlock();
    }
    QProcess gone;
    gone.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    REQUIRE(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    REQUIRE(gone.waitForFinished());
    REQUIRE(::kill(pid_t(deadPid), 0) != 0);
    QList<QByteArray> lines = contents.split('\n');
    REQUIRE(lines.size() >= 3);
    lines[0] = QByteArray::number(deadPid);
    lines[1] = QByteArrayLiteral("akkoord");
    const QString lockPath = file + QStringLiteral(".lock");
    test::writeAll(lockPath, lines.join('\n'));

    {
        auto f = TrajectoryFile::open(file);
        CHECK_FALSE(f->isReadOnly());
        f->setInfo(f->load().info); // a write works
    }
    CHECK_FALSE(QFileInfo::exists(lockPath));

    // The real program, too: import into a name with a stale lock beside it.
    const QString json = dir.path(QStringLiteral("demo.json"));
    REQUIRE(runAkkoord({QStringLiteral("export"), file, QStringLiteral("-o"), json}).exitCode == 0);
    const QString target = dir.path(QStringLiteral("nieuw.akkoord"));
    test::writeAll(target + QStringLiteral(".lock"), lines.join('\n'));
    const auto r = runAkkoord({QStringLiteral("import"), json, QStringLiteral("-o"), target});
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".lock")));
}
