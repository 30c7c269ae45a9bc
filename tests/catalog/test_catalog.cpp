#include "catalog/catalogloader.h"
#include "support/support.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <functional>

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

const QString kNl = QStringLiteral("nl");
const QString kEn = QStringLiteral("en");
const QString kXx = QStringLiteral("xx");

void edit(const QString &path, const std::function<void(json &)> &change)
{
    json j = readJson(path);
    change(j);
    writeJson(path, j);
}

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

// Like hasProblem, but at exactly this JSON path.
bool hasProblemAt(const CatalogLoad &load, const QString &file, const QString &path, const QString &messagePart)
{
    for (const CatalogProblem &p : load.problems)
        if (p.file == file && p.path == path && p.message.contains(messagePart))
            return true;
    return false;
}

// The texts with a (non-empty) "xx" text in catalogWithXx; every other text
// lacks it.
constexpr int kXxTexts = 5;

// A copy of the shipped catalogue with the pseudo-language "xx" added, as a
// translator would: "xx" in the languages and a few "xx" texts, one of them
// left empty (which counts as missing).
QString catalogWithXx(const TempDir &dir)
{
    const QString cat = copyCatalog(dir);
    edit(cat + QStringLiteral("/catalog.json"), [](json &j) { j["languages"].push_back("xx"); });
    edit(cat + QStringLiteral("/phases/verkennen.json"), [](json &j) {
        j["title"]["xx"] = "Xx-verkennen";
        j["questions"][0]["text"]["xx"] = "Xx-vraag nul";
        j["questions"][0]["examples"][0]["xx"] = "Xx-voorbeeld";
        j["questions"][1]["help"]["xx"] = "  ";
    });
    edit(cat + QStringLiteral("/building-blocks.json"), [](json &j) { j["buildingBlocks"][0]["statements"][0]["text"]["xx"] = "Xx-stelling"; });
    edit(cat + QStringLiteral("/reference.json"), [](json &j) { j["dilemmas"][0]["title"]["xx"] = "Xx-dilemma"; });
    return cat;
}

} // namespace

TEST_CASE("the shipped catalogue loads without errors or warnings", "[catalog]")
{
    const CatalogLoad load = loadCatalog(test::sourcePath(QStringLiteral("data/catalog")));
    INFO(problems(load));
    REQUIRE(load.ok());
    CHECK(load.warningCount() == 0);
    const Catalog &c = load.catalog;
    CHECK(c.languages == QStringList{QStringLiteral("nl"), QStringLiteral("en")});
    CHECK(c.primaryLanguage() == QStringLiteral("nl"));
    CHECK(load.missingTranslations.empty());
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
            CHECK(q.text.has(QStringLiteral("nl")));
            CHECK(q.text.has(QStringLiteral("en")));
            CHECK(q.help.has(QStringLiteral("nl")));
            CHECK(q.help.has(QStringLiteral("en")));
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

    SECTION("a missing text in the primary language")
    {
        json j = readJson(verkennen);
        j["questions"][2]["help"].erase("nl");
        writeJson(verkennen, j);
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblem(load, vfile, QStringLiteral("/questions/2/help/nl"), QStringLiteral("missing")));
    }
    SECTION("a missing translation is no error, but listed")
    {
        json j = readJson(verkennen);
        j["questions"][2]["help"].erase("en");
        writeJson(verkennen, j);
        const CatalogLoad load = loadCatalog(cat);
        INFO(problems(load));
        CHECK(load.ok());
        REQUIRE(load.missingTranslations.size() == 1);
        CHECK(load.missingTranslations[0].language == QStringLiteral("en"));
        CHECK(load.missingTranslations[0].file == vfile);
        CHECK(load.missingTranslations[0].path == QStringLiteral("/questions/2/help/en"));
        const Question &q = load.catalog.phases[0].questions[2];
        CHECK(q.help.in(QStringLiteral("en")) == q.help.exactly(QStringLiteral("nl")));
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
    CHECK(j["primaryLanguage"] == "nl");
    CHECK(j["errors"].empty());
    CHECK(j["missingTranslations"] == json::parse(R"({"en": {"count": 0, "texts": []}})"));
}

