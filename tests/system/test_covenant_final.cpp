#include "domain/catalog.h"
#include "support/support.h"

// `akkoord report --kind convenant --final` through the real program (issue
// 15): the demo is complete and signs; a trajectory with gaps is refused
// with one line per gap and nothing written; a draft warns and is written.
// And the questionnaire per audience (issue 20).

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace akkoord::test;

namespace {

// The demo with exactly three gaps: agreement 7 a proposal again, a mandate
// reservation for Dwarsstroom, and the parents' platform without its legal
// form. Returns the path and, through `proposal`, agreement 7's wording.
QString makeGappy(const TempDir &dir, QString *proposal)
{
    const QString demo = makeDemo(dir);
    const QString json = dir.path(QStringLiteral("demo.json"));
    REQUIRE(runAkkoord({QStringLiteral("export"), demo, QStringLiteral("-o"), json}).exitCode == 0);
    QJsonObject root = QJsonDocument::fromJson(readAll(json)).object();
    QJsonArray agreements = root.value(QStringLiteral("agreements")).toArray();
    for (qsizetype i = 0; i < agreements.size(); ++i) {
        QJsonObject a = agreements[i].toObject();
        if (a.value(QStringLiteral("id")).toInt() == 7) {
            a.insert(QStringLiteral("status"), QStringLiteral("proposed"));
            *proposal = a.value(QStringLiteral("what")).toString();
            while (proposal->endsWith(QLatin1Char('.')))
                proposal->chop(1);
            agreements[i] = a;
        }
    }
    root.insert(QStringLiteral("agreements"), agreements);
    QJsonArray partners = root.value(QStringLiteral("partners")).toArray();
    for (qsizetype i = 0; i < partners.size(); ++i) {
        QJsonObject p = partners[i].toObject();
        const int id = p.value(QStringLiteral("id")).toInt();
        if (id == 6) {
            QJsonObject s = p.value(QStringLiteral("signatory")).toObject();
            s.insert(QStringLiteral("underMandateReservation"), true);
            p.insert(QStringLiteral("signatory"), s);
        } else if (id == 7) {
            QJsonObject l = p.value(QStringLiteral("legal")).toObject();
            l.insert(QStringLiteral("form"), QStringLiteral("unknown"));
            p.insert(QStringLiteral("legal"), l);
        }
        partners[i] = p;
    }
    root.insert(QStringLiteral("partners"), partners);
    const QString edited = dir.path(QStringLiteral("gappy.json"));
    writeAll(edited, QJsonDocument(root).toJson());
    const QString out = dir.path(QStringLiteral("gappy.akkoord"));
    const ProcessResult r = runAkkoord({QStringLiteral("import"), edited, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(!proposal->isEmpty());
    return out;
}

QStringList ownLines(const ProcessResult &r)
{
    return QString::fromUtf8(ownStderr(r)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString pdfText(const QString &pdf)
{
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return QString::fromUtf8(text.out);
}

} // namespace

TEST_CASE("the demo covenant is complete and its final version holds no reservation or proposal", "[covenant][cli]")
{
    const TempDir dir;
    const QString demo = makeDemo(dir);
    for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const QString pdf = dir.path(QStringLiteral("final-%1.pdf").arg(lang));
        const ProcessResult r = runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QStringLiteral("convenant"), QStringLiteral("--final"),
                                            QStringLiteral("--lang"), lang, QStringLiteral("-o"), pdf});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = pdfText(pdf);
        for (const char *word : {"voorbehoud", "voorstel", "nog niet besproken", "CONCEPT", "subject to mandate", "proposal"})
            CHECK_FALSE(text.contains(QLatin1String(word), Qt::CaseInsensitive));
    }
    const QString text = pdfText(dir.path(QStringLiteral("final-en.pdf"))).simplified();
    CHECK(text.contains(QStringLiteral("Work agenda")));
    CHECK(text.contains(QStringLiteral("Article 171(2) of the Municipalities Act")));
}

TEST_CASE("a covenant with gaps is refused as final with one line per gap", "[covenant][cli]")
{
    const TempDir dir;
    QString proposal;
    const QString file = makeGappy(dir, &proposal);
    const QString pdf = dir.path(QStringLiteral("final.pdf"));
    const ProcessResult r = runAkkoord({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("convenant"), QStringLiteral("--final"),
                                        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), pdf});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(ownLines(r)
          == QStringList{
              QStringLiteral("akkoord: the covenant cannot be final yet; 3 things stand in the way:"),
              QStringLiteral("  - The agreement ‘%1’ is still a proposal.").arg(proposal),
              QStringLiteral("  - Stichting Jeugdhulp Dwarsstroom still signs subject to a mandate reservation."),
              QStringLiteral("  - Vereniging Ouderplatform Lommerwolde is not fully identified; missing: legal form."),
          });
}

