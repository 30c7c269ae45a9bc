// A language added as files only (issue 14): the pseudo-language "xx"
// brackets every text, and the command line and the covenant follow it
// without any change to the C++.

#include "i18n/pseudolocale.h"
#include "support/support.h"

#include <QDir>
#include <QProcessEnvironment>

using namespace akkoord::test;

namespace {

// Runs akkoord with the pseudo-language installed under `data` and, when
// `saved` is set, chosen as the interface language in the settings.
ProcessResult runIn(const TempDir &dir, const QStringList &args, bool saved)
{
    qputenv("XDG_DATA_HOME", dir.path(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", dir.path(QStringLiteral("config")).toLocal8Bit());
    if (saved) {
        QDir().mkpath(dir.path(QStringLiteral("config/Akkoord")));
        writeAll(dir.path(QStringLiteral("config/Akkoord/Akkoord.conf")), "[General]\nlanguage=xx\n");
    }
    const ProcessResult r = runAkkoord(args);
    qunsetenv("XDG_DATA_HOME");
    qunsetenv("XDG_CONFIG_HOME");
    return r;
}

} // namespace

TEST_CASE("A language added as a file translates the command line")
{
    TempDir dir;
    REQUIRE(buildPseudoLanguage(dir.path(QStringLiteral("data"))).isEmpty());

    SECTION("chosen with --lang, --help is in it")
    {
        const ProcessResult r = runIn(dir, {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("xx")}, false);
        CHECK(r.exitCode == 0);
        const QString out = QString::fromUtf8(r.out);
        CHECK(out.contains(QStringLiteral("⟦Akkoord 0")));
        CHECK(out.contains(QStringLiteral("⟦Usage:")));
    }
    SECTION("chosen in the program's settings, an error is in it")
    {
        const ProcessResult r = runIn(dir, {QStringLiteral("export"), dir.path(QStringLiteral("missing.akkoord")), QStringLiteral("-o"), dir.path(QStringLiteral("out.json"))}, true);
        CHECK(r.exitCode != 0);
        const QString err = QString::fromUtf8(ownStderr(r));
        INFO(err.toStdString());
        CHECK(err.startsWith(QStringLiteral("akkoord: ⟦")));
        CHECK(err.contains(QStringLiteral("missing.akkoord")));
    }
    SECTION("not installed, the language is refused in one sentence that names the available ones")
    {
        const ProcessResult r = runAkkoord({QStringLiteral("report"), dir.path(QStringLiteral("x.akkoord")), QStringLiteral("--lang"), QStringLiteral("xx"),
                                            QStringLiteral("-o"), dir.path(QStringLiteral("x.pdf"))});
        CHECK(r.exitCode == 2);
        CHECK(QString::fromUtf8(ownStderr(r)).contains(QStringLiteral("en, nl")));
    }
}

TEST_CASE("A language added as a file translates the covenant")
{
    TempDir dir;
    REQUIRE(buildPseudoLanguage(dir.path(QStringLiteral("data"))).isEmpty());
    const QString file = dir.path(QStringLiteral("demo.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), file}).exitCode == 0);
    const QString pdf = dir.path(QStringLiteral("covenant.pdf"));
    const ProcessResult r = runIn(dir, {QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("convenant"), QStringLiteral("--lang"),
                                        QStringLiteral("xx"), QStringLiteral("-o"), pdf},
                                  false);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    const QString body = QString::fromUtf8(text.out);
    INFO(body.left(3000).toStdString());
    CHECK(body.contains(QStringLiteral("⟦Purpose and ambitions⟧")));
    CHECK(body.contains(QStringLiteral("⟦page 1 of ")));
    // Nothing falls back to the Dutch document text.
    CHECK_FALSE(body.contains(QStringLiteral("pagina 1 van")));
    CHECK_FALSE(body.contains(QStringLiteral("Doel en ambities")));
}
