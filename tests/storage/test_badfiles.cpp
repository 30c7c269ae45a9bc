#include "domain/error.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QDir>
#include <QFile>

using namespace akkoord;
using akkoord::test::TempDir;

namespace {

// Opening must fail with a message containing `expected`, and must not change
// a single byte of the file.
void requireRefused(const QString &path, const QString &expected)
{
    const QByteArray before = test::readAll(path);
    try {
        TrajectoryFile::open(path);
        FAIL("the file was opened");
    } catch (const UserError &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(expected));
        CHECK(e.message().endsWith(QLatin1Char('.')));
    }
    CHECK(test::readAll(path) == before);
}

QString validFile(const TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    TrajectoryInfo info;
    info.title = QStringLiteral("Goed bestand");
    auto f = TrajectoryFile::create(path, info);
    for (int i = 0; i < 50; ++i)
        f->saveAnswer(Answer{.questionId = QStringLiteral("q.%1").arg(i), .text = QString(500, QLatin1Char('x'))});
    return path;
}

} // namespace

TEST_CASE("a missing file is named in the message", "[storage][bad]")
{
    TempDir dir;
    try {
        TrajectoryFile::open(dir.path(QStringLiteral("weg.akkoord")));
        FAIL();
    } catch (const UserError &e) {
        CHECK(e.message().contains(QStringLiteral("does not exist")));
        CHECK(e.message().contains(QStringLiteral("weg.akkoord")));
    }
}

TEST_CASE("a folder is not a file", "[storage][bad]")
{
    TempDir dir;
    QDir().mkpath(dir.path(QStringLiteral("map.akkoord")));
    CHECK_THROWS_WITH(TrajectoryFile::open(dir.path(QStringLiteral("map.akkoord"))), Catch::Contains("is a folder"));
}

TEST_CASE("an empty file is refused", "[storage][bad]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("leeg.akkoord"));
    test::writeAll(path, {});
    requireRefused(path, QStringLiteral("is empty"));
}

TEST_CASE("a text file is not an Akkoord file", "[storage][bad]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("brief.akkoord"));
    test::writeAll(path, "Beste partners,\nHierbij de notulen.\n");
    requireRefused(path, QStringLiteral("is not an Akkoord file"));
}

TEST_CASE("an SQLite database of another program is refused", "[storage][bad]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ander.akkoord"));
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x')");
    }
    requireRefused(path, QStringLiteral("not an Akkoord file"));
}

TEST_CASE("a file from a newer Akkoord is refused and left alone", "[storage][bad]")
{
    TempDir dir;
    const QString path = validFile(dir, QStringLiteral("nieuwer.akkoord"));
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version=" + std::to_string(kSchemaVersion + 1));
    }
    requireRefused(path, QStringLiteral("newer version of Akkoord"));
}

TEST_CASE("a corrupted file is refused, never opened half", "[storage][bad]")
{
    TempDir dir;
    const QString good = validFile(dir, QStringLiteral("goed.akkoord"));
    const QByteArray bytes = test::readAll(good);
    REQUIRE(bytes.size() > 8192);
    SECTION("truncated in the middle")
    {
        const QString path = dir.path(QStringLiteral("afgekapt.akkoord"));
        test::writeAll(path, bytes.left(bytes.size() / 2));
        requireRefused(path, QStringLiteral("damaged"));
    }
    SECTION("pages overwritten with garbage")
    {
        QByteArray broken = bytes;
        for (qsizetype i = 4096 + 100; i < broken.size(); i += 7)
            broken[i] = char(0xA5);
        const QString path = dir.path(QStringLiteral("kapot.akkoord"));
        test::writeAll(path, broken);
        requireRefused(path, QStringLiteral("damaged"));
    }
}

TEST_CASE("a file without read permission says so", "[storage][bad]")
{
    TempDir dir;
    const QString path = validFile(dir, QStringLiteral("geheim.akkoord"));
    QFile::setPermissions(path, QFileDevice::Permissions{});
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        // Root reads whatever the permissions say (CI runs as root): the
        // real program then runs as root without the capabilities that
        // override file permissions, so they count for it.
        probe.close();
        const QByteArray before = test::readAll(path);
        const test::ProcessResult r = test::runProgram(QStringLiteral("setpriv"), {QStringLiteral("--bounding-set"), QStringLiteral("-dac_override,-dac_read_search"), QStringLiteral("--"),
                                                                                 QStringLiteral(AKKOORD_EXE), QStringLiteral("export"), path, QStringLiteral("-o"), QStringLiteral("-")});
        INFO(r.err.toStdString());
        if (r.err.startsWith("setpriv:")) { // no CAP_SETPCAP here (a restricted container)
            WARN("running as root where capabilities cannot be dropped (" << r.err.trimmed().toStdString() << "): permissions are not tested");
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return;
        }
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("no permission"));
        CHECK(r.out.isEmpty());
        CHECK(test::readAll(path) == before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return;
    }
    requireRefused(path, QStringLiteral("no permission"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