TEST_CASE("a draft covenant with gaps warns and is written", "[covenant][cli]")
{
    const TempDir dir;
    QString proposal;
    const QString file = makeGappy(dir, &proposal);
    const QString pdf = dir.path(QStringLiteral("draft.pdf"));
    const ProcessResult r = runAkkoord({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("convenant"), QStringLiteral("--lang"),
                                        QStringLiteral("en"), QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(QFileInfo(pdf).size() > 1000);
    const QStringList lines = ownLines(r);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == QStringLiteral("akkoord: warning: this covenant is a draft; 3 things stand in the way of a final version:"));
    CHECK(lines[2] == QStringLiteral("  - Stichting Jeugdhulp Dwarsstroom still signs subject to a mandate reservation."));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("DRAFT"), Qt::CaseInsensitive));
    // A proposal is never in the covenant, not even in a draft.
    CHECK_FALSE(text.simplified().contains(proposal.left(40)));
}

// Issue 20: a paper questionnaire for parents and young people asks only
// what they can answer, numbered as in the full one so typing in follows
// the same numbers; the full questionnaire keeps every statement.
TEST_CASE("the questionnaire for parents and young people holds only their statements", "[covenant][questionnaire][cli]")
{
    akkoord::test::TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.akkoord"));
    REQUIRE(akkoord::test::runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), file}).exitCode == 0);
    const auto text = [&](const QStringList &extra) {
        const QString pdf = dir.path(QStringLiteral("v%1.pdf").arg(extra.size()));
        const auto r = akkoord::test::runAkkoord(QStringList{QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("vragenlijst"), QStringLiteral("-o"), pdf} + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        // NFKC: the PDF's ligatures (ﬁ, ﬂ) read as their letters.
        return QString::fromUtf8(akkoord::test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out).normalized(QString::NormalizationForm_KC).simplified();
    };
    const akkoord::Catalog &c = akkoord::test::shippedCatalog();
    const QString all = text({});
    const QString parents = text({QStringLiteral("--audience"), QStringLiteral("parents-young-people")});
    int forParents = 0, onlyProfessionals = 0;
    for (const akkoord::BuildingBlock &b : c.buildingBlocks) {
        for (const akkoord::Statement &s : b.statements) {
            const QString words = s.text.in(QStringLiteral("nl")).simplified().left(40);
            INFO(words.toStdString());
            CHECK(all.contains(words));
            if (s.audience == akkoord::Audience::Professionals) {
                ++onlyProfessionals;
                CHECK_FALSE(parents.contains(words));
            } else if (s.audience == akkoord::Audience::ParentsYoungPeople) {
                ++forParents;
                CHECK(parents.contains(words));
            }
        }
    }
    CHECK(forParents >= 4);
    CHECK(onlyProfessionals >= 1);
    CHECK(parents.contains(QStringLiteral("ouders en jongeren")));
    const auto wrong = akkoord::test::runAkkoord({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("convenant"), QStringLiteral("--audience"),
                                         QStringLiteral("parents-young-people"), QStringLiteral("-o"), dir.path(QStringLiteral("c.pdf"))});
    CHECK(wrong.exitCode == 2);
}
