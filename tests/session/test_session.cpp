// The application core without widgets: verbs reach the file, undo and redo
// walk back and forth in memory and in the file, the merge window follows an
// injected clock, a failing save is kept and retried, and every edit says
// which records it changed.

#include "domain/error.h"
#include "session/session.h"
#include "session/sessionfixture.h"
#include "session/undostack.h"

#include <QSignalSpy>

using namespace akkoord;

namespace {

struct Open
{
    explicit Open(const QString &path)
        : session(TrajectoryFile::open(path), test::shippedCatalog())
    {
        session.setClock([this] { return now; });
    }
    qint64 now = 1'700'000'000'000;
    TrajectorySession session;
};

const QString kQuestion = QStringLiteral("verkennen.vraagstuk");

} // namespace

TEST_CASE("the verbs reach the file, and reopening brings back what memory holds", "[session]")
{
    test::TempDir dir;
    const QString path = test::demoFile(dir);
    TrajectoryData inMemory;
    {
        Open o(path);
        TrajectorySession &s = o.session;
        const PartnerId first = s.data().partners[0].id;
        TrajectoryInfo info = s.data().info;
        info.title = QStringLiteral("Samen sterk in Lommerwolde");
        s.setInfo(info, QStringLiteral("Edit title"));
        s.setAnswerText(kQuestion, QStringLiteral("Een nieuwe tekst"));
        s.setAnswerStatus(kQuestion, AnswerStatus::Discussed);
        s.setPerspective(kQuestion, first, QStringLiteral("Onze kijk"));
        s.setRating(QStringLiteral("verkennen.urgentie"), first, 2, QStringLiteral("minder urgent"));
        const PartnerId added = s.addPartner(Partner{.organisation = QStringLiteral("Bibliotheek")});
        s.movePartner(added, -2);
        Partner p = *s.data().partner(added);
        p.contactName = QStringLiteral("A. Boekhout");
        s.updatePartner(p);
        const RecordId ambition = s.addAmbition(Ambition{.title = QStringLiteral("Lezen vanaf nul")});
        s.addAgreement(Agreement{.what = QStringLiteral("Boekstart op elk consultatiebureau"), .owner = added, .contributors = {first}, .ambitions = {ambition}});
        s.setSituation(QStringLiteral("visie-beleid"), added, 2, 5);
        s.addDilemma(DilemmaEntry{.title = QStringLiteral("Wie betaalt de boeken?"), .affects = {added}});
        s.setRoundHidden(QStringLiteral("verkennen.urgentie"), true);
        const RecordId round = s.addRound(AssessmentRound{.name = QStringLiteral("Voorjaar"), .date = QDate(2027, 3, 1)});
        const RecordId respondent = s.addRespondent(Respondent{.round = round, .name = QStringLiteral("Kim"), .partner = added});
        s.setScore(respondent, QStringLiteral("s1"), 4);
        s.setComment(respondent, QStringLiteral("visie-beleid"), QStringLiteral("Goed op weg"));
        CHECK_FALSE(s.hasUnsavedChanges());
        inMemory = s.data();
        CHECK(test::differences(test::withoutTimes(test::fileData(path)), test::withoutTimes(inMemory)) == QString());
    }
    const TrajectoryData reopened = test::fileData(path);
    CHECK(test::withoutTimes(reopened) == test::withoutTimes(inMemory));
    CHECK(reopened.info.title == QStringLiteral("Samen sterk in Lommerwolde"));
    CHECK(reopened.partners[reopened.partners.size() - 3].organisation == QStringLiteral("Bibliotheek"));
    CHECK(reopened.agreements.last().ambitions.size() == 1);
}

