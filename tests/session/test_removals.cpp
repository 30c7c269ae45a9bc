// Property: every record of the demo trajectory that can be removed comes
// back exactly with Undo (everything its removal took, links included), goes
// again with Redo, and the file holds the same as memory at every step and
// after reopening. Written against the session's verbs only.

#include "session/session.h"
#include "session/sessionfixture.h"
#include "session/undostack.h"

using namespace akkoord;

namespace {

struct Case
{
    const char *kind;
    RecordId id;
};

QList<Case> removableRecords(const TrajectoryData &d)
{
    QList<Case> out;
    for (const Partner &x : d.partners)
        out.append({"partner", x.id});
    for (const Ambition &x : d.ambitions)
        out.append({"ambition", x.id});
    for (const Agreement &x : d.agreements)
        out.append({"agreement", x.id});
    for (const AccountabilityItem &x : d.accountability)
        out.append({"accountability", x.id});
    for (const Evaluation &x : d.evaluations)
        out.append({"evaluation", x.id});
    for (const AssessmentRound &x : d.rounds)
        out.append({"round", x.id});
    for (const Respondent &x : d.respondents)
        out.append({"respondent", x.id});
    for (const DilemmaEntry &x : d.dilemmas)
        out.append({"dilemma", x.id});
    return out;
}

void remove(TrajectorySession &s, const Case &c)
{
    const QByteArray kind(c.kind);
    if (kind == "partner")
        s.removePartner(c.id);
    else if (kind == "ambition")
        s.removeAmbition(c.id);
    else if (kind == "agreement")
        s.removeAgreement(c.id);
    else if (kind == "accountability")
        s.removeAccountability(c.id);
    else if (kind == "evaluation")
        s.removeEvaluation(c.id);
    else if (kind == "round")
        s.removeRound(c.id);
    else if (kind == "respondent")
        s.removeRespondent(c.id);
    else if (kind == "dilemma")
        s.removeDilemma(c.id);
}

} // namespace

TEST_CASE("every removal in the demo is undone exactly, redone, and the file agrees after reopening", "[session][removal][property]")
{
    const TrajectoryData demo = test::demoExchange().data;
    const QList<Case> cases = removableRecords(demo);
    REQUIRE(cases.size() > 30);
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.kind << " " << c.id)
        {
            test::TempDir dir;
            const QString path = test::demoFile(dir);
            const TrajectoryData original = test::fileData(path);
            TrajectoryData removed;
            {
                TrajectorySession s(TrajectoryFile::open(path), test::shippedCatalog());
                REQUIRE(s.data() == original);
                remove(s, c);
                removed = s.data();
                CHECK(removed != original);
                CHECK(test::differences(test::fileData(path), removed) == QString()); // what the file's foreign keys took, memory took

                s.undoStack()->undo();
                CHECK(test::differences(s.data(), original) == QString());
                CHECK(test::differences(test::fileData(path), original) == QString());

                s.undoStack()->redo();
                CHECK(test::differences(s.data(), removed) == QString());
                CHECK(test::differences(test::fileData(path), removed) == QString());

                s.undoStack()->undo();
                CHECK_FALSE(s.hasUnsavedChanges());
            }
            TrajectorySession reopened(TrajectoryFile::open(path), test::shippedCatalog());
            CHECK(test::differences(reopened.data(), original) == QString());
            remove(reopened, c);
            CHECK(test::differences(reopened.data(), removed) == QString());
        }
    }
}
