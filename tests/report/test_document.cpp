// The document model: what a covenant and a session report hold, the gaps
// that keep a covenant from signing, and the content fingerprint.

#include "domain/document.h"
#include "report/documentlayout.h"
#include "report/pagination.h"
#include "report/sample.h"
#include "support/support.h"

#include <QBuffer>
#include <QPdfWriter>
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

namespace {

// The sample with what a summary reports: an agreed answer of several
// sentences, an agreed answer to a question still short of ratings (not
// open), a proposal, an open dilemma and two sessions.
TrajectoryData summaryTrajectory()
{
    TrajectoryData d = sampleTrajectory();
    d.answers[0].text = QStringLiteral("Een op de vijf kleuters heeft extra taalsteun nodig. In Oost is het een op de drie.");
    d.ratings.removeLast();
    d.answers << Answer{.questionId = QStringLiteral("verkennen.urgentie"), .status = AnswerStatus::Agreed};
    d.agreements << Agreement{.id = 3, .buildingBlock = QStringLiteral("werkprocessen"), .what = QStringLiteral("Een ouderpanel per kern"), .owner = 2,
                              .deadline = QDate(2027, 3, 1), .status = AgreementStatus::Proposed};
    d.dilemmas << DilemmaEntry{.id = 1, .title = QStringLiteral("Kleine kernen zonder peutergroep")};
    d.sessions << WorkshopSession{.id = 1, .date = QDate(2026, 9, 24), .place = QStringLiteral("Kindcentrum Oost")}
               << WorkshopSession{.id = 2, .date = QDate(2026, 11, 26), .place = QStringLiteral("Gemeentehuis")};
    return d;
}

QString blocksText(const DocumentSection &s)
{
    QStringList parts;
    for (const DocumentBlock &b : s.blocks)
        parts << b.lead + b.text;
    return parts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the session report starts with a summary of what was decided, then the contents", "[report][model][summary]")
{
    DocumentOptions en;
    en.language = QStringLiteral("en");
    const Document doc = buildSessionReport(summaryTrajectory(), sampleCatalog(), en);
    REQUIRE(doc.sections.size() > 3);
    const DocumentSection &summary = doc.sections[0];
    CHECK(summary.key == QStringLiteral("summary"));
    CHECK(summary.number == QStringLiteral("1"));
    CHECK(summary.title == QStringLiteral("Summary"));
    const QString text = blocksText(summary);
    // Decisions: the question and the answer's first sentence, never the whole answer.
    CHECK(text.contains(QStringLiteral("What is the issue? — Een op de vijf kleuters heeft extra taalsteun nodig.")));
    CHECK_FALSE(text.contains(QStringLiteral("In Oost is het een op de drie.")));
    // Actions: what, who, by when; a proposal marked as one.
    CHECK(text.contains(QStringLiteral("Een gedeeld taalkader voor 0-6 jaar — who: Gemeente Heuvelrade; by 30 June 2027")));
    CHECK(text.contains(QStringLiteral("Warme overdracht van opvang naar school — who: Kinderopvang Zonnestraal; by 31 August 2027")));
    CHECK(text.contains(QStringLiteral("Een ouderpanel per kern — who: Stichting Kindwijs; by 1 March 2027 (proposal)")));
    CHECK(text.contains(QStringLiteral("Kleine kernen zonder peutergroep")));
    // Open: the unanswered question; not the agreed one still short of a rating.
    CHECK(text.contains(QStringLiteral("Energy?")));
    CHECK(text.count(QStringLiteral("How urgent?")) == 1); // a decision, not open
    // The most recent session.
    CHECK(text.contains(QStringLiteral("26 November 2026, Gemeentehuis")));
    CHECK_FALSE(text.contains(QStringLiteral("Kindcentrum Oost")));

    const DocumentSection &contents = doc.sections[1];
    CHECK(contents.key == QStringLiteral("contents"));
    CHECK(contents.number.isEmpty());
    const QString toc = blocksText(contents);
    int listed = 0;
    for (const DocumentSection &s : doc.sections) {
        if (s.key == QStringLiteral("contents"))
            continue;
        CHECK(toc.contains(s.number + QStringLiteral("   ") + s.title));
        ++listed;
    }
    CHECK(contents.blocks.size() == listed);
}

TEST_CASE("open questions hold no agreed or discussed answer", "[report][model][summary]")
{
    TrajectoryData d = summaryTrajectory();
    d.answers << Answer{.questionId = QStringLiteral("verkennen.energie"), .text = QStringLiteral("In de scholen."), .status = AnswerStatus::Discussed};
    DocumentOptions en;
    en.language = QStringLiteral("en");
    const Document doc = buildSessionReport(d, sampleCatalog(), en);
    const DocumentSection *open = doc.section(QStringLiteral("open"));
    if (open) {
        const QString text = blocksText(*open);
        CHECK_FALSE(text.contains(QStringLiteral("What is the issue?")));
        CHECK_FALSE(text.contains(QStringLiteral("How urgent?")));
        CHECK_FALSE(text.contains(QStringLiteral("Energy?")));
    }
    CHECK(blocksText(*doc.section(QStringLiteral("summary"))).contains(QStringLiteral("No open questions.")));
    d.answers.last().status = AnswerStatus::Open;
    const Document again = buildSessionReport(d, sampleCatalog(), en);
    REQUIRE(again.section(QStringLiteral("open")));
    CHECK(blocksText(*again.section(QStringLiteral("open"))).contains(QStringLiteral("Energy?")));
}

TEST_CASE("a label over a list never stands alone at the foot of a page", "[report][layout]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(720);
    const report::Theme &t = report::defaultTheme();
    const double unit = 10.0;
    const double width = (t.pageWidth - t.margins.left() - t.margins.right()) * unit;
    const double height = (t.pageHeight - t.margins.top() - t.margins.bottom()) * unit;
    // Shift the label down line by line, so it lands at every height of the page.
    for (int k = 0; k < 48; ++k) {
        Document doc;
        doc.kind = DocumentKind::SessionReport;
        DocumentSection s{.key = QStringLiteral("x"), .number = QStringLiteral("1"), .title = QStringLiteral("Verkennen")};
        for (int i = 0; i < k; ++i)
            s.blocks << DocumentBlock::paragraph(QStringLiteral("Regel %1 van het antwoord.").arg(i));
        s.blocks << DocumentBlock::note(QStringLiteral("Perspectieven van de partners"));
        s.blocks << DocumentBlock::bullet(QStringLiteral("Een kijk die de partner gaf."), QStringLiteral("Stichting Kindwijs: "));
        s.blocks << DocumentBlock::subheading(QStringLiteral("Een volgende vraag"));
        s.blocks << DocumentBlock::paragraph(QStringLiteral("Het antwoord."));
        doc.sections << s;
        const QList<report::PiecePtr> pieces = report::layoutDocument(doc, &writer, width);
        const report::PiecePtr label = pieces.value(2 + k); // the heading and its rule come first
        const report::PiecePtr subheading = pieces.value(4 + k);
        const QList<report::PageItems> pages = report::paginate(pieces, height);
        for (const report::PageItems &page : pages) {
            REQUIRE_FALSE(page.isEmpty());
            INFO("k = " << k);
            CHECK(page.last().piece != label);
            CHECK(page.last().piece != subheading);
        }
    }
}

TEST_CASE("no page of the session report ends with a heading or a label", "[report][layout]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(720);
    const report::Theme &t = report::defaultTheme();
    const double width = (t.pageWidth - t.margins.left() - t.margins.right()) * 10.0;
    const double height = (t.pageHeight - t.margins.top() - t.margins.bottom()) * 10.0;
    const Document doc = buildSessionReport(summaryTrajectory(), sampleCatalog());
    const QList<report::PageItems> pages = report::paginate(report::layoutDocument(doc, &writer, width), height);
    CHECK(pages.size() > 3);
    for (const report::PageItems &page : pages)
        if (!page.isEmpty())
            CHECK_FALSE(page.last().piece->keepWithNext);
}