TEST_CASE("undo and redo walk back and forth through every step, in memory and in the file", "[session][undo]")
{
    test::TempDir dir;
    const QString path = test::demoFile(dir);
    Open o(path);
    TrajectorySession &s = o.session;
    const PartnerId first = s.data().partners[0].id;
    const Perspective perspective = s.data().perspectives[0];
    const AssessmentComment comment = s.data().comments.value(0);
    QList<std::function<void()>> verbs{
        [&] { s.setAnswerText(kQuestion, QStringLiteral("Anders gezegd")); },
        [&] { s.setAnswerChoices(QStringLiteral("verkennen.vraagstuk"), {QStringLiteral("a"), QStringLiteral("b")}); },
        [&] { s.setPerspective(perspective.questionId, perspective.partnerId, QStringLiteral("Bijgesteld")); },
        [&] { s.setRating(QStringLiteral("verkennen.urgentie"), first, 1, QStringLiteral("laag")); },
        [&] { s.clearRating(QStringLiteral("verkennen.urgentie"), first); },
        [&] { s.movePartner(first, 3); },
        [&] { s.addAmbition(Ambition{.title = QStringLiteral("Nieuw")}); },
        [&] {
            Agreement a = s.data().agreements[2];
            a.what = QStringLiteral("Anders afgesproken");
            a.ambitions = {s.data().ambitions.last().id};
            s.updateAgreement(a);
        },
        [&] { s.removeAmbition(s.data().ambitions[0].id); },
        [&] { s.removePartner(s.data().partners[2].id); },
        [&] { s.setSituation(QStringLiteral("visie-beleid"), first, 0, 0); },
        [&] { s.setComment(comment.respondent, comment.buildingBlock, QStringLiteral("Anders")); },
        [&] { s.setScore(s.data().scores[0].respondent, s.data().scores[0].statementId, std::nullopt); },
        [&] { s.removeAgreement(s.data().agreements[0].id); },
        [&] { s.removeRound(s.data().rounds[0].id); },
        // Issue 15: the covenant's wording and a house template.
        [&] { s.setCovenantText(QStringLiteral("article.disputes"), QStringLiteral("Eigen tekst over geschillen.")); },
        [&] { s.setCovenantText(QStringLiteral("article.citation"), {}, false); },
        [&] { s.setCovenantText(QStringLiteral("clause.recital.issue"), QStringLiteral("Te veel kinderen beginnen met een achterstand.")); },
        [&] {
            s.applyCovenantTemplate({CovenantText{QStringLiteral("article.finances"), QStringLiteral("Elke partij draagt haar eigen kosten."), true},
                                     CovenantText{QStringLiteral("article.definitions"), {}, false}});
        },
        [&] { s.setCovenantText(QStringLiteral("article.finances"), {}); },
        [&] {
            Partner p = s.data().partners[0];
            p.legalForm = LegalForm::Foundation;
            p.kvkNumber = QStringLiteral("41234567");
            p.signatory.basis = RepresentationBasis::PowerOfAttorney;
            p.signatory.decisionDate = QDate(2026, 12, 1);
            s.updatePartner(p);
        },
        [&] {
            TrajectoryInfo info = s.data().info;
            info.renewal = Renewal::Tacit;
            info.noticeMonths = 3;
            info.governingBody = QStringLiteral("de kerngroep");
            s.setInfo(info, QStringLiteral("covenant settings"));
        },
    };
    QList<TrajectoryData> states{s.data()};
    for (const auto &verb : verbs) {
        o.now += 10'000; // no two steps merge
        verb();
        REQUIRE(s.data() != states.last());
        states.append(s.data());
        CHECK(test::differences(test::withoutTimes(test::fileData(path)), test::withoutTimes(s.data())) == QString());
    }
    CHECK(s.undoStack()->count() == verbs.size());
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        INFO("undo to state " << i);
        s.undoStack()->undo();
        CHECK(test::differences(s.data(), states[i]) == QString());
        CHECK(test::differences(test::withoutTimes(test::fileData(path)), test::withoutTimes(states[i])) == QString());
    }
    for (qsizetype i = 1; i < states.size(); ++i) {
        INFO("redo to state " << i);
        s.undoStack()->redo();
        CHECK(test::differences(s.data(), states[i]) == QString());
        CHECK(test::differences(test::withoutTimes(test::fileData(path)), test::withoutTimes(states[i])) == QString());
    }
}

TEST_CASE("typing in one answer within the merge window is one undo step, after a pause the next", "[session][undo][clock]")
{
    test::TempDir dir;
    const QString path = test::demoFile(dir);
    Open o(path);
    TrajectorySession &s = o.session;
    const QString before = s.data().answer(kQuestion)->text;
    s.setAnswerText(kQuestion, QStringLiteral("V"));
    o.now += 800;
    s.setAnswerText(kQuestion, QStringLiteral("Vier"));
    o.now += 1900;
    s.setAnswerText(kQuestion, QStringLiteral("Vier jaar"));
    o.now += UndoStack::kMergeWindowMs + 1; // a pause
    s.setAnswerText(kQuestion, QStringLiteral("Vier jaar, met een tussenstand"));
    CHECK(s.undoStack()->count() == 2);
    CHECK(s.undoStack()->undoText() == QStringLiteral("Edit answer"));
    s.undoStack()->undo();
    CHECK(s.data().answer(kQuestion)->text == QStringLiteral("Vier jaar"));
    CHECK(test::fileData(path).answer(kQuestion)->text == QStringLiteral("Vier jaar"));
    s.undoStack()->undo();
    CHECK(s.data().answer(kQuestion)->text == before);
    CHECK(test::fileData(path).answer(kQuestion)->text == before);
    s.undoStack()->redo();
    s.undoStack()->redo();
    CHECK(test::fileData(path).answer(kQuestion)->text == QStringLiteral("Vier jaar, met een tussenstand"));
    CHECK(s.lastSaved() == QDateTime::fromMSecsSinceEpoch(o.now));
}