// The catalogue's languages (issue 14): any language listed in catalog.json,
// the first one primary; a text missing in another language falls back to
// the primary one and is reported by `akkoord catalog check`, not refused.

TEST_CASE("a catalogue text holds any languages and falls back to the primary one", "[catalog][languages]")
{
    const LocalizedText t{{kNl, QStringLiteral("Hallo")}, {kEn, QStringLiteral("Hello")}};
    CHECK(t.primaryLanguage() == kNl);
    CHECK(t.in(kNl) == QStringLiteral("Hallo"));
    CHECK(t.in(kEn) == QStringLiteral("Hello"));
    CHECK(t.in(kXx) == QStringLiteral("Hallo"));
    CHECK(t.in(QString()) == QStringLiteral("Hallo"));
    CHECK(t.has(kEn));
    CHECK_FALSE(t.has(kXx));
    CHECK(t.exactly(kXx).isEmpty());
    CHECK(t.primary() == QStringLiteral("Hallo"));
    CHECK(t.languages() == QStringList{kEn, kNl});

    LocalizedText u(kNl);
    CHECK(u.isEmpty());
    CHECK(u.in(kEn).isEmpty());
    u.set(kEn, QStringLiteral("Hello"));
    u.set(kNl, QStringLiteral("Hallo"));
    CHECK(u == t);
    u.set(kXx, QStringLiteral("Xx"));
    CHECK(u != t);
    CHECK(u.in(kXx) == QStringLiteral("Xx"));
    u.set(kXx, QString());
    CHECK_FALSE(u.has(kXx));
    CHECK(u == t);
    // The same texts with another primary language are another text.
    CHECK(LocalizedText{{kEn, QStringLiteral("Hello")}, {kNl, QStringLiteral("Hallo")}} != t);
    CHECK(LocalizedText{{kEn, QStringLiteral("Hello")}, {kNl, QStringLiteral("Hallo")}}.in(kXx) == QStringLiteral("Hello"));
    CHECK(LocalizedText{}.in(kNl).isEmpty());
}

