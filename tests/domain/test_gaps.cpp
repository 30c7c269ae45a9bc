#include "domain/document.h"
#include "domain/gaps.h"
#include "domain/progress.h"
#include "support/support.h"

using namespace akkoord;

namespace {

// Three building blocks, four partners: small enough to compute by hand.
Catalog gapCatalog()
{
    Catalog c;
    for (const char *id : {"visie-beleid", "werkprocessen", "middelen"}) {
        BuildingBlock b;
        b.id = QString::fromLatin1(id);
        b.title = {{QStringLiteral("nl"), b.id}, {QStringLiteral("en"), b.id}};
        c.buildingBlocks.append(b);
    }
    Phase inv;
    inv.id = QStringLiteral("inventariseren");
    Question q;
    q.id = QStringLiteral("inventariseren.nu-en-gewenst");
    q.phaseId = inv.id;
    q.kind = AnswerKind::Situation;
    inv.questions = {q};
    c.phases = {inv};
    return c;
}

TrajectoryData fourPartners()
{
    TrajectoryData d;
    for (int i = 1; i <= 4; ++i)
        d.partners.append(Partner{.id = i, .organisation = QStringLiteral("P%1").arg(i), .position = i});
    return d;
}

void rate(TrajectoryData &d, const char *block, PartnerId p, int now, int desired)
{
    d.situation.append(SituationRating{QString::fromLatin1(block), p, now, desired});
}

} // namespace

TEST_CASE("gap analysis: means, spreads and topics computed by hand", "[gaps]")
{
    TrajectoryData d = fourPartners();
    // visie-beleid: now 2,2,3,3 (mean 2.5), desired 4,4,4,4 (4.0): gap 1.5, now spread 1.
    rate(d, "visie-beleid", 1, 2, 4);
    rate(d, "visie-beleid", 2, 2, 4);
    rate(d, "visie-beleid", 3, 3, 4);
    rate(d, "visie-beleid", 4, 3, 4);
    // werkprocessen: now 1,4 (mean 2.5), desired 5,5 (5.0): gap 2.5, now spread 3.
    // Partner 3 gave only "now": incomplete, left out of every figure.
    rate(d, "werkprocessen", 1, 1, 5);
    rate(d, "werkprocessen", 2, 4, 5);
    rate(d, "werkprocessen", 3, 5, 0);
    // middelen: nobody: no data, never 0.

    const GapAnalysis a = analyseGaps(gapCatalog(), d);
    REQUIRE(a.blocks.size() == 3);
    const BlockGap &visie = a.blocks[0];
    CHECK(visie.partners.size() == 4);
    CHECK(*visie.meanNow == Approx(2.5));
    CHECK(*visie.meanDesired == Approx(4.0));
    CHECK(*visie.meanGap == Approx(1.5));
    CHECK(visie.nowSpread == 1);
    CHECK(visie.desiredSpread == 0);

    const BlockGap &werk = a.blocks[1];
    CHECK(werk.partners.size() == 2);
    CHECK(werk.incomplete == 1);
    CHECK(*werk.meanGap == Approx(2.5));
    CHECK(werk.nowSpread == 3);
    CHECK(werk.partners[0] == PartnerGap{1, 1, 5});
    CHECK(werk.partners[1].gap() == 1);

    const BlockGap &middelen = a.blocks[2];
    CHECK(middelen.partners.isEmpty());
    CHECK_FALSE(middelen.meanGap.has_value());
    CHECK_FALSE(middelen.meanNow.has_value());

    // Largest gap first; only blocks with a gap above 0. Disagreement needs a
    // spread of at least 2 among at least two partners.
    CHECK(a.largestGaps == QStringList{QStringLiteral("werkprocessen"), QStringLiteral("visie-beleid")});
    CHECK(a.largestDisagreements == QStringList{QStringLiteral("werkprocessen")});
}

TEST_CASE("gap analysis: ties keep catalogue order, no gap is no topic, a negative gap counts as none", "[gaps]")
{
    TrajectoryData d = fourPartners();
    rate(d, "visie-beleid", 1, 3, 4); // gap 1
    rate(d, "werkprocessen", 1, 2, 3); // gap 1: tie, catalogue order
    rate(d, "middelen", 1, 4, 3); // desired below now: gap -1
    const GapAnalysis a = analyseGaps(gapCatalog(), d, 5);
    CHECK(a.largestGaps == QStringList{QStringLiteral("visie-beleid"), QStringLiteral("werkprocessen")});
    CHECK(*a.block(QStringLiteral("middelen"))->meanGap == Approx(-1.0));
    CHECK(a.largestDisagreements.isEmpty()); // one partner cannot disagree

    // Only the requested number of topics.
    CHECK(analyseGaps(gapCatalog(), d, 1).largestGaps == QStringList{QStringLiteral("visie-beleid")});
}