TEST_CASE("a save that fails keeps the edit, says so, and is saved in order once the fault clears", "[session][faults]")
{
    test::TempDir dir;
    const QString path = test::demoFile(dir);
    Open o(path);
    TrajectorySession &s = o.session;
    QSignalSpy failed(&s, &TrajectorySession::saveFailed);
    QSignalSpy recovered(&s, &TrajectorySession::saveRecovered);
    const TrajectoryData original = s.data();
    const RecordId ambition = original.ambitions[0].id;
    s.removeAmbition(ambition);
    const TrajectoryData removed = s.data();

    bool diskFull = true;
    s.file().setWriteGate([&] {
        if (diskFull)
            throw UserError(QStringLiteral("The disk is full."));
    });
    s.setAnswerText(kQuestion, QStringLiteral("Wat we bespraken mag niet verloren gaan"));
    CHECK(s.hasUnsavedChanges());
    REQUIRE(failed.size() == 1);
    // What went wrong, then the session's promise about the text.
    CHECK(failed.at(0).at(0).toString().startsWith(QStringLiteral("The disk is full. Your text is kept")));
    CHECK(s.data().answer(kQuestion)->text == QStringLiteral("Wat we bespraken mag niet verloren gaan"));

    // Adding or removing would run ahead of the waiting save: refused, and
    // nothing changes.
    const TrajectoryData waiting = s.data();
    CHECK_THROWS_AS(s.addPartner(Partner{.organisation = QStringLiteral("Later")}), UserError);
    CHECK_THROWS_AS(s.removeAgreement(waiting.agreements[0].id), UserError);
    CHECK(s.data() == waiting);

    // Undo goes on in memory; its saves wait behind the first.
    s.undoStack()->undo(); // the answer
    s.undoStack()->undo(); // the ambition's removal
    CHECK(test::differences(s.data(), original) == QString());
    CHECK(test::differences(test::fileData(path), removed) == QString());
    s.retryPendingSaves();
    CHECK(s.hasUnsavedChanges());
    CHECK(recovered.isEmpty());

    diskFull = false;
    s.retryPendingSaves();
    CHECK_FALSE(s.hasUnsavedChanges());
    CHECK(recovered.size() == 1);
    CHECK(test::differences(test::withoutTimes(test::fileData(path)), test::withoutTimes(original)) == QString());
    CHECK(test::fileData(path).answer(kQuestion)->text == original.answer(kQuestion)->text);
}

TEST_CASE("an edit announces the records it changed; a removal and its undo every record of the cascade", "[session][changes]")
{
    test::TempDir dir;
    const QString path = test::demoFile(dir);
    Open o(path);
    TrajectorySession &s = o.session;
    QList<Changes> heard;
    QObject::connect(&s, &TrajectorySession::changed, &s, [&](const Changes &c) { heard.append(c); });

    s.setAnswerText(kQuestion, QStringLiteral("Kort"));
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].list() == QList<Change>{Change{Change::Type::Updated, RecordKind::Answer, 0, kQuestion}});
    CHECK(heard[0].touches(RecordKind::Answer));
    CHECK_FALSE(heard[0].touches(RecordKind::Partner));

    const TrajectoryData d = s.data();
    const RecordId ambition = d.agreements[0].ambitions.first();
    qsizetype linked = 0;
    for (const Agreement &a : d.agreements)
        linked += a.ambitions.contains(ambition) ? 1 : 0;
    heard.clear();
    s.removeAmbition(ambition);
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].size() == 1 + linked);
    CHECK(heard[0].list().contains(Change{Change::Type::Removed, RecordKind::Ambition, ambition, {}}));
    CHECK(heard[0].list().contains(Change{Change::Type::Updated, RecordKind::Agreement, d.agreements[0].id, {}}));
    s.undoStack()->undo();
    REQUIRE(heard.size() == 2);
    CHECK(heard[1].size() == 1 + linked);
    CHECK(heard[1].list().contains(Change{Change::Type::Added, RecordKind::Ambition, ambition, {}}));
    CHECK(heard[1].touches(RecordKind::Agreement, d.agreements[0].id));

    heard.clear();
    const PartnerId partner = d.partners[0].id;
    s.removePartner(partner);
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].touches({RecordKind::Partner}));
    CHECK(heard[0].touches(RecordKind::Perspective));
    CHECK(heard[0].touches(RecordKind::WorkshopSession));
    CHECK(heard[0].touches(RecordKind::Respondent));
    CHECK_FALSE(heard[0].touches(RecordKind::Answer));

    heard.clear();
    s.setAnswerText(kQuestion, QStringLiteral("Kort")); // no change: nothing to say
    CHECK(heard.isEmpty());
}