TEST_CASE("a language added to catalog.json loads, with the primary text where its own is missing", "[catalog][languages]")
{
    TempDir dir;
    const QString cat = catalogWithXx(dir);
    const CatalogLoad load = loadCatalog(cat);
    INFO(problems(load));
    REQUIRE(load.ok());
    CHECK(load.warningCount() == 0);
    const Catalog &c = load.catalog;
    CHECK(c.languages == QStringList{kNl, kEn, kXx});
    CHECK(c.primaryLanguage() == kNl);

    const Phase &verkennen = c.phases[0];
    CHECK(verkennen.title.in(kXx) == QStringLiteral("Xx-verkennen"));
    CHECK(verkennen.title.in(kEn) == QStringLiteral("Explore"));
    CHECK(verkennen.questions[0].text.in(kXx) == QStringLiteral("Xx-vraag nul"));
    CHECK(verkennen.questions[0].examples[0].in(kXx) == QStringLiteral("Xx-voorbeeld"));
    CHECK(c.buildingBlocks[0].statements[0].text.in(kXx) == QStringLiteral("Xx-stelling"));
    CHECK(c.dilemmas[0].title.in(kXx) == QStringLiteral("Xx-dilemma"));

    // Where "xx" has no text (or an empty one), the Dutch text is shown.
    for (const Question *q : {&verkennen.questions[1], &verkennen.questions[2], &c.phases[5].questions[0]}) {
        INFO(q->id.toStdString());
        CHECK_FALSE(q->text.has(kXx));
        CHECK(q->text.in(kXx) == q->text.exactly(kNl));
        CHECK(q->text.in(kEn) == q->text.exactly(kEn));
        CHECK(q->text.in(kEn) != q->text.in(kNl));
    }
    CHECK_FALSE(verkennen.questions[1].help.has(kXx));
    CHECK(verkennen.questions[1].help.in(kXx) == verkennen.questions[1].help.exactly(kNl));
    CHECK(verkennen.summary.in(kXx) == verkennen.summary.exactly(kNl));
    CHECK(c.reference[0].sections[0].body.in(kXx) == c.reference[0].sections[0].body.exactly(kNl));

    // Every other text is listed as missing in "xx", none in "en".
    REQUIRE(load.textCount > 100);
    CHECK(load.missingTranslationCount(kXx) == load.textCount - kXxTexts);
    CHECK(load.missingTranslationCount(kEn) == 0);
    CHECK(load.missingTranslations.size() == load.textCount - kXxTexts);
    const auto missing = [&](const QString &file, const QString &path) {
        return std::any_of(load.missingTranslations.cbegin(), load.missingTranslations.cend(),
                           [&](const MissingTranslation &m) { return m.language == kXx && m.file == file && m.path == path; });
    };
    const QString vfile = QStringLiteral("phases/verkennen.json");
    CHECK(missing(vfile, QStringLiteral("/summary/xx")));
    CHECK(missing(vfile, QStringLiteral("/questions/1/text/xx")));
    CHECK(missing(vfile, QStringLiteral("/questions/1/help/xx"))); // empty
    CHECK(missing(QStringLiteral("reference.json"), QStringLiteral("/dilemmas/0/description/xx")));
    CHECK_FALSE(missing(vfile, QStringLiteral("/title/xx")));
    CHECK_FALSE(missing(vfile, QStringLiteral("/questions/0/text/xx")));

    // The shipped catalogue, loaded as it is, is the same in Dutch and English.
    const CatalogLoad shipped = loadCatalog(test::sourcePath(QStringLiteral("data/catalog")));
    CHECK(shipped.textCount == load.textCount);
    CHECK(shipped.catalog.phases[3].questions[2].help == c.phases[3].questions[2].help);
}

TEST_CASE("the first language of catalog.json is the primary one, whatever it is", "[catalog][languages]")
{
    TempDir dir;
    const QString cat = copyCatalog(dir);
    edit(cat + QStringLiteral("/catalog.json"), [](json &j) { j["languages"] = json::array({"en", "nl"}); });
    const QString vfile = QStringLiteral("phases/verkennen.json");

    SECTION("English primary: a missing Dutch text is a missing translation")
    {
        edit(cat + QStringLiteral("/phases/verkennen.json"), [](json &j) { j["questions"][0]["text"].erase("nl"); });
        const CatalogLoad load = loadCatalog(cat);
        INFO(problems(load));
        REQUIRE(load.ok());
        CHECK(load.catalog.primaryLanguage() == kEn);
        const Question &q = load.catalog.phases[0].questions[0];
        CHECK(q.text.in(kNl) == q.text.exactly(kEn));
        CHECK(q.text.in(kXx) == q.text.exactly(kEn));
        CHECK(load.missingTranslationCount(kNl) == 1);
        CHECK(load.missingTranslationCount(kEn) == 0);
    }
    SECTION("English primary: a missing English text is an error")
    {
        edit(cat + QStringLiteral("/phases/verkennen.json"), [](json &j) { j["questions"][0]["text"].erase("en"); });
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblemAt(load, vfile, QStringLiteral("/questions/0/text/en"), QStringLiteral("missing")));
    }
    SECTION("one language only")
    {
        edit(cat + QStringLiteral("/catalog.json"), [](json &j) { j["languages"] = json::array({"nl"}); });
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok()); // the shipped texts have "en", now not a language of the catalogue
        CHECK(hasProblemAt(load, vfile, QStringLiteral("/title/en"), QStringLiteral("not a language of this catalogue")));
    }
}

