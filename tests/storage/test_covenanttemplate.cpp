// Issue 15: a municipality's house template — its own wording of the
// covenant's standard articles — saved, shared, checked and applied.

#include "domain/covenanttext.h"
#include "domain/error.h"
#include "storage/covenanttemplate.h"
#include "support/support.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace akkoord;
using akkoord::test::TempDir;

namespace {

// An optional and a mandatory standard article, as the skeleton has them.
std::pair<QString, QString> optionalAndMandatory()
{
    QString optional, mandatory;
    for (const StandardArticle &a : standardArticles(TrajectoryData{}, QStringLiteral("en"))) {
        if (a.optional && optional.isEmpty())
            optional = a.id;
        if (!a.optional && mandatory.isEmpty())
            mandatory = a.id;
    }
    return {optional, mandatory};
}

} // namespace

TEST_CASE("a house template is saved and loaded back with its wording and switches", "[covenant][template]")
{
    const auto [optional, mandatory] = optionalAndMandatory();
    REQUIRE_FALSE(optional.isEmpty());
    REQUIRE_FALSE(mandatory.isEmpty());
    TrajectoryData d;
    d.covenantTexts = {CovenantText{QStringLiteral("article.") + mandatory, QStringLiteral("Onze eigen tekst.\n\nMet een tweede lid."), true},
                       CovenantText{QStringLiteral("article.") + optional, {}, false},
                       CovenantText{QStringLiteral("clause.recital.issue"), QStringLiteral("Niet in een sjabloon."), true}};
    const CovenantTemplate t = templateFrom(d, QStringLiteral("Gemeente Lommerwolde 2027"));
    CHECK(t.articles.size() == 2); // the dialogue clause is no part of it
    TempDir dir;
    const QString path = dir.path(QStringLiteral("huisstijl.akkoord-template"));
    saveTemplate(path, t);
    CHECK(QFile(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(checkTemplate(path).isEmpty());
    const CovenantTemplate back = loadTemplate(path);
    CHECK(back.name == t.name);
    CHECK(back.articles == t.articles);
    // Saving again refuses to replace the file unless told to.
    CHECK_THROWS_AS(saveTemplate(path, t, OutputRules{false, {}}), UserError);
}

TEST_CASE("a damaged or foreign house template is refused in one sentence and left unchanged", "[covenant][template][bad]")
{
    const auto [optional, mandatory] = optionalAndMandatory();
    TempDir dir;
    struct Case
    {
        const char *what;
        QByteArray bytes;
        const char *expected;
    };
    const QList<Case> cases{
        {"not JSON", "{\"format\": \"akkoord-covenant-template\", ", "not valid JSON"},
        {"another format", R"({"format":"akkoord-trajectory","formatVersion":4})", "not an Akkoord house template"},
        {"a newer version", R"({"format":"akkoord-covenant-template","formatVersion":9})", "newer version"},
        {"an unknown article", R"({"format":"akkoord-covenant-template","formatVersion":1,"articles":[{"id":"nonsense","text":"x"}]})", "no standard article \"nonsense\""},
        {"a mandatory article left out",
         QByteArray(R"({"format":"akkoord-covenant-template","formatVersion":1,"articles":[{"id":")") + mandatory.toUtf8() + R"(","enabled":false}]})",
         "cannot be left out"},
        {"an article twice",
         QByteArray(R"({"format":"akkoord-covenant-template","formatVersion":1,"articles":[{"id":")") + optional.toUtf8() + R"(","text":"a"},{"id":")" +
             optional.toUtf8() + R"(","text":"b"}]})",
         "listed twice"},
        {"a stray field", R"({"format":"akkoord-covenant-template","formatVersion":1,"extra":1})", "\"extra\" is not part of a house template"},
        {"a text that is a number", QByteArray(R"({"format":"akkoord-covenant-template","formatVersion":1,"articles":[{"id":")") + optional.toUtf8() + R"(","text":5}]})",
         "must be text"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString path = dir.path(QStringLiteral("sjabloon.akkoord-template"));
        test::writeAll(path, c.bytes);
        const QStringList problems = checkTemplate(path);
        REQUIRE_FALSE(problems.isEmpty());
        CHECK(problems.first().contains(QString::fromUtf8(c.expected)));
        CHECK_FALSE(problems.first().contains(QLatin1Char('\n')));
        CHECK_THROWS_AS(loadTemplate(path), UserError);
        CHECK(test::readAll(path) == c.bytes);
        QFile::remove(path);
    }
    CHECK(checkTemplate(dir.path(QStringLiteral("missing.akkoord-template"))).first().contains(QStringLiteral("does not exist")));
    CHECK(checkTemplate(dir.root()).first().contains(QStringLiteral("not a file")));
}

// The command line: `template check` names every problem and exits 1;
// `new --template` starts a trajectory from the wording, and a damaged
// template makes nothing.
TEST_CASE("template check and new with a house template on the command line", "[covenant][template][cli]")
{
    const auto [optional, mandatory] = optionalAndMandatory();
    TempDir dir;
    TrajectoryData d;
    d.covenantTexts = {CovenantText{QStringLiteral("article.") + mandatory, QStringLiteral("Onze eigen tekst."), true},
                       CovenantText{QStringLiteral("article.") + optional, {}, false}};
    std::sort(d.covenantTexts.begin(), d.covenantTexts.end(), [](const CovenantText &a, const CovenantText &b) { return a.key < b.key; });
    const QString good = dir.path(QStringLiteral("goed.akkoord-template"));
    saveTemplate(good, templateFrom(d, QStringLiteral("Huisstijl")));
    const QString bad = dir.path(QStringLiteral("kapot.akkoord-template"));
    test::writeAll(bad, R"({"format":"akkoord-covenant-template","formatVersion":1,"articles":[{"id":"nonsense"}]})");

    const auto ok = test::runAkkoord({QStringLiteral("template"), QStringLiteral("check"), good});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains("a sound house template (Huisstijl); articles worded or left out: 2."));
    const auto refused = test::runAkkoord({QStringLiteral("template"), QStringLiteral("check"), good, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("no standard article \"nonsense\""));
    CHECK(test::oneLine(refused));

    const QString made = dir.path(QStringLiteral("nieuw.akkoord"));
    const auto created = test::runAkkoord({QStringLiteral("new"), made, QStringLiteral("--title"), QStringLiteral("Nieuw"), QStringLiteral("--template"), good});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const auto exported = test::runAkkoord({QStringLiteral("export"), made, QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(exported.out.contains("Onze eigen tekst."));
    const QString notMade = dir.path(QStringLiteral("niet.akkoord"));
    const auto refusedNew = test::runAkkoord({QStringLiteral("new"), notMade, QStringLiteral("--title"), QStringLiteral("Niet"), QStringLiteral("--template"), bad});
    CHECK(refusedNew.exitCode == 1);
    CHECK(test::oneLine(refusedNew));
    CHECK_FALSE(QFileInfo::exists(notMade));
}
