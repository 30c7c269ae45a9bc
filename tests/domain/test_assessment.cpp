#include "domain/assessment.h"
#include "domain/document.h"
#include "support/support.h"

using namespace akkoord;

namespace {

// Two blocks with two statements each; enough to compute by hand.
Catalog smallCatalog()
{
    Catalog c;
    BuildingBlock a;
    a.id = QStringLiteral("visie-beleid");
    a.statements = {Statement{QStringLiteral("visie-beleid.s1"), {}}, Statement{QStringLiteral("visie-beleid.s2"), {}}};
    BuildingBlock b;
    b.id = QStringLiteral("middelen");
    b.statements = {Statement{QStringLiteral("middelen.s1"), {}}, Statement{QStringLiteral("middelen.s2"), {}}};
    c.buildingBlocks = {a, b};
    return c;
}

struct Builder
{
    TrajectoryData d;
    RecordId nextId = 1;
    Builder()
    {
        d.partners = {Partner{.id = 1, .organisation = QStringLiteral("Gemeente")}, Partner{.id = 2, .organisation = QStringLiteral("School")},
                      Partner{.id = 3, .organisation = QStringLiteral("Welzijn"), .role = PartnerRole::Outer}};
        d.rounds = {AssessmentRound{1, QStringLiteral("Nulmeting"), QDate(2026, 11, 1)}, AssessmentRound{2, QStringLiteral("Jaar later"), QDate(2027, 11, 1)}};
    }
    void respondent(RecordId round, PartnerId partner, PartnerRole role, QList<int> scores)
    {
        const RecordId id = nextId++;
        d.respondents.append(Respondent{.id = id, .round = round, .name = QStringLiteral("R%1").arg(id), .partner = partner, .role = role});
        const QStringList ids{QStringLiteral("visie-beleid.s1"), QStringLiteral("visie-beleid.s2"), QStringLiteral("middelen.s1"), QStringLiteral("middelen.s2")};
        for (int i = 0; i < scores.size(); ++i)
            if (scores[i] >= 0)
                d.scores.append(AssessmentScore{id, ids[i], scores[i]});
    }
};

const StatementScore &statement(const RoundResults &r, const char *id)
{
    for (const StatementScore &s : r.statements)
        if (s.statementId == QLatin1String(id))
            return s;
    FAIL("no statement");
    return r.statements.first();
}

} // namespace

TEST_CASE("weet niet is counted apart and never part of the mean", "[assessment]")
{
    const ScoreStats s = statsOf({4, kDontKnow, 2, kDontKnow});
    CHECK(s.ratings == 2);
    CHECK(s.dontKnow == 2);
    REQUIRE(s.mean);
    CHECK(*s.mean == Approx(3.0));
    CHECK(s.spread == Approx(1.0));
}

TEST_CASE("no valid answers means no data, never zero", "[assessment]")
{
    const ScoreStats s = statsOf({kDontKnow, kDontKnow});
    CHECK_FALSE(s.mean.has_value());
    CHECK(s.dontKnow == 2);
    CHECK_FALSE(statsOf({}).mean.has_value());
}

TEST_CASE("block and statement scores per group, computed by hand", "[assessment]")
{
    Builder b;
    // core: three respondents; outer: three respondents. -1 = not answered.
    b.respondent(1, 1, PartnerRole::Core, {5, 4, 3, kDontKnow});
    b.respondent(1, 2, PartnerRole::Core, {4, 4, 2, 2});
    b.respondent(1, 2, PartnerRole::Core, {3, 4, 1, -1});
    b.respondent(1, 3, PartnerRole::Outer, {2, 1, 5, 5});
    b.respondent(1, 3, PartnerRole::Outer, {1, 2, 4, 4});
    b.respondent(1, 3, PartnerRole::Outer, {3, 3, 3, kDontKnow});
    const RoundResults r = scoreRound(smallCatalog(), b.d, 1);
    CHECK(r.respondents == 6);
    CHECK(r.coreRespondents == 3);
    CHECK(r.outerRespondents == 3);
    CHECK_FALSE(r.oneSided());

    // visie-beleid.s1: core 5,4,3 → 4.0; outer 2,1,3 → 2.0; gap +2.0.
    const StatementScore &s1 = statement(r, "visie-beleid.s1");
    CHECK(*s1.stats.core.mean == Approx(4.0));
    CHECK(*s1.stats.outer.mean == Approx(2.0));
    CHECK(*s1.stats.gap() == Approx(2.0));
    CHECK(*s1.stats.all.mean == Approx(3.0));
    // all: 5,4,3,2,1,3 → mean 3, variance (4+1+0+1+4+0)/6 = 10/6.
    CHECK(s1.stats.all.spread == Approx(std::sqrt(10.0 / 6.0)));

    // middelen block: core 3,2,1,2 (+1 weet niet) → 2.0; outer 5,5,4,4,3 → 4.2.
    const BlockScore &middelen = r.blocks[1];
    CHECK(middelen.buildingBlock == QStringLiteral("middelen"));
    CHECK(middelen.stats.core.ratings == 4);
    CHECK(middelen.stats.core.dontKnow == 1);
    CHECK(*middelen.stats.core.mean == Approx(2.0));
    CHECK(*middelen.stats.outer.mean == Approx(4.2));
    CHECK(*middelen.stats.gap() == Approx(-2.2));

    // Largest gaps by absolute size: visie-beleid.s1 (4 vs 2), visie-beleid.s2
    // (4 vs 2) and middelen.s1 (2 vs 4) tie at 2.0 and keep catalogue order.
    REQUIRE(r.largestGaps.size() == 3);
    CHECK(r.largestGaps[0].statementId == QStringLiteral("visie-beleid.s1"));
    CHECK(r.largestGaps[1].statementId == QStringLiteral("visie-beleid.s2"));
    CHECK(r.largestGaps[2].statementId == QStringLiteral("middelen.s1"));
    // middelen.s2 has only 1 core rating: too few to rank as a gap.
    for (const StatementScore &s : r.largestGaps)
        CHECK(s.statementId != QStringLiteral("middelen.s2"));

    CHECK(r.respondentsPerPartner.value(2) == 2);
    CHECK(r.partnersWithoutRespondent.isEmpty());
}