TEST_CASE("the primary text is required, and the languages are checked", "[catalog][languages][bad]")
{
    TempDir dir;
    const QString cat = catalogWithXx(dir);
    const QString vfile = QStringLiteral("phases/verkennen.json");

    SECTION("a missing primary text")
    {
        edit(cat + QStringLiteral("/phases/verkennen.json"), [](json &j) { j["questions"][0]["text"].erase("nl"); });
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblemAt(load, vfile, QStringLiteral("/questions/0/text/nl"), QStringLiteral("missing")));
    }
    SECTION("an empty primary text")
    {
        edit(cat + QStringLiteral("/phases/verkennen.json"), [](json &j) { j["summary"]["nl"] = ""; });
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblemAt(load, vfile, QStringLiteral("/summary/nl"), QStringLiteral("empty")));
    }
    SECTION("a translation that is not text")
    {
        edit(cat + QStringLiteral("/phases/verkennen.json"), [](json &j) { j["summary"]["xx"] = 3; });
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblemAt(load, vfile, QStringLiteral("/summary/xx"), QStringLiteral("text is expected")));
    }
    SECTION("a text in a language the catalogue does not list")
    {
        edit(cat + QStringLiteral("/phases/verkennen.json"), [](json &j) { j["questions"][3]["help"]["de"] = "Hilfe"; });
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblemAt(load, vfile, QStringLiteral("/questions/3/help/de"), QStringLiteral("not a language of this catalogue")));
    }
    SECTION("a language listed twice")
    {
        edit(cat + QStringLiteral("/catalog.json"), [](json &j) { j["languages"].push_back("en"); });
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblemAt(load, QStringLiteral("catalog.json"), QStringLiteral("/languages/3"), QStringLiteral("more than once")));
    }
    SECTION("no languages")
    {
        edit(cat + QStringLiteral("/catalog.json"), [](json &j) { j["languages"] = json::array(); });
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblemAt(load, QStringLiteral("catalog.json"), QStringLiteral("/languages"), QStringLiteral("at least one language")));
    }
    SECTION("a language code that is not text")
    {
        edit(cat + QStringLiteral("/catalog.json"), [](json &j) { j["languages"].push_back(7); });
        const CatalogLoad load = loadCatalog(cat);
        CHECK_FALSE(load.ok());
        CHECK(hasProblemAt(load, QStringLiteral("catalog.json"), QStringLiteral("/languages/3"), QStringLiteral("language code")));
    }
}

TEST_CASE("catalog check lists the missing translations per language and still succeeds", "[catalog][languages][cli]")
{
    TempDir dir;
    const QString cat = catalogWithXx(dir);
    const CatalogLoad load = loadCatalog(cat);
    REQUIRE(load.ok());
    const int missingXx = load.missingTranslationCount(kXx);
    REQUIRE(missingXx > 100);

    const auto text = test::runAkkoord({QStringLiteral("catalog"), QStringLiteral("check"), cat});
    INFO(test::ownStderr(text).toStdString());
    CHECK(text.exitCode == 0);
    CHECK_FALSE(text.crashed);
    const QString out = QString::fromUtf8(text.out);
    INFO(out.left(3000).toStdString());
    CHECK(out.contains(QStringLiteral("Errors: 0, warnings: 0.")));
    CHECK(out.contains(QStringLiteral("Missing translations into \"xx\": %1 of %2 texts").arg(missingXx).arg(load.textCount)));
    CHECK(out.contains(QStringLiteral("Missing translations: en 0, xx %1.").arg(missingXx)));
    CHECK_FALSE(out.contains(QStringLiteral("Missing translations into \"en\"")));
    CHECK(out.contains(QStringLiteral("\nphases/verkennen.json: /questions/1/text/xx: missing translation\n")));
    CHECK(out.contains(QStringLiteral("\nreference.json: /dilemmas/0/description/xx: missing translation\n")));
    CHECK_FALSE(out.contains(QStringLiteral("\nphases/verkennen.json: /questions/0/text/xx:")));
    CHECK(out.count(QStringLiteral(": missing translation\n")) == missingXx);

    const auto j = test::runAkkoord({QStringLiteral("catalog"), QStringLiteral("check"), cat, QStringLiteral("--json")});
    REQUIRE(j.exitCode == 0);
    const json doc = json::parse(j.out.toStdString());
    CHECK(doc["errors"].empty());
    CHECK(doc["warnings"].empty());
    CHECK(doc["languages"] == json::array({"en", "nl", "xx"}));
    CHECK(doc["primaryLanguage"] == "nl");
    REQUIRE(doc["missingTranslations"].size() == 2);
    CHECK(doc["missingTranslations"]["en"]["count"] == 0);
    CHECK(doc["missingTranslations"]["en"]["texts"].empty());
    CHECK(doc["missingTranslations"]["xx"]["count"] == missingXx);
    const json &texts = doc["missingTranslations"]["xx"]["texts"];
    REQUIRE(texts.size() == std::size_t(missingXx));
    CHECK(std::find(texts.begin(), texts.end(), json{{"file", "phases/verkennen.json"}, {"path", "/questions/1/help/xx"}}) != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), json{{"file", "phases/verkennen.json"}, {"path", "/questions/0/text/xx"}}) == texts.end());

    // A missing primary text still fails the check, next to the translations.
    edit(cat + QStringLiteral("/phases/verkennen.json"), [](json &v) { v["questions"][0]["text"].erase("nl"); });
    const auto bad = test::runAkkoord({QStringLiteral("catalog"), QStringLiteral("check"), cat});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains("phases/verkennen.json: /questions/0/text/nl: error: missing"));
    CHECK(bad.out.contains("Missing translations into \"xx\""));
    const auto badJson = test::runAkkoord({QStringLiteral("catalog"), QStringLiteral("check"), cat, QStringLiteral("--json")});
    CHECK(badJson.exitCode == 1);
    const json badDoc = json::parse(badJson.out.toStdString());
    CHECK(badDoc["errors"].size() == 1);
    CHECK(badDoc["missingTranslations"]["xx"]["count"] == missingXx);
}

