#include "storage/backups.h"
#include "storage/jsoncodec.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>

using namespace akkoord;
using akkoord::test::runAkkoord;
using akkoord::test::TempDir;

namespace {
QString err(const test::ProcessResult &r) { return QString::fromUtf8(r.err); }
}

TEST_CASE("akkoord --help and --version answer without a window", "[cli]")
{
    const auto help = runAkkoord({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("akkoord new FILE.akkoord"));
    CHECK(help.out.contains("akkoord export"));
    const auto version = runAkkoord({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("akkoord " AKKOORD_VERSION));
}

TEST_CASE("new creates an empty trajectory with the given title", "[cli]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("nieuw.akkoord"));
    const auto r = runAkkoord({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Samen voor Lindeveen"),
                               QStringLiteral("--municipality"), QStringLiteral("Gemeente Lindeveen")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const TrajectoryData d = TrajectoryFile::open(path)->load();
    CHECK(d.info.title == QStringLiteral("Samen voor Lindeveen"));
    CHECK(d.info.municipality == QStringLiteral("Gemeente Lindeveen"));
    CHECK(d.info.createdOn == QDate::currentDate());
    CHECK(!d.info.catalogVersion.isEmpty());
    CHECK(d.partners.isEmpty());

    const auto again = runAkkoord({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("x")});
    CHECK(again.exitCode == 1);
    CHECK(err(again).contains(QStringLiteral("already exists")));
}

TEST_CASE("wrong usage exits with 2 and says how to use it", "[cli]")
{
    TempDir dir;
    const auto noTitle = runAkkoord({QStringLiteral("new"), dir.path(QStringLiteral("x.akkoord"))});
    CHECK(noTitle.exitCode == 2);
    CHECK(err(noTitle).contains(QStringLiteral("--title")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x.akkoord"))));
    const auto noOutput = runAkkoord({QStringLiteral("demo")});
    CHECK(noOutput.exitCode == 2);
    const auto badOption = runAkkoord({QStringLiteral("export"), QStringLiteral("a"), QStringLiteral("--frobnicate")});
    CHECK(badOption.exitCode == 2);
}

TEST_CASE("demo, export, import, export: identical JSON through the real program", "[cli]")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.akkoord"));
    const QString json1 = dir.path(QStringLiteral("demo.json"));
    const QString copy = dir.path(QStringLiteral("kopie.akkoord"));
    const QString json2 = dir.path(QStringLiteral("kopie.json"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), demo}).exitCode == 0);
    REQUIRE(runAkkoord({QStringLiteral("export"), demo, QStringLiteral("-o"), json1}).exitCode == 0);
    const auto imp = runAkkoord({QStringLiteral("import"), json1, QStringLiteral("-o"), copy});
    INFO(imp.err.toStdString());
    REQUIRE(imp.exitCode == 0);
    REQUIRE(runAkkoord({QStringLiteral("export"), copy, QStringLiteral("-o"), json2}).exitCode == 0);
    CHECK(test::readAll(json1) == test::readAll(json2));
    const auto toStdout = runAkkoord({QStringLiteral("export"), demo, QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(toStdout.out == test::readAll(json1));
}

TEST_CASE("the demo trajectory is a believable partnership with answers in every phase", "[cli][demo]")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), demo}).exitCode == 0);
    const TrajectoryData d = TrajectoryFile::open(demo)->load();
    CHECK(!d.info.title.isEmpty());
    CHECK(d.partners.size() >= 7);
    QSet<PartnerDomain> domains;
    for (const Partner &p : d.partners)
        domains.insert(p.domain);
    for (PartnerDomain needed : {PartnerDomain::Municipality, PartnerDomain::PrimaryEducation, PartnerDomain::Childcare,
                                 PartnerDomain::YouthHealthCare, PartnerDomain::YouthCare, PartnerDomain::Parents})
        CHECK(domains.contains(needed));
    for (const char *phase : {"verkennen.", "ambities.", "inventariseren.", "analyseren.", "ontwikkelen.", "verantwoorden."}) {
        const bool answered = std::any_of(d.answers.cbegin(), d.answers.cend(), [&](const Answer &a) { return a.questionId.startsWith(QLatin1String(phase)); });
        INFO(phase);
        CHECK(answered);
    }
    CHECK(d.agreements.size() >= 5);
    CHECK(d.ratings.size() == d.partners.size());
}

