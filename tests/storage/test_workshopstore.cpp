#include "domain/error.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

using namespace akkoord;

TEST_CASE("workshop records: now versus desired, dilemmas with links and hidden rounds are stored and survive reopening", "[storage][workshop]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.akkoord"));
    PartnerId a = 0, b = 0;
    RecordId agreement = 0, dilemma = 0;
    {
        auto f = TrajectoryFile::create(path, TrajectoryInfo{.title = QStringLiteral("W")});
        a = f->addPartner(Partner{.organisation = QStringLiteral("A")});
        b = f->addPartner(Partner{.organisation = QStringLiteral("B")});
        agreement = f->addAgreement(Agreement{.buildingBlock = QStringLiteral("middelen"), .what = QStringLiteral("Samen begroten")});
        f->setSituation(SituationRating{QStringLiteral("middelen"), a, 2, 4});
        f->setSituation(SituationRating{QStringLiteral("middelen"), b, 3, 0});
        f->setSituation(SituationRating{QStringLiteral("middelen"), b, 3, 5}); // an update, not a second row
        dilemma = f->addDilemma(DilemmaEntry{.title = QStringLiteral("Wie betaalt"), .affects = {b, a}, .agreements = {agreement}});
        f->setRoundHidden(QStringLiteral("verkennen.urgentie"), true);
        f->setRoundHidden(QStringLiteral("verkennen.urgentie"), true); // twice is once
        CHECK_THROWS_AS(f->setSituation(SituationRating{QStringLiteral("middelen"), a, 6, 1}), UserError);
    }
    {
        auto f = TrajectoryFile::open(path);
        const TrajectoryData d = f->load();
        REQUIRE(d.situation.size() == 2);
        CHECK(*d.situationOf(QStringLiteral("middelen"), b) == SituationRating{QStringLiteral("middelen"), b, 3, 5});
        REQUIRE(d.dilemmas.size() == 1);
        CHECK(d.dilemmas[0].affects == QList<PartnerId>{b, a}); // order kept
        CHECK(d.dilemmas[0].agreements == QList<RecordId>{agreement});
        CHECK(d.hiddenRounds == QStringList{QStringLiteral("verkennen.urgentie")});

        // Both values 0 removes the entry; removing a partner or an agreement
        // removes their links, never the dilemma itself.
        f->setSituation(SituationRating{QStringLiteral("middelen"), a, 0, 0});
        f->removePartner(b);
        f->removeAgreement(agreement);
        f->setRoundHidden(QStringLiteral("verkennen.urgentie"), false);
        const TrajectoryData after = f->load();
        CHECK(after.situation.isEmpty());
        REQUIRE(after.dilemmas.size() == 1);
        CHECK(after.dilemmas[0].affects == QList<PartnerId>{a});
        CHECK(after.dilemmas[0].agreements.isEmpty());
        CHECK(after.hiddenRounds.isEmpty());
        f->removeDilemma(dilemma);
        CHECK(f->load().dilemmas.isEmpty());
    }
}
