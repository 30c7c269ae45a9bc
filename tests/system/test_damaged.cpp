// Damaged .akkoord files through the real program (issue 7): a collection of
// truncated, overwritten and otherwise broken variants of a good file. For
// each, `akkoord export` refuses with one line (exit 1) — or, only when SQLite
// genuinely still reads a consistent file, exports valid JSON (exit 0) — never
// dies of a signal, and never changes the damaged file.
#include "support/support.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <random>

using namespace akkoord;
using akkoord::test::runAkkoord;
using akkoord::test::TempDir;

namespace {

struct Variant
{
    QString name;
    QByteArray bytes;       // the damaged file (ignored for special kinds)
    QByteArray wal;         // placed beside it as FILE-wal when not empty
    bool directory = false; // FILE is a folder
};

bool quickCheckOk(const QString &path)
{
    try {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        return db.execAndGet("PRAGMA quick_check").getString() == "ok";
    } catch (const std::exception &) {
        return false;
    }
}

// A WAL file with committed frames that belong to another database.
QByteArray foreignWal(const TempDir &dir)
{
    const std::string path = dir.path(QStringLiteral("other.db")).toStdString();
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA wal_autocheckpoint=0");
    db.exec("CREATE TABLE t(x TEXT)");
    for (int i = 0; i < 50; ++i)
        db.exec("INSERT INTO t VALUES (hex(randomblob(200)))");
    db.exec("PRAGMA user_version=7");
    // Read while the connection still holds the WAL (closing would fold it in).
    return test::readAll(QString::fromStdString(path) + QStringLiteral("-wal"));
}

QByteArray foreignDatabase(const TempDir &dir)
{
    const std::string path = dir.path(QStringLiteral("foreign.db")).toStdString();
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE answers(question_id TEXT, text TEXT)");
        db.exec("INSERT INTO answers VALUES ('verkennen.vraagstuk', 'not ours')");
        db.exec("PRAGMA user_version=2");
    }
    return test::readAll(QString::fromStdString(path));
}

QByteArray withPragma(const TempDir &dir, const QByteArray &good, const char *pragma)
{
    const QString path = dir.path(QStringLiteral("pragma.akkoord"));
    QFile::remove(path);
    test::writeAll(path, good);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec(pragma);
    }
    return test::readAll(path);
}

QList<Variant> damagedVariants(const TempDir &dir, const QByteArray &good)
{
    QList<Variant> out;
    const qsizetype size = good.size();
    // Truncated at 24 lengths.
    QList<qsizetype> lengths{0, 1, 15, 16, 17, 99, 100, 101, 512, 1024, 4095, 4096, 4097, 8191, 8192, 8193,
                             size / 4, size / 3, size / 2, size / 2 + 1, 2 * size / 3, size - 4096, size - 1, size - 100};
    for (qsizetype n : lengths)
        if (n >= 0 && n < size)
            out.append({QStringLiteral("truncated at %1 of %2 bytes").arg(n).arg(size), good.left(n)});

    std::mt19937 rng(20261122); // fixed seed: the same variants on every run
    auto overwrite = [&](const QString &what, qsizetype from, qsizetype to, int count) {
        for (int v = 0; v < count; ++v) {
            QByteArray bytes = good;
            std::uniform_int_distribution<qsizetype> where(from, to - 1);
            std::uniform_int_distribution<int> howMany(1, 16);
            std::uniform_int_distribution<int> byte(0, 255);
            const int n = howMany(rng);
            for (int i = 0; i < n; ++i)
                bytes[where(rng)] = char(byte(rng));
            if (bytes != good)
                out.append({QStringLiteral("%1, random bytes overwritten (variant %2)").arg(what).arg(v), bytes});
        }
    };
    overwrite(QStringLiteral("header"), 16, 100, 16); // keep the magic string: past the first check
    overwrite(QStringLiteral("first page"), 0, 4096, 4);
    overwrite(QStringLiteral("pages"), 4096, size, 24);
    // Whole pages of garbage.
    for (int v = 0; v < 4; ++v) {
        QByteArray bytes = good;
        std::uniform_int_distribution<qsizetype> page(1, size / 4096 - 1);
        const qsizetype p = page(rng);
        for (qsizetype i = p * 4096; i < (p + 1) * 4096 && i < size; ++i)
            bytes[i] = char(rng() & 0xff);
        out.append({QStringLiteral("page %1 filled with random bytes").arg(p), bytes});
    }
    out.append({QStringLiteral("a WAL file from another database beside it"), good, foreignWal(dir)});
    out.append({QStringLiteral("a newer user_version"), withPragma(dir, good, "PRAGMA user_version=99")});
    out.append({QStringLiteral("another application_id"), withPragma(dir, good, "PRAGMA application_id=1234")});
    out.append({QStringLiteral("a foreign SQLite database"), foreignDatabase(dir)});
    out.append({QStringLiteral("an empty file"), QByteArray()});
    out.append({QStringLiteral("a text file"), QByteArrayLiteral("SQLite format 3 is what this pretends to be\n")});
    out.append({QStringLiteral("a directory"), {}, {}, true});
    return out;
}

} // namespace

TEST_CASE("damaged files are refused in one line, never crash, and are left unchanged", "[damaged][cli]")
{
    TempDir dir;
    const QString goodPath = dir.path(QStringLiteral("good.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), goodPath}).exitCode == 0);
    const QByteArray good = test::readAll(goodPath);
    REQUIRE(good.size() > 5 * 4096);

    const QList<Variant> variants = damagedVariants(dir, good);
    int refused = 0;
    int stillReadable = 0;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const Variant &v = variants[i];
        INFO("variant " << i << ": " << v.name.toStdString());
        TempDir work;
        const QString file = work.path(QStringLiteral("damaged.akkoord"));
        const QString out = work.path(QStringLiteral("out.json"));
        if (v.directory) {
            REQUIRE(QDir().mkpath(file));
        } else {
            test::writeAll(file, v.bytes);
            if (!v.wal.isEmpty())
                test::writeAll(file + QStringLiteral("-wal"), v.wal);
        }
        const auto r = runAkkoord({QStringLiteral("export"), file, QStringLiteral("-o"), out}, {}, 30000);
        INFO("exit " << r.exitCode << ", stderr: " << r.err.left(400).toStdString());
        CHECK_FALSE(r.crashed);
        CHECK((r.exitCode == 0 || r.exitCode == 1));
        if (r.exitCode == 1) {
            ++refused;
            const QByteArray e = test::ownStderr(r);
            CHECK(!e.isEmpty());
            CHECK_FALSE(e.contains('\n'));
            CHECK_FALSE(QFileInfo::exists(out));
        } else if (r.exitCode == 0) {
            ++stillReadable;
            // Only acceptable when SQLite really reads a consistent file.
            CHECK(quickCheckOk(file));
            const QByteArray json = test::readAll(out);
            CHECK(nlohmann::json::accept(json.constData(), json.constData() + json.size()));
        }
        if (!v.directory)
            CHECK(test::readAll(file) == v.bytes);
    }
    WARN("damaged files tried: " << variants.size() << " (" << refused << " refused, " << stillReadable << " still consistent and exported)");
    CHECK(variants.size() >= 60);
}