TEST_CASE("import of a bad file fails with one sentence and creates nothing", "[cli][bad]")
{
    TempDir dir;
    const QString bad = dir.path(QStringLiteral("bad.json"));
    const QString out = dir.path(QStringLiteral("out.akkoord"));
    test::writeAll(bad, R"({"format": "akkoord-trajectory", "formatVersion": 1, "partners": [{"id": "één"}]})");
    const auto r = runAkkoord({QStringLiteral("import"), bad, QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.crashed);
    CHECK(err(r).contains(QStringLiteral("/partners/0/id")));
    CHECK(err(r).count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(QFileInfo::exists(out));

    const auto missing = runAkkoord({QStringLiteral("import"), dir.path(QStringLiteral("nope.json")), QStringLiteral("-o"), out});
    CHECK(missing.exitCode == 1);
    CHECK(err(missing).contains(QStringLiteral("does not exist")));
}

TEST_CASE("export of a bad file fails with one sentence, never a crash", "[cli][bad]")
{
    TempDir dir;
    const QString notAkkoord = dir.path(QStringLiteral("notities.akkoord"));
    test::writeAll(notAkkoord, "dit is geen database");
    const auto r = runAkkoord({QStringLiteral("export"), notAkkoord, QStringLiteral("-o"), dir.path(QStringLiteral("x.json"))});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.crashed);
    CHECK(err(r).contains(QStringLiteral("not an Akkoord file")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x.json"))));
}

TEST_CASE("catalog check validates the built-in catalogue and prints a JSON summary", "[cli][catalog]")
{
    const auto text = runAkkoord({QStringLiteral("catalog"), QStringLiteral("check")});
    INFO(text.out.toStdString());
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains("Errors: 0, warnings: 0."));
    const auto j = runAkkoord({QStringLiteral("catalog"), QStringLiteral("check"), QStringLiteral("--json")});
    REQUIRE(j.exitCode == 0);
    const auto doc = nlohmann::json::parse(j.out.toStdString());
    CHECK(doc["phases"].size() == 6);
    CHECK(doc["buildingBlocks"].size() == 6);
    CHECK(doc["errors"].empty());
}

TEST_CASE("catalog check of a broken folder lists the problems and fails", "[cli][catalog]")
{
    TempDir dir;
    const auto r = runAkkoord({QStringLiteral("catalog"), QStringLiteral("check"), dir.root()});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains("catalog.json"));
}

TEST_CASE("the program refuses a file that another Akkoord has open", "[cli][lock]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("open.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), path}).exitCode == 0);
    auto holder = TrajectoryFile::open(path);
#ifndef AKKOORD_TEST_HAS_GUI
    // Built without the GUI: opening a file is for the window, and the
    // program says so instead.
    const auto windowless = runAkkoord({path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(windowless.exitCode == 2);
    CHECK(err(windowless).contains(QStringLiteral("no window")));
    return;
#endif
    const auto second = runAkkoord({path, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--quit-after-show")});
    CHECK(second.exitCode == 1);
    CHECK(err(second).contains(QStringLiteral("already open")));
    holder.reset();
    const auto third = runAkkoord({path, QStringLiteral("--quit-after-show")});
    INFO(third.err.toStdString());
    CHECK(third.exitCode == 0);
}

TEST_CASE("akkoord restore lists the backups and restores one to a new file", "[cli][backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("t.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), path}).exitCode == 0);
    {
        auto f = TrajectoryFile::open(path);
        Backups::make(*f);
    }
    const auto list = runAkkoord({QStringLiteral("restore"), path, QStringLiteral("--list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.startsWith("1  "));
    // The file is damaged; the backup brings it back.
    test::writeAll(path, "kapot");
    const QString out = dir.path(QStringLiteral("hersteld.akkoord"));
    const auto r = runAkkoord({QStringLiteral("restore"), path, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(TrajectoryFile::open(out)->load().partners.size() >= 7);
    const auto none = runAkkoord({QStringLiteral("restore"), dir.path(QStringLiteral("onbekend.akkoord")), QStringLiteral("-o"), dir.path(QStringLiteral("x.akkoord"))});
    CHECK(none.exitCode == 1);
    CHECK(err(none).contains(QStringLiteral("no automatic backups")));
}
