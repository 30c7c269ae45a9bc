// `akkoord report` through the real program, on the demo trajectory.

#include "support/support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using namespace akkoord::test;

namespace {

// Exactly one sentence: one line, ending in a full stop.
void checkOneSentence(const QByteArray &err)
{
    QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Qt's own environment notes (no XDG_RUNTIME_DIR in a test sandbox) are not ours.
    lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths:")); });
    INFO(lines.join(QLatin1Char('|')).toStdString());
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().startsWith(QLatin1String("akkoord: ")));
    CHECK(lines.first().endsWith(QLatin1Char('.')));
}

} // namespace

TEST_CASE("report writes the covenant and the session report as PDF and ODT", "[report][cli]")
{
    const TempDir dir;
    const QString demo = makeDemo(dir);
    for (const char *kind : {"convenant", "sessie"}) {
        for (const char *suffix : {"pdf", "odt"}) {
            const QString out = dir.path(QStringLiteral("%1.%2").arg(QLatin1String(kind), QLatin1String(suffix)));
            const ProcessResult r = runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QString::fromLatin1(kind), QStringLiteral("-o"), out});
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            REQUIRE(QFileInfo(out).size() > 1000);
        }
    }
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), dir.path(QStringLiteral("convenant.pdf")), QStringLiteral("-")});
    CHECK(text.out.contains("Artikel 1"));
    CHECK(text.out.contains("pagina 1 van "));
    const ProcessResult report = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), dir.path(QStringLiteral("sessie.pdf")), QStringLiteral("-")});
    CHECK(report.out.contains("Open vragen"));
    CHECK(readAll(dir.path(QStringLiteral("convenant.odt"))).startsWith("PK"));
}

TEST_CASE("report in English", "[report][cli]")
{
    const TempDir dir;
    const QString demo = makeDemo(dir);
    const QString out = dir.path(QStringLiteral("covenant.pdf"));
    const ProcessResult r = runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QStringLiteral("convenant"), QStringLiteral("--lang"),
                                        QStringLiteral("en"), QStringLiteral("-o"), out});
    REQUIRE(r.exitCode == 0);
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
    CHECK(text.out.contains("page 1 of "));
    CHECK(text.out.contains("Article 1"));
}

TEST_CASE("report --kind vragenlijst writes the blank questionnaire and the demo round reaches the session report", "[report][cli][assessment]")
{
    const TempDir dir;
    const QString demo = makeDemo(dir);
    const QString out = dir.path(QStringLiteral("vragenlijst.pdf"));
    const ProcessResult r = runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QStringLiteral("vragenlijst"), QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = QString::fromUtf8(runProgram(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}).out).simplified();
    CHECK(text.contains(QStringLiteral("Vragenlijst zelfevaluatie")));
    CHECK(text.contains(QStringLiteral("Kansrijk opgroeien in Lommerwolde")));
    CHECK(text.contains(QStringLiteral("weet niet / n.v.t.")));
    CHECK_FALSE(text.contains(QStringLiteral("CONCEPT")));

    const QString session = dir.path(QStringLiteral("sessie.pdf"));
    REQUIRE(runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QStringLiteral("sessie"), QStringLiteral("-o"), session}).exitCode == 0);
    const QString report = QString::fromUtf8(runProgram(QStringLiteral("pdftotext"), {session, QStringLiteral("-")}).out).simplified();
    CHECK(report.contains(QStringLiteral("Nulmeting najaar 2026")));
}

TEST_CASE("report failures exit 1 with one sentence", "[report][cli][errors]")
{
    const TempDir dir;
    const QString demo = makeDemo(dir);
    const ProcessResult missing = runAkkoord({QStringLiteral("report"), dir.path(QStringLiteral("missing.akkoord")), QStringLiteral("--kind"),
                                              QStringLiteral("convenant"), QStringLiteral("-o"), dir.path(QStringLiteral("x.pdf"))});
    CHECK(missing.exitCode == 1);
    checkOneSentence(missing.err);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x.pdf"))));

    const ProcessResult noFolder = runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QStringLiteral("sessie"), QStringLiteral("-o"),
                                               dir.path(QStringLiteral("no/such/folder/x.pdf"))});
    CHECK(noFolder.exitCode == 1);
    checkOneSentence(noFolder.err);

    const QString locked = dir.path(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(locked));
    REQUIRE(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const ProcessResult unwritable = runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QStringLiteral("convenant"), QStringLiteral("-o"),
                                                 locked + QStringLiteral("/x.pdf")});
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (::geteuid() != 0) { // root writes anywhere
        CHECK(unwritable.exitCode == 1);
        checkOneSentence(unwritable.err);
    }

    const ProcessResult wrongSuffix = runAkkoord({QStringLiteral("report"), demo, QStringLiteral("-o"), dir.path(QStringLiteral("x.docx"))});
    CHECK(wrongSuffix.exitCode == 1);
    checkOneSentence(wrongSuffix.err);

    const ProcessResult badKind = runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QStringLiteral("brief"), QStringLiteral("-o"),
                                              dir.path(QStringLiteral("x.pdf"))});
    CHECK(badKind.exitCode == 2);
}

TEST_CASE("the session report shows now versus desired, its topics and the open dilemmas, and no score of a hidden round", "[report][cli][workshop]")
{
    const TempDir dir;
    const QString demo = makeDemo(dir);
    const QString pdf = dir.path(QStringLiteral("sessie.pdf"));
    REQUIRE(runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QStringLiteral("sessie"), QStringLiteral("-o"), pdf}).exitCode == 0);
    const QByteArray text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    CHECK(text.contains("spreiding tussen partners (nu)")); // the gap chart's legend, drawn into the PDF
    CHECK(text.contains("Grootste afstand"));
    CHECK(text.contains("Meeste verschil van inzicht"));
    CHECK(text.contains("Open dilemma's"));
    CHECK(text.contains("Kleine kernen zonder vaste peutergroep"));
    CHECK(text.contains("Beslecht door:"));

    // Start a hidden round on the urgency (through an export edited as a
    // user's tool might): the report says who has scored, never the scores.
    const QString json = dir.path(QStringLiteral("demo.json"));
    REQUIRE(runAkkoord({QStringLiteral("export"), demo, QStringLiteral("-o"), json}).exitCode == 0);
    QByteArray exported = readAll(json);
    REQUIRE(exported.contains("\"hiddenRounds\": []"));
    exported.replace("\"hiddenRounds\": []", "\"hiddenRounds\": [\"verkennen.urgentie\"]");
    writeAll(json, exported);
    const QString hidden = dir.path(QStringLiteral("hidden.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("import"), json, QStringLiteral("-o"), hidden}).exitCode == 0);
    const QString hiddenPdf = dir.path(QStringLiteral("hidden.pdf"));
    REQUIRE(runAkkoord({QStringLiteral("report"), hidden, QStringLiteral("--kind"), QStringLiteral("sessie"), QStringLiteral("-o"), hiddenPdf}).exitCode == 0);
    const QByteArray hiddenText = runProgram(QStringLiteral("pdftotext"), {hiddenPdf, QStringLiteral("-")}).out;
    CHECK(hiddenText.contains("Verborgen ronde."));
    CHECK(hiddenText.contains("7 van de 7 partners hebben al gescoord"));
    CHECK(text.contains("gemiddeld 3,9")); // the urgency average, shown once revealed
    CHECK_FALSE(hiddenText.contains("gemiddeld 3,9"));
}
