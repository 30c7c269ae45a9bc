#include "catalog/catalogloader.h"
#include "support/support.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace akkoord;
using akkoord::test::TempDir;
using json = nlohmann::json;

namespace {

// A writable copy of the shipped catalogue to break on purpose.
QString copyCatalog(const TempDir &dir)
{
    const QString src = test::sourcePath(QStringLiteral("data/catalog"));
    const QString dst = dir.path(QStringLiteral("catalog"));
    QDirIterator it(src, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = dst + file.mid(src.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return dst;
}

json readJson(const QString &path) { return json::parse(test::readAll(path).toStdString()); }
void writeJson(const QString &path, const json &j) { test::writeAll(path, QByteArray::fromStdString(j.dump(2))); }

bool hasProblem(const CatalogLoad &load, const QString &file, const QString &pathPart, const QString &messagePart)
{
    for (const CatalogProblem &p : load.problems)
        if (p.file == file && p.path.contains(pathPart) && p.message.contains(messagePart))
            return true;
    return false;
}

std::string problems(const CatalogLoad &load)
{
    std::string out;
    for (const CatalogProblem &p : load.problems)
        out += p.toString().toStdString() + "\n";
    return out;
}

} // namespace

TEST_CASE("the shipped catalogue loads without errors or warnings", "[catalog]")
{
    const CatalogLoad load = loadCatalog(test::sourcePath(QStringLiteral("data/catalog")));
    INFO(problems(load));
    REQUIRE(load.ok());
    CHECK(load.warningCount() == 0);
    const Catalog &c = load.catalog;
    CHECK(c.languages.contains(QStringLiteral("nl")));
    CHECK(c.languages.contains(QStringLiteral("en")));
    REQUIRE(c.phases.size() == 6);
    const QStringList phaseIds{QStringLiteral("verkennen"), QStringLiteral("ambities"), QStringLiteral("inventariseren"),
                               QStringLiteral("analyseren"), QStringLiteral("ontwikkelen"), QStringLiteral("verantwoorden")};
    for (int i = 0; i < 6; ++i) {
        const Phase &phase = c.phases[i];
        CHECK(phase.id == phaseIds[i]);
        CHECK(phase.questions.size() >= 6);
        CHECK(phase.questions.size() <= 12);
        CHECK(phase.timeboxMinutes > 0);
        for (const Question &q : phase.questions) {
            INFO(q.id.toStdString());
            CHECK(!q.text.nl.isEmpty());
            CHECK(!q.text.en.isEmpty());
            CHECK(!q.help.nl.isEmpty());
            CHECK(!q.help.en.isEmpty());
            CHECK(q.examples.size() >= 2);
            CHECK(q.examples.size() <= 3);
        }
    }
    REQUIRE(c.buildingBlocks.size() == 6);
    for (const BuildingBlock &b : c.buildingBlocks) {
        INFO(b.id.toStdString());
        CHECK(b.questions.size() >= 4);
        CHECK(b.questions.size() <= 8);
        CHECK(b.statements.size() >= 5);
        CHECK(b.statements.size() <= 8);
        for (const BuilderQuestion &q : b.questions) {
            CHECK(q.examples.size() >= 1);
            CHECK(q.examples.size() <= 3);
        }
    }
    for (const char *topic : {"opvangvormen", "ontwikkelingen", "dilemmas", "regie-gemeente"}) {
        const bool found = std::any_of(c.reference.cbegin(), c.reference.cend(), [&](const ReferenceTopic &t) { return t.id == QLatin1String(topic); });
        CHECK(found);
    }
    CHECK(c.dilemmas.size() >= 4);
}

TEST_CASE("the catalogue covers what verkennen, ambities, ontwikkelen and verantwoorden need", "[catalog]")
{
    const Catalog c = loadCatalog(test::sourcePath(QStringLiteral("data/catalog"))).catalog;
    REQUIRE(c.question(QStringLiteral("verkennen.urgentie")));
    CHECK(c.question(QStringLiteral("verkennen.urgentie"))->kind == AnswerKind::PartnerRating);
    CHECK(c.question(QStringLiteral("verkennen.partijen"))->kind == AnswerKind::DomainChecklist);
    CHECK(c.question(QStringLiteral("verkennen.trekker"))->kind == AnswerKind::PartnerChecklist);
    CHECK(c.question(QStringLiteral("ambities.ambities"))->kind == AnswerKind::Ambitions);
    CHECK(c.question(QStringLiteral("ontwikkelen.afspraken"))->kind == AnswerKind::Agreements);
    CHECK(c.question(QStringLiteral("verantwoorden.verantwoording"))->kind == AnswerKind::Accountability);
    for (const char *id : {"eigen-verantwoording", "investering-opbrengst", "regio-verschillen", "kaders"}) {
        const bool found = std::any_of(c.dilemmas.cbegin(), c.dilemmas.cend(), [&](const Dilemma &d) { return d.id == QLatin1String(id); });
        CHECK(found);
    }
}

TEST_CASE("each kind of damage to a catalogue is reported with file and JSON path", "[catalog][bad]")
{
    TempDir dir;
    const QString cat = copyCatalog(dir);
    const QString verkennen = cat + QStringLiteral("/phases/verkennen.json");
    const QString blocks = cat + QStringLiteral("/building-blocks.json");
    const QString vfile = QStringLiteral("phases/verkennen.json");

    SECTION("a missing translation")
    {
        json j = readJson(verkennen);
        j["questions"][2]["help"].erase("en");
        writeJson(verkennen, j);
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblem(load, vfile, QStringLiteral("/questions/2/help/en"), QStringLiteral("missing")));
    }
    SECTION("an empty text")
    {
        json j = readJson(verkennen);
        j["questions"][0]["text"]["nl"] = "  ";
        writeJson(verkennen, j);
        CHECK(hasProblem(loadCatalog(cat), vfile, QStringLiteral("/questions/0/text/nl"), QStringLiteral("empty")));
    }
    SECTION("a duplicate id across files")
    {
        json j = readJson(verkennen);
        j["questions"][1]["id"] = j["questions"][0]["id"];
        writeJson(verkennen, j);
        CHECK(hasProblem(loadCatalog(cat), vfile, QStringLiteral("/questions/1/id"), QStringLiteral("more than once")));
    }
    SECTION("an unknown kind")
    {
        json j = readJson(verkennen);
        j["questions"][0]["kind"] = "essay";
        writeJson(verkennen, j);
        CHECK(hasProblem(loadCatalog(cat), vfile, QStringLiteral("/questions/0/kind"), QStringLiteral("unknown kind")));
    }
    SECTION("a question without examples")
    {
        json j = readJson(verkennen);
        j["questions"][0]["examples"] = json::array();
        writeJson(verkennen, j);
        CHECK(hasProblem(loadCatalog(cat), vfile, QStringLiteral("/questions/0/examples"), QStringLiteral("example")));
    }
    SECTION("an id in the wrong phase")
    {
        json j = readJson(verkennen);
        j["questions"][0]["id"] = "ambities.zomaar";
        writeJson(verkennen, j);
        CHECK(hasProblem(loadCatalog(cat), vfile, QStringLiteral("/questions/0/id"), QStringLiteral("must look like")));
    }
    SECTION("a missing phase file")
    {
        QFile::remove(cat + QStringLiteral("/phases/analyseren.json"));
        CHECK(hasProblem(loadCatalog(cat), QStringLiteral("phases/analyseren.json"), QStringLiteral("/"), QStringLiteral("missing")));
    }
    SECTION("a missing building block")
    {
        json j = readJson(blocks);
        j["buildingBlocks"].erase(4);
        writeJson(blocks, j);
        CHECK(hasProblem(loadCatalog(cat), QStringLiteral("building-blocks.json"), QStringLiteral("/buildingBlocks"), QStringLiteral("\"middelen\" is missing")));
    }
    SECTION("malformed JSON")
    {
        test::writeAll(verkennen, "{\"formatVersion\": 1, ");
        CHECK(hasProblem(loadCatalog(cat), vfile, QStringLiteral("/"), QStringLiteral("not valid JSON")));
    }
    SECTION("a typo in a field name")
    {
        json j = readJson(verkennen);
        j["questions"][0]["perspectivs"] = true;
        writeJson(verkennen, j);
        CHECK(hasProblem(loadCatalog(cat), vfile, QStringLiteral("/questions/0/perspectivs"), QStringLiteral("unknown field")));
    }
    SECTION("a newer format version")
    {
        json j = readJson(cat + QStringLiteral("/catalog.json"));
        j["formatVersion"] = 2;
        writeJson(cat + QStringLiteral("/catalog.json"), j);
        CHECK(hasProblem(loadCatalog(cat), QStringLiteral("catalog.json"), QStringLiteral("/formatVersion"), QStringLiteral("format 1")));
    }
}

TEST_CASE("the summary JSON has the documented shape", "[catalog]")
{
    const CatalogLoad load = loadCatalog(test::sourcePath(QStringLiteral("data/catalog")));
    const json j = json::parse(catalogSummaryJson(load).toStdString());
    CHECK(j["phases"]["verkennen"]["questions"].get<int>() == load.catalog.phases[0].questions.size());
    CHECK(j["phases"]["verkennen"]["examples"].get<int>() >= 2 * j["phases"]["verkennen"]["questions"].get<int>());
    CHECK(j["buildingBlocks"]["middelen"]["statements"].get<int>() >= 5);
    CHECK(j["languages"] == json::array({"en", "nl"}));
    CHECK(j["errors"].empty());
}