TEST_CASE("gap analysis: disagreement on the desired situation counts too", "[gaps]")
{
    TrajectoryData d = fourPartners();
    rate(d, "middelen", 1, 3, 3);
    rate(d, "middelen", 2, 3, 5);
    const GapAnalysis a = analyseGaps(gapCatalog(), d);
    const BlockGap *m = a.block(QStringLiteral("middelen"));
    CHECK(m->nowSpread == 0);
    CHECK(m->desiredSpread == 2);
    CHECK(m->disagreement() == 2);
    CHECK(a.largestDisagreements == QStringList{QStringLiteral("middelen")});
}

TEST_CASE("gap chart data: means with the partners' range, or one partner's own, and nothing in a hidden round", "[gaps]")
{
    TrajectoryData d = fourPartners();
    rate(d, "werkprocessen", 1, 1, 5);
    rate(d, "werkprocessen", 2, 4, 5);
    const Catalog c = gapCatalog();
    GapChartData all = gapChartData(d, c, QStringLiteral("nl"));
    REQUIRE(all.rows.size() == 3);
    CHECK(*all.rows[1].now == Approx(2.5));
    CHECK(all.rows[1].nowLow == 1);
    CHECK(all.rows[1].nowHigh == 4);
    CHECK(all.rows[1].largestGap);
    CHECK(all.rows[1].largestDisagreement);
    CHECK_FALSE(all.rows[0].now.has_value());

    const GapChartData mine = gapChartData(d, c, QStringLiteral("nl"), PartnerId(2));
    CHECK(*mine.rows[1].now == Approx(4));
    CHECK(*mine.rows[1].desired == Approx(5));
    CHECK(mine.title.contains(QStringLiteral("P2")));

    d.hiddenRounds = {QStringLiteral("inventariseren.nu-en-gewenst")};
    const GapChartData hidden = gapChartData(d, c, QStringLiteral("nl"));
    for (const GapChartRow &r : hidden.rows)
        CHECK_FALSE(r.now.has_value());
}

TEST_CASE("who has scored now versus desired: a partner counts once one block has both scores", "[gaps]")
{
    TrajectoryData d = fourPartners();
    const Catalog c = gapCatalog();
    const Question &q = c.phases[0].questions[0];
    rate(d, "visie-beleid", 1, 2, 4);
    rate(d, "visie-beleid", 2, 2, 0);
    CHECK(partnersWithoutInput(q, d) == QList<PartnerId>{2, 3, 4});
    CHECK_FALSE(isAnswered(q, d));
}

TEST_CASE("a revealed rating round highlights a wide spread, a hidden one shows no scores", "[gaps]")
{
    TrajectoryData d = fourPartners();
    Catalog c = gapCatalog();
    Question urgency;
    urgency.id = QStringLiteral("verkennen.urgentie");
    urgency.kind = AnswerKind::PartnerRating;
    c.phases[0].questions.append(urgency);
    d.ratings = {Rating{urgency.id, 1, 2, {}}, Rating{urgency.id, 2, 5, {}}, Rating{urgency.id, 3, 4, {}}};
    UrgencyChartData chart = ratingChartData(d, c, urgency.id, QStringLiteral("nl"));
    CHECK(chart.spreadLow == 2);
    CHECK(chart.spreadHigh == 5);
    CHECK(chart.spreadLabel.contains(QStringLiteral("2 tot 5")));

    d.ratings = {Rating{urgency.id, 1, 4, {}}, Rating{urgency.id, 2, 5, {}}};
    CHECK(ratingChartData(d, c, urgency.id, QStringLiteral("nl")).spreadLabel.isEmpty()); // 1 point apart: no highlight

    d.hiddenRounds = {urgency.id};
    chart = ratingChartData(d, c, urgency.id, QStringLiteral("nl"));
    CHECK(chart.averageLabel.isEmpty());
    for (const UrgencyEntry &e : chart.entries)
        CHECK(e.score == 0);
}