TEST_CASE("a group smaller than three is not shown, and one-sided rounds are flagged", "[assessment]")
{
    Builder b;
    b.respondent(1, 1, PartnerRole::Core, {4, 4, 4, 4});
    b.respondent(1, 2, PartnerRole::Core, {3, 3, 3, 3});
    b.respondent(1, 2, PartnerRole::Core, {2, 2, 2, 2});
    const RoundResults oneSided = scoreRound(smallCatalog(), b.d, 1);
    CHECK(oneSided.oneSided());
    CHECK(oneSided.coreShown());
    CHECK_FALSE(oneSided.outerShown());
    CHECK(oneSided.largestGaps.isEmpty());
    CHECK(oneSided.partnersWithoutRespondent == QList<PartnerId>{3});

    b.respondent(1, 3, PartnerRole::Outer, {1, 1, 1, 1});
    const RoundResults small = scoreRound(smallCatalog(), b.d, 1);
    CHECK_FALSE(small.oneSided());
    CHECK_FALSE(small.outerShown());
    CHECK(small.largestGaps.isEmpty()); // the outer group of one is never compared
}

TEST_CASE("a single respondent gives a mean and zero spread", "[assessment]")
{
    Builder b;
    b.respondent(1, 1, PartnerRole::Core, {5, kDontKnow, -1, -1});
    const RoundResults r = scoreRound(smallCatalog(), b.d, 1);
    CHECK(*r.blocks[0].stats.all.mean == Approx(5.0));
    CHECK(r.blocks[0].stats.all.spread == Approx(0.0));
    CHECK_FALSE(r.blocks[1].stats.all.mean.has_value());
    CHECK(r.largestDisagreements.isEmpty()); // fewer than three ratings
}

TEST_CASE("comparing two rounds gives the change per building block", "[assessment]")
{
    Builder b;
    b.respondent(1, 1, PartnerRole::Core, {2, 2, 3, 3});
    b.respondent(2, 1, PartnerRole::Core, {4, 4, kDontKnow, kDontKnow});
    const QList<BlockChange> changes = compareRounds(scoreRound(smallCatalog(), b.d, 1), scoreRound(smallCatalog(), b.d, 2));
    REQUIRE(changes.size() == 2);
    CHECK(*changes[0].change() == Approx(2.0));
    CHECK_FALSE(changes[1].change().has_value()); // no data in the later round
    CHECK(*changes[1].before == Approx(3.0));
}

TEST_CASE("the raw responses export as CSV with quoting", "[assessment]")
{
    Builder b;
    b.respondent(1, 1, PartnerRole::Core, {5, kDontKnow, -1, -1});
    b.d.partners[0].organisation = QStringLiteral("Gemeente \"Noord\", afdeling Jeugd");
    const QString csv = QString::fromUtf8(responsesCsv(smallCatalog(), b.d, 1));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith(QStringLiteral("round,date,respondent,organisation,role")));
    CHECK(lines[1].contains(QStringLiteral("\"Gemeente \"\"Noord\"\", afdeling Jeugd\"")));
    CHECK(lines[1].endsWith(QStringLiteral(",5")));
    CHECK(lines[2].endsWith(QStringLiteral(",weet niet")));
    CHECK(lines[3].endsWith(QStringLiteral(",")));
}

// Issue 16: anonymous means anonymous. A partner with two respondents would
// be recognised by its comments, so the session report leaves them out and
// says so; a group of three keeps its comments, without names. The paper
// questionnaire asks no name.
TEST_CASE("comments of a group under three are left out and the questionnaire asks no name", "[assessment][anonymity]")
{
    Builder b;
    for (int i = 0; i < 3; ++i)
        b.respondent(1, 1, PartnerRole::Core, {4, 4, 3, 3});
    for (int i = 0; i < 2; ++i)
        b.respondent(1, 2, PartnerRole::Core, {2, 2, 2, 2});
    b.d.comments = {AssessmentComment{1, QStringLiteral("visie-beleid"), QStringLiteral("Gemeente zegt: goed overleg.")},
                    AssessmentComment{4, QStringLiteral("visie-beleid"), QStringLiteral("School zegt: te weinig tijd.")}};
    Catalog c = smallCatalog();
    const Document report = buildSessionReport(b.d, c, DocumentOptions{});
    QStringList texts;
    for (const DocumentSection &s : report.sections)
        for (const DocumentBlock &block : s.blocks) {
            texts << block.text;
            for (const QStringList &row : block.table.rows)
                texts << row;
        }
    const QString all = texts.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("Gemeente zegt: goed overleg.")));
    CHECK_FALSE(all.contains(QStringLiteral("School zegt")));
    CHECK(all.contains(QStringLiteral("fewer than 3")) != all.contains(QStringLiteral("minder dan 3"))); // said once, in the report's language
    CHECK_FALSE(all.contains(QStringLiteral("R4"))); // never a respondent's name

    const Document questionnaire = buildQuestionnaire(b.d, c, DocumentOptions{});
    for (const DocumentSection &s : questionnaire.sections)
        for (const DocumentBlock &block : s.blocks)
            if (block.kind == DocumentBlock::Kind::Field) {
                CHECK(block.lead != QStringLiteral("Naam"));
                CHECK(block.text != QStringLiteral("Naam"));
            }
}
