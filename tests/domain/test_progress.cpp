#include "domain/progress.h"
#include "support/support.h"

using namespace akkoord;

namespace {

Question question(const char *id, AnswerKind kind, bool perspectives = false)
{
    Question q;
    q.id = QString::fromLatin1(id);
    q.kind = kind;
    q.perspectives = perspectives;
    return q;
}

TrajectoryData twoPartners()
{
    TrajectoryData d;
    d.partners = {Partner{.id = 1, .organisation = QStringLiteral("Gemeente")}, Partner{.id = 2, .organisation = QStringLiteral("School")}};
    return d;
}

} // namespace

TEST_CASE("a text question counts as answered only with non-blank text", "[domain][progress]")
{
    TrajectoryData d = twoPartners();
    const Question q = question("p.text", AnswerKind::Text);
    CHECK_FALSE(isAnswered(q, d));
    d.answers.append(Answer{.questionId = q.id, .text = QStringLiteral("   \n")});
    CHECK_FALSE(isAnswered(q, d));
    d.answers[0].text = QStringLiteral("Taalachterstand bij kleuters");
    CHECK(isAnswered(q, d));
}

TEST_CASE("a rating question is answered when every partner has rated", "[domain][progress]")
{
    TrajectoryData d = twoPartners();
    const Question q = question("p.rate", AnswerKind::PartnerRating);
    d.ratings.append(Rating{q.id, 1, 4, QStringLiteral("urgent")});
    CHECK_FALSE(isAnswered(q, d));
    CHECK(partnersWithoutInput(q, d) == QList<PartnerId>{2});
    d.ratings.append(Rating{q.id, 2, 1, {}});
    CHECK(isAnswered(q, d));
    CHECK(partnersWithoutInput(q, d).isEmpty());
}

TEST_CASE("checklists count ticks, registers count records", "[domain][progress]")
{
    TrajectoryData d = twoPartners();
    const Question check = question("p.check", AnswerKind::PartnerChecklist);
    d.answers.append(Answer{.questionId = check.id, .choices = {QStringLiteral("1")}});
    CHECK(isAnswered(check, d));
    CHECK_FALSE(isAnswered(question("p.amb", AnswerKind::Ambitions), d));
    d.ambitions.append(Ambition{.id = 1, .title = QStringLiteral("Elk kind telt mee")});
    CHECK(isAnswered(question("p.amb", AnswerKind::Ambitions), d));
    CHECK_FALSE(isAnswered(question("p.agr", AnswerKind::Agreements), d));
    CHECK_FALSE(isAnswered(question("p.acc", AnswerKind::Accountability), d));
}

TEST_CASE("phase progress counts answered of total", "[domain][progress]")
{
    TrajectoryData d = twoPartners();
    Phase phase;
    phase.questions = {question("p.a", AnswerKind::Text), question("p.b", AnswerKind::List), question("p.c", AnswerKind::Text)};
    d.answers = {Answer{.questionId = QStringLiteral("p.a"), .text = QStringLiteral("ja")}, Answer{.questionId = QStringLiteral("p.c"), .text = QStringLiteral("nee")}};
    const Progress p = phaseProgress(phase, d);
    CHECK(p.answered == 2);
    CHECK(p.total == 3);
    CHECK_FALSE(p.complete());
}

TEST_CASE("perspectives missing are listed per partner, blank ones count as missing", "[domain][progress]")
{
    TrajectoryData d = twoPartners();
    const Question q = question("p.view", AnswerKind::Text, true);
    d.perspectives = {Perspective{q.id, 2, QStringLiteral("Wij zien kansen"), {}}, Perspective{q.id, 1, QStringLiteral("  "), {}}};
    CHECK(partnersWithoutInput(q, d) == QList<PartnerId>{1});
}

TEST_CASE("answers to questions no longer in the catalogue are reported as orphaned", "[domain][progress]")
{
    Catalog c;
    Phase phase;
    phase.id = QStringLiteral("p");
    phase.questions = {question("p.kept", AnswerKind::Text)};
    c.phases = {phase};
    TrajectoryData d;
    d.answers = {Answer{.questionId = QStringLiteral("p.kept"), .text = QStringLiteral("a")},
                 Answer{.questionId = QStringLiteral("p.removed"), .text = QStringLiteral("b")}};
    const QList<Answer> orphans = orphanedAnswers(c, d);
    REQUIRE(orphans.size() == 1);
    CHECK(orphans[0].questionId == QStringLiteral("p.removed"));
    CHECK(orphans[0].text == QStringLiteral("b"));
}