// The catalogue's second edition (issue 20): question time boxes that fit
// their phase, statements per audience, a glossary, and a spelling check of
// every Dutch text.

TEST_CASE("catalog check warns when the questions' time boxes exceed the phase's", "[catalog][timebox]")
{
    const CatalogLoad shipped = loadCatalog(test::sourcePath(QStringLiteral("data/catalog")));
    for (const Phase &p : shipped.catalog.phases) {
        INFO(p.id.toStdString());
        int minutes = 0;
        for (const Question &q : p.questions)
            minutes += q.timeboxMinutes;
        CHECK(minutes <= p.timeboxMinutes);
    }
    TempDir dir;
    const QString cat = copyCatalog(dir);
    edit(cat + QStringLiteral("/phases/analyseren.json"), [](json &j) { j["timeboxMinutes"] = 30; });
    const CatalogLoad load = loadCatalog(cat);
    INFO(problems(load));
    CHECK(load.ok()); // a warning, not an error
    CHECK(hasProblemAt(load, QStringLiteral("phases/analyseren.json"), QStringLiteral("/timeboxMinutes"), QStringLiteral("more than the phase's 30")));
    CHECK(load.warningCount() == 1);
}

TEST_CASE("self-assessment statements name their audience, and parents and young people have their own", "[catalog][audience]")
{
    const Catalog c = loadCatalog(test::sourcePath(QStringLiteral("data/catalog"))).catalog;
    int parents = 0, professionals = 0, all = 0;
    for (const BuildingBlock &b : c.buildingBlocks)
        for (const Statement &s : b.statements) {
            parents += s.audience == Audience::ParentsYoungPeople;
            professionals += s.audience == Audience::Professionals;
            all += s.audience == Audience::All;
        }
    CHECK(parents >= 4);
    CHECK(professionals >= 20);
    CHECK(all >= 5);
    const Statement &mine = c.buildingBlock(QStringLiteral("visie-beleid"))->statements.constLast();
    CHECK(mine.audience == Audience::ParentsYoungPeople);
    CHECK(mine.isFor(Audience::ParentsYoungPeople));
    CHECK_FALSE(mine.isFor(Audience::Professionals));
    CHECK(mine.isFor(Audience::All));
    CHECK(audienceKey(Audience::ParentsYoungPeople) == QStringLiteral("parents-young-people"));
    CHECK(audienceFromKey(QStringLiteral("professionals")) == Audience::Professionals);
    CHECK_FALSE(audienceFromKey(QStringLiteral("ouders")).has_value());

    TempDir dir;
    const QString cat = copyCatalog(dir);
    edit(cat + QStringLiteral("/building-blocks.json"), [](json &j) {
        j["buildingBlocks"][0]["statements"][0].erase("audience");
        j["buildingBlocks"][0]["statements"][1]["audience"] = "ouders";
        j["buildingBlocks"][0]["statements"][2]["audience"] = 3;
    });
    const CatalogLoad load = loadCatalog(cat);
    INFO(problems(load));
    CHECK(hasProblemAt(load, QStringLiteral("building-blocks.json"), QStringLiteral("/buildingBlocks/0/statements/1/audience"), QStringLiteral("unknown audience \"ouders\"")));
    CHECK(hasProblemAt(load, QStringLiteral("building-blocks.json"), QStringLiteral("/buildingBlocks/0/statements/2/audience"), QStringLiteral("text is expected")));
    CHECK(load.errorCount() == 2);
    // Without one, a statement is for everyone, as before audiences existed.
    CHECK(load.catalog.buildingBlocks[0].statements[0].audience == Audience::All);
}

