// The cascade rules (domain/cascade.h) against the file's foreign keys
// (storage/schema.cpp): removing a record from the file takes exactly what
// the rules say, and TrajectoryFile::restore puts exactly that back.

#include "domain/cascade.h"
#include "session/sessionfixture.h"

using namespace akkoord;

namespace {

struct Removable
{
    RecordKind kind;
    RecordId id;
};

QList<Removable> removables(const TrajectoryData &d)
{
    QList<Removable> out;
    for (const Partner &x : d.partners)
        out.append({RecordKind::Partner, x.id});
    for (const Ambition &x : d.ambitions)
        out.append({RecordKind::Ambition, x.id});
    for (const Agreement &x : d.agreements)
        out.append({RecordKind::Agreement, x.id});
    for (const AccountabilityItem &x : d.accountability)
        out.append({RecordKind::Accountability, x.id});
    for (const Evaluation &x : d.evaluations)
        out.append({RecordKind::Evaluation, x.id});
    for (const WorkshopSession &x : d.sessions)
        out.append({RecordKind::WorkshopSession, x.id});
    for (const AssessmentRound &x : d.rounds)
        out.append({RecordKind::Round, x.id});
    for (const Respondent &x : d.respondents)
        out.append({RecordKind::Respondent, x.id});
    for (const DilemmaEntry &x : d.dilemmas)
        out.append({RecordKind::Dilemma, x.id});
    return out;
}

void removeFromFile(TrajectoryFile &f, const Removable &r)
{
    switch (r.kind) {
    case RecordKind::Partner: f.removePartner(r.id); break;
    case RecordKind::Ambition: f.removeAmbition(r.id); break;
    case RecordKind::Agreement: f.removeAgreement(r.id); break;
    case RecordKind::Accountability: f.removeAccountability(r.id); break;
    case RecordKind::Evaluation: f.removeEvaluation(r.id); break;
    case RecordKind::WorkshopSession: f.removeSession(r.id); break;
    case RecordKind::Round: f.removeRound(r.id); break;
    case RecordKind::Respondent: f.removeRespondent(r.id); break;
    case RecordKind::Dilemma: f.removeDilemma(r.id); break;
    default: FAIL("not a removable kind");
    }
}

} // namespace

TEST_CASE("the cascade rules take from memory what the foreign keys take from the file, and restore puts it back", "[session][cascade]")
{
    test::TempDir dir;
    const QString path = test::demoFile(dir);
    auto file = TrajectoryFile::open(path);
    const TrajectoryData original = file->load();
    const QList<Removable> all = removables(original);
    REQUIRE(all.size() > 30);
    for (const Removable &r : all) {
        INFO("kind " << int(r.kind) << " id " << r.id);
        const Removal removal = removalOf(original, r.kind, r.id);
        REQUIRE_FALSE(removal.isEmpty());
        TrajectoryData expected = original;
        applyRemoval(expected, removal);
        CHECK(expected != original);
        removeFromFile(*file, r);
        CHECK(file->load() == expected);
        file->restore(removal.gone, removal.before);
        CHECK(file->load() == original);
        undoRemoval(expected, removal);
        CHECK(expected == original);
    }
}

TEST_CASE("a partner's removal takes its contributions and clears every link to it", "[session][cascade]")
{
    const TrajectoryData d = test::demoExchange().data;
    const PartnerId id = d.partners[1].id;
    const Removal r = removalOf(d, RecordKind::Partner, id);
    CHECK(r.root == RecordRef{RecordKind::Partner, id, {}});
    CHECK(r.gone.partners.size() == 1);
    CHECK(r.gone.perspectives.size() == std::count_if(d.perspectives.cbegin(), d.perspectives.cend(), [&](const Perspective &p) { return p.partnerId == id; }));
    CHECK(r.gone.ratings.size() == std::count_if(d.ratings.cbegin(), d.ratings.cend(), [&](const Rating &x) { return x.partnerId == id; }));
    CHECK(r.gone.situation.size() == std::count_if(d.situation.cbegin(), d.situation.cend(), [&](const SituationRating &x) { return x.partnerId == id; }));
    CHECK_FALSE(r.after.agreements.isEmpty());
    for (const Agreement &a : r.after.agreements) {
        CHECK(a.owner != id);
        CHECK_FALSE(a.contributors.contains(id));
    }
    CHECK_FALSE(r.after.sessions.isEmpty());
    for (const WorkshopSession &s : r.after.sessions)
        CHECK_FALSE(s.attendees.contains(id));
    CHECK_FALSE(r.after.respondents.isEmpty());
    for (const Respondent &x : r.after.respondents)
        CHECK_FALSE(x.partner.has_value());
    CHECK(r.before.agreements.size() == r.after.agreements.size());
    // Nothing else goes: the respondents stay, without their partner.
    CHECK(r.gone.respondents.isEmpty());
    CHECK(r.gone.agreements.isEmpty());
}

TEST_CASE("an ambition's removal unlinks the agreements that serve it; a round's takes its respondents and their answers", "[session][cascade]")
{
    const TrajectoryData d = test::demoExchange().data;
    const RecordId ambition = d.agreements[0].ambitions.first();
    const Removal a = removalOf(d, RecordKind::Ambition, ambition);
    CHECK(a.gone.ambitions.size() == 1);
    CHECK_FALSE(a.after.agreements.isEmpty());
    for (const Agreement &x : a.after.agreements)
        CHECK_FALSE(x.ambitions.contains(ambition));

    REQUIRE_FALSE(d.rounds.isEmpty());
    const Removal round = removalOf(d, RecordKind::Round, d.rounds[0].id);
    CHECK(round.gone.rounds.size() == 1);
    CHECK(round.gone.respondents.size() == d.respondents.size());
    CHECK(round.gone.scores.size() == d.scores.size());
    CHECK(round.gone.comments.size() == d.comments.size());
    CHECK(round.before.respondents.isEmpty());
}

TEST_CASE("removing what is not there takes nothing", "[session][cascade]")
{
    const TrajectoryData d = test::demoExchange().data;
    CHECK(removalOf(d, RecordKind::Partner, 999999).isEmpty());
    CHECK(removalOf(d, RecordKind::Answer, 1).isEmpty());
    TrajectoryData same = d;
    applyRemoval(same, Removal{});
    CHECK(same == d);
}
