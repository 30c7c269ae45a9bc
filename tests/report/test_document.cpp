// The document model: what a covenant and a session report hold, the gaps
// that keep a covenant from signing, and the content fingerprint.

#include "domain/document.h"
#include "report/sample.h"
#include "support/support.h"

#include <QRegularExpression>
#include <QSet>

using namespace akkoord;
using akkoord::test::sampleCatalog;
using akkoord::test::sampleTrajectory;

namespace {

QString allText(const Document &d)
{
    QStringList parts{d.titlePage.title, d.titlePage.parties.join(QLatin1Char('\n')), d.titlePage.placeAndDate};
    for (const DocumentSection &s : d.sections) {
        parts << s.number << s.title;
        for (const DocumentBlock &b : s.blocks) {
            parts << b.lead + b.text;
            for (const QStringList &row : b.table.rows)
                parts << row.join(QLatin1Char('|'));
            for (const SignatureBlock &sig : b.signatures)
                parts << sig.organisation << sig.name << sig.function;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a complete trajectory gives a covenant with every article and no gaps", "[report][model]")
{
    const TrajectoryData d = akkoord::test::completeTrajectory();
    const Catalog c = sampleCatalog();
    CHECK(covenantGaps(d, c).isEmpty());
    const Document doc = buildCovenant(d, c);
    CHECK_FALSE(doc.draft);
    CHECK(doc.titlePage.parties.size() == 3);
    for (const char *key : {"parties", "considerations", "article.purpose", "article.commitments", "article.governance", "article.evaluation",
                            "article.duration", "article.amendment", "article.accession", "article.leaving", "article.legal-status", "signatures",
                            "annex.workagenda"})
        CHECK(doc.section(QString::fromLatin1(key)) != nullptr);
    CHECK(doc.section(QStringLiteral("annex.urgency")) == nullptr);
    CHECK(doc.section(QStringLiteral("annex.assessment")) == nullptr);
    const auto articles = doc.sectionsWithRole(DocumentSection::Role::Article);
    REQUIRE(articles.size() >= 12);
    CHECK(articles.first()->number == QStringLiteral("Artikel 1"));
    const QString text = allText(doc);
    CHECK_FALSE(text.contains(QStringLiteral("onder voorbehoud van mandaat")));
    CHECK(text.contains(QStringLiteral("Te veel kinderen starten met een taalachterstand.")));
    CHECK(text.contains(QStringLiteral("Warme overdracht van opvang naar school")));
    CHECK(text.contains(QStringLiteral("jaarlijks in oktober")));
    CHECK(text.contains(QStringLiteral("31 augustus 2027")));
    CHECK(text.contains(QStringLiteral("3 november 2026")));
    const DocumentSection *sign = doc.section(QStringLiteral("signatures"));
    REQUIRE(sign);
    CHECK(sign->blocks.last().signatures.size() == 3);
}

TEST_CASE("a draft with little content has no empty sections", "[report][model]")
{
    TrajectoryData d = sampleTrajectory();
    d.agreements.clear();
    d.accountability.clear();
    d.evaluations.clear();
    d.info.evaluationRhythm.clear();
    d.ambitions.clear();
    const Catalog c = sampleCatalog();
    const Document draft = buildCovenant(d, c);
    CHECK(draft.draft);
    CHECK(draft.section(QStringLiteral("annex.workagenda")) == nullptr);
    CHECK(draft.section(QStringLiteral("article.budget-reservation")) == nullptr);
    for (const DocumentSection &s : draft.sections)
        CHECK_FALSE(s.blocks.isEmpty());
    // A draft shows a reservation; a final never does.
    CHECK(allText(draft).contains(QStringLiteral("onder voorbehoud van mandaat")));
    DocumentOptions final_;
    final_.draft = DocumentOptions::Draft::Final;
    const Document signedCopy = buildCovenant(d, c, final_);
    CHECK_FALSE(signedCopy.draft);
    CHECK_FALSE(allText(signedCopy).contains(QStringLiteral("onder voorbehoud van mandaat")));
}

TEST_CASE("the gaps name what is missing in one sentence each", "[report][model]")
{
    TrajectoryData d = sampleTrajectory();
    d.partners[1].signatory.name.clear();
    d.agreements[0].owner.reset();
    d.agreements[1].status = AgreementStatus::Proposed;
    d.info.entryIntoForce = EntryIntoForce::OnDate;
    d.info.startDate = QDate();
    const QStringList gaps = covenantGaps(d, sampleCatalog(), QStringLiteral("en"));
    CHECK(gaps.contains(QStringLiteral("The agreement ‘Een gedeeld taalkader voor 0-6 jaar’ has no owner yet.")));
    CHECK(gaps.contains(QStringLiteral("The agreement ‘Warme overdracht van opvang naar school’ is still a proposal.")));
    CHECK(gaps.contains(QStringLiteral("The date of entry into force has not been filled in.")));
    CHECK(gaps.contains(QStringLiteral("Stichting Kindwijs still signs subject to a mandate reservation.")));
    for (const QString &g : gaps)
        CHECK(g.endsWith(QLatin1Char('.')));
    CHECK(covenantGaps(d, sampleCatalog()).size() == gaps.size());
}

TEST_CASE("the fingerprint is stable and changes with any content", "[report][model][fingerprint]")
{
    const TrajectoryData d = sampleTrajectory();
    const Catalog c = sampleCatalog();
    const QString base = fingerprint(buildCovenant(d, c));
    CHECK(base.size() == 12);
    CHECK(base.contains(QRegularExpression(QStringLiteral("^[0-9a-f]{12}$"))));
    CHECK(fingerprint(buildCovenant(d, c)) == base);

    // Metadata and the draft mark are not content.
    Document doc = buildCovenant(d, c);
    doc.draft = !doc.draft;
    doc.author = QStringLiteral("iemand anders");
    CHECK(fingerprint(doc) == base);

    auto changed = [&](auto edit) {
        TrajectoryData e = d;
        edit(e);
        return fingerprint(buildCovenant(e, c));
    };
    QSet<QString> prints{base};
    prints << changed([](TrajectoryData &e) { e.agreements[0].target += QLatin1Char('!'); });
    prints << changed([](TrajectoryData &e) { e.partners[2].signatory.function = QStringLiteral("bestuurder"); });
    prints << changed([](TrajectoryData &e) { e.info.signingDate = e.info.signingDate.addDays(1); });
    prints << changed([](TrajectoryData &e) { e.partners[0].seat = QStringLiteral("Heuvelrade"); });
    prints << changed([](TrajectoryData &e) { e.ambitions[0].intendedResult.clear(); });
    prints << changed([](TrajectoryData &e) { e.partners[1].signatory.underMandateReservation = false; });
    CHECK(prints.size() == 7);

    // Moving text between two fields is a change too: the serialisation is unambiguous.
    Document a = buildCovenant(d, c);
    Document b = a;
    a.sections[0].blocks[0].lead = QStringLiteral("ab");
    a.sections[0].blocks[0].text = QStringLiteral("c");
    b.sections[0].blocks[0].lead = QStringLiteral("a");
    b.sections[0].blocks[0].text = QStringLiteral("bc");
    CHECK(fingerprint(a) != fingerprint(b));
}

TEST_CASE("the English covenant speaks English", "[report][model]")
{
    DocumentOptions en;
    en.language = QStringLiteral("en");
    const Document doc = buildCovenant(sampleTrajectory(), sampleCatalog(), en);
    CHECK(doc.titlePage.kindLabel == QStringLiteral("Covenant"));
    CHECK(doc.sectionsWithRole(DocumentSection::Role::Article).first()->number == QStringLiteral("Article 1"));
    CHECK(allText(doc).contains(QStringLiteral("Vision and policy")));
}

TEST_CASE("the session report holds answers per phase, perspectives, open questions and orphans", "[report][model]")
{
    TrajectoryData d = sampleTrajectory();
    d.answers.append(Answer{.questionId = QStringLiteral("verdwenen.vraag"), .text = QStringLiteral("Een oud antwoord.")});
    DocumentOptions o;
    o.today = QDate(2026, 11, 5);
    const Document doc = buildSessionReport(d, sampleCatalog(), o);
    CHECK(doc.kind == DocumentKind::SessionReport);
    const DocumentSection *explore = doc.section(QStringLiteral("phase.verkennen"));
    REQUIRE(explore);
    const QString text = allText(doc);
    CHECK(text.contains(QStringLiteral("Wat is het vraagstuk?")));
    CHECK(text.contains(QStringLiteral("Een op de vijf kleuters heeft extra taalsteun nodig.")));
    CHECK(text.contains(QStringLiteral("Stichting Kindwijs: De scholen willen vooral rust in de aanpak.")));
    bool chart = false;
    for (const DocumentBlock &b : explore->blocks)
        chart = chart || (b.kind == DocumentBlock::Kind::Chart && b.urgency.entries.size() == 3);
    CHECK(chart);
    REQUIRE(doc.section(QStringLiteral("agreements")));
    REQUIRE(doc.section(QStringLiteral("accountability")));
    const DocumentSection *open = doc.section(QStringLiteral("open"));
    REQUIRE(open);
    const DocumentSection *orphans = doc.section(QStringLiteral("orphans"));
    REQUIRE(orphans);
    CHECK(allText(doc).contains(QStringLiteral("Een oud antwoord.")));
    CHECK(doc.titlePage.subtitle.contains(QStringLiteral("5 november 2026")));
}

TEST_CASE("urgency chart data follows partner order and averages the rated", "[report][model]")
{
    TrajectoryData d = sampleTrajectory();
    d.ratings.removeLast();
    const UrgencyChartData chart = urgencyChartData(d, sampleCatalog(), QStringLiteral("nl"));
    REQUIRE(chart.entries.size() == 3);
    CHECK(chart.entries[0].score == 5);
    CHECK(chart.entries[2].score == 0);
    CHECK(chart.averageLabel == QStringLiteral("gemiddeld 4,5"));
}