TEST_CASE("the glossary explains the catalogue's abbreviations and terms in both languages", "[catalog][glossary]")
{
    const CatalogLoad shipped = loadCatalog(test::sourcePath(QStringLiteral("data/catalog")));
    const Catalog &c = shipped.catalog;
    REQUIRE(c.glossary.size() >= 20);
    for (const char *term : {"JGZ", "VE", "VVE", "OAB", "LEA", "OOGO", "IHP", "RMC", "SWV", "SPUK", "kernpartner", "schilpartner", "bouwsteen",
                             "doorzettingsmacht", "GMR", "zelfevaluatie", "stuurgroep", "regiegroep"}) {
        INFO(term);
        const GlossaryEntry *e = c.glossaryEntry(QString::fromLatin1(term));
        REQUIRE(e);
        CHECK(!e->explanation.exactly(QStringLiteral("nl")).isEmpty());
        CHECK(!e->explanation.exactly(QStringLiteral("en")).isEmpty());
        CHECK(!e->term.exactly(QStringLiteral("en")).isEmpty());
    }
    CHECK(c.glossaryEntry(QStringLiteral("jgz")) == c.glossaryEntry(QStringLiteral("JGZ")));
    CHECK(c.glossaryEntry(QStringLiteral("core partner")) == c.glossaryEntry(QStringLiteral("kernpartner")));
    CHECK_FALSE(c.glossaryEntry(QStringLiteral("no such term")));
    // Sorted by the Dutch term, whatever the order in the file.
    for (qsizetype i = 1; i < c.glossary.size(); ++i)
        CHECK(c.glossary[i - 1].term.primary().compare(c.glossary[i].term.primary(), Qt::CaseInsensitive) <= 0);

    TempDir dir;
    const QString cat = copyCatalog(dir);
    edit(cat + QStringLiteral("/glossary.json"), [](json &j) {
        j["entries"][1]["id"] = j["entries"][0]["id"];
        j["entries"][2]["term"] = j["entries"][0]["term"];
        j["entries"][3]["explanation"].erase("nl");
        j["entries"][4]["id"] = "Not A Slug";
        j["entries"][5]["colour"] = "red";
    });
    const CatalogLoad load = loadCatalog(cat);
    INFO(problems(load));
    CHECK(hasProblemAt(load, QStringLiteral("glossary.json"), QStringLiteral("/entries/1/id"), QStringLiteral("more than once")));
    CHECK(hasProblemAt(load, QStringLiteral("glossary.json"), QStringLiteral("/entries/2/term"), QStringLiteral("explained more than once")));
    CHECK(hasProblemAt(load, QStringLiteral("glossary.json"), QStringLiteral("/entries/3/explanation/nl"), QStringLiteral("missing")));
    CHECK(hasProblemAt(load, QStringLiteral("glossary.json"), QStringLiteral("/entries/4/id"), QStringLiteral("lowercase")));
    CHECK(hasProblemAt(load, QStringLiteral("glossary.json"), QStringLiteral("/entries/5/colour"), QStringLiteral("unknown field")));
    CHECK(load.errorCount() == 5);

    // A catalogue without a glossary is still a catalogue.
    QFile::remove(cat + QStringLiteral("/glossary.json"));
    const CatalogLoad without = loadCatalog(cat);
    CHECK(without.problems.size() == load.problems.size() - 5);
    CHECK(without.catalog.glossary.isEmpty());
}

