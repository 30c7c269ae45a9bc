// Damaged .akkoord files through the real program (issue 7): a collection of
// truncated, overwritten and otherwise broken variants of a good file. For
// each, `akkoord export` refuses with one line (exit 1) — or, only when SQLite
// genuinely still reads a consistent file, exports valid JSON (exit 0) — never
// dies of a signal, and never changes the damaged file.
#include "support/sqlitefixtures.h"
#include "support/support.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
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
    out.append({QStringLiteral("a WAL file from another database beside it"), good, test::foreignWal(dir)});
    out.append({QStringLiteral("a newer user_version"), withPragma(dir, good, "PRAGMA user_version=99")});
    out.append({QStringLiteral("another application_id"), withPragma(dir, good, "PRAGMA application_id=1234")});
    out.append({QStringLiteral("a foreign SQLite database"), foreignDatabase(dir)});
    out.append({QStringLiteral("an empty file"), QByteArray()});
    out.append({QStringLiteral("a text file"), QByteArrayLiteral("SQLite format 3 is what this pretends to be\n")});
    out.append({QStringLiteral("a directory"), {}, {}, true});

    // Issue 13: headers changed, schemas tampered with, odd contents.
    out.append({QStringLiteral("application_id -1"), withPragma(dir, good, "PRAGMA application_id=-1")});
    out.append({QStringLiteral("user_version 999"), withPragma(dir, good, "PRAGMA user_version=999")});
    out.append({QStringLiteral("user_version -1"), withPragma(dir, good, "PRAGMA user_version=-1")});
    out.append({QStringLiteral("user_version 0"), withPragma(dir, good, "PRAGMA user_version=0")});
    out.append({QStringLiteral("page size changed to 8192"), withPragma(dir, good, "PRAGMA page_size=8192; VACUUM")});
    out.append({QStringLiteral("page size changed to 1024"), withPragma(dir, good, "PRAGMA page_size=1024; VACUUM")});
    out.append({QStringLiteral("a dropped table"), withPragma(dir, good, "DROP TABLE dilemma_agreements")});
    out.append({QStringLiteral("a renamed column"), withPragma(dir, good, "ALTER TABLE partners RENAME COLUMN organisation TO org")});
    out.append({QStringLiteral("an added column"), withPragma(dir, good, "ALTER TABLE partners ADD COLUMN extra TEXT")});
    out.append({QStringLiteral("an extra trigger"), withPragma(dir, good, "CREATE TRIGGER t AFTER UPDATE ON answers BEGIN DELETE FROM agreements; END")});
    out.append({QStringLiteral("a trigger on insert"), withPragma(dir, good, "CREATE TRIGGER t2 BEFORE INSERT ON history BEGIN SELECT RAISE(ABORT, 'no'); END")});
    out.append({QStringLiteral("a view shadowing a table's name"), withPragma(dir, good, "ALTER TABLE dilemma_agreements RENAME TO da_old; CREATE VIEW dilemma_agreements AS SELECT * FROM da_old")});
    out.append({QStringLiteral("a recursive view"), withPragma(dir, good, "CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c")});
    out.append({QStringLiteral("an extra view"), withPragma(dir, good, "CREATE VIEW v AS SELECT * FROM partners")});
    out.append({QStringLiteral("an extra table"), withPragma(dir, good, "CREATE TABLE extra(x)")});
    out.append({QStringLiteral("an extra index"), withPragma(dir, good, "CREATE INDEX extra_idx ON partners(role)")});
    out.append({QStringLiteral("a dropped index"), withPragma(dir, good, "DROP INDEX history_by_key")});
    out.append({QStringLiteral("invalid UTF-8 in answers"), withPragma(dir, good, "UPDATE answers SET text = CAST(x'c328ffe282a1' AS TEXT)")});
    out.append({QStringLiteral("invalid UTF-8 in partner names"), withPragma(dir, good, "UPDATE partners SET organisation = CAST(x'80808080' AS TEXT)")});
    out.append({QStringLiteral("huge integers"), withPragma(dir, good, "UPDATE partners SET position = 9223372036854775807")});
    out.append({QStringLiteral("a negative huge integer"), withPragma(dir, good, "UPDATE agreements SET position = -9223372036854775807")});
    out.append({QStringLiteral("a blob where text belongs"), withPragma(dir, good, "UPDATE answers SET text = x'00010203'")});
    QByteArray badChecksum; // the foreign WAL above, one byte of its first frame flipped
    for (const Variant &v : out)
        if (!v.wal.isEmpty())
            badChecksum = v.wal;
    if (badChecksum.size() > 40)
        badChecksum[40] = char(badChecksum[40] ^ 0x5a);
    out.append({QStringLiteral("a WAL with a bad checksum"), good, badChecksum});
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
        // The report and the GUI's open path refuse what export refuses,
        // quickly, and leave the file as it was.
        for (const QStringList &args : {QStringList{QStringLiteral("report"), file, QStringLiteral("-o"), work.path(QStringLiteral("out.pdf"))},
                                        QStringList{file, QStringLiteral("--quit-after-show")}}) {
            QElapsedTimer t;
            t.start();
            const auto other = runAkkoord(args, {}, 30000);
            INFO(args.first().toStdString() << ": exit " << other.exitCode << ", stderr: " << other.err.left(400).toStdString());
            CHECK_FALSE(other.crashed);
            CHECK((other.exitCode == 0 || other.exitCode == 1));
            CHECK(t.elapsed() < 5000);
            if (other.exitCode == 1 && !v.directory) {
                CHECK(test::oneLine(other));
                CHECK(test::readAll(file) == v.bytes);
            }
        }
        if (!v.directory && test::readAll(file) != v.bytes) {
            // Opened for writing by the GUI (a sound file): put it back for export.
            test::writeAll(file, v.bytes);
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
    CHECK(variants.size() >= 100);
}