namespace {

void dutchTexts(const json &j, QStringList &out)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "nl" && it->is_string())
                out << QString::fromStdString(it->get<std::string>());
            else
                dutchTexts(*it, out);
        }
    } else if (j.is_array()) {
        for (const json &e : j)
            dutchTexts(e, out);
    }
}

// One line per text, ready for hunspell: quotation marks and the hyphen of
// "kern- en schilpartners" go, an apostrophe inside a word (dilemma's) stays.
QString forSpelling(QString text)
{
    static const QRegularExpression openQuote(QStringLiteral("(^|[\\s(/])['‘’\"“”]+"));
    static const QRegularExpression closeQuote(QStringLiteral("['‘’\"“”]+(?=[\\s.,;:!?)/]|$)"));
    static const QRegularExpression elision(QStringLiteral("(?<=\\w)-(?=[\\s,])"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(openQuote, QStringLiteral("\\1 "));
    text.replace(closeQuote, QStringLiteral(" "));
    text.replace(elision, QString());
    return text;
}

} // namespace

TEST_CASE("every Dutch text of the catalogue passes Debian's Dutch spelling check", "[catalog][spelling]")
{
    const QString hunspell = QStandardPaths::findExecutable(QStringLiteral("hunspell"));
    if (hunspell.isEmpty()) {
        WARN("hunspell is not installed (Debian: hunspell hunspell-nl, see scripts/setup): the Dutch spelling check is skipped");
        return;
    }
    QSet<QString> allowed;
    const QString allowFile = test::sourcePath(QStringLiteral("tests/catalog/spelling-allowlist.txt"));
    for (const QString &line : QString::fromUtf8(test::readAll(allowFile)).split(QLatin1Char('\n'))) {
        const QString word = line.section(QLatin1Char('#'), 0, 0).trimmed();
        if (!word.isEmpty())
            allowed.insert(word);
    }
    REQUIRE(!allowed.isEmpty());

    const QString root = test::sourcePath(QStringLiteral("data/catalog"));
    QStringList misspelt;
    QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    REQUIRE(files.size() >= 9);
    for (const QString &file : files) {
        QStringList texts;
        dutchTexts(readJson(file), texts);
        QStringList lines;
        for (const QString &t : texts)
            lines << forSpelling(t);
        QProcess p;
        p.start(hunspell, {QStringLiteral("-d"), QStringLiteral("nl_NL"), QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("UTF-8")});
        REQUIRE(p.waitForStarted());
        p.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (err.contains(QLatin1String("Can't open"))) {
            WARN("hunspell has no nl_NL dictionary (Debian: hunspell-nl, see scripts/setup): the Dutch spelling check is skipped");
            return;
        }
        QSet<QString> seen;
        for (QString word : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            word = word.trimmed();
            while (word.endsWith(QLatin1Char('.')))
                word.chop(1);
            if (word.isEmpty() || allowed.contains(word) || seen.contains(word))
                continue;
            seen.insert(word);
            misspelt << QStringLiteral("%1 (%2)").arg(word, QDir(root).relativeFilePath(file));
        }
    }
    INFO("Misspelt, or missing from tests/catalog/spelling-allowlist.txt:\n" << misspelt.join(QLatin1Char('\n')).toStdString());
    CHECK(misspelt.isEmpty());
}
