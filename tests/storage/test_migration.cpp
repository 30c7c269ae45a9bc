#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QFile>
#include <QFileInfo>

using namespace akkoord;

TEST_CASE("a version-1 file is migrated forward, keeping its data and a copy of the old file", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("oud.akkoord"));
    REQUIRE(QFile::copy(QStringLiteral(AKKOORD_TEST_DATA "/schema-v1.akkoord"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray original = test::readAll(path);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        REQUIRE(db.execAndGet("PRAGMA user_version").getInt() == 1);
    }
    TrajectoryData before;
    {
        auto f = TrajectoryFile::open(path);
        CHECK(f->schemaVersion() == kSchemaVersion);
        REQUIRE_FALSE(f->migrationBackup().isEmpty());
        CHECK(test::readAll(f->migrationBackup()) == original);
        before = f->load();
        CHECK(before.partners.size() == 7);
        CHECK(before.answers.size() >= 50);
        CHECK(before.rounds.isEmpty());
        // The new tables work.
        const RecordId round = f->addRound(AssessmentRound{.name = QStringLiteral("Nulmeting"), .date = QDate(2027, 1, 1)});
        const RecordId resp = f->addRespondent(Respondent{.round = round, .name = QStringLiteral("A"), .partner = before.partners[0].id});
        f->setScore(AssessmentScore{resp, QStringLiteral("visie-beleid.s1"), 4});
    }
    const TrajectoryData after = TrajectoryFile::open(path)->load();
    CHECK(after.answers == before.answers);
    CHECK(after.rounds.size() == 1);
    CHECK(after.scores.size() == 1);
}

TEST_CASE("self-assessment rounds, respondents, scores and comments are saved and exported", "[storage][assessment]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("sa.akkoord"));
    auto f = TrajectoryFile::create(path, TrajectoryInfo{.title = QStringLiteral("Zelfevaluatie")});
    const PartnerId p = f->addPartner(Partner{.organisation = QStringLiteral("Welzijn"), .role = PartnerRole::Outer});
    const RecordId round = f->addRound(AssessmentRound{.name = QStringLiteral("Nulmeting"), .date = QDate(2026, 11, 20)});
    const RecordId r = f->addRespondent(Respondent{.round = round, .name = QStringLiteral("Fatima"), .partner = p, .role = PartnerRole::Outer});
    f->setScore(AssessmentScore{r, QStringLiteral("werkprocessen.s1"), 2});
    f->setScore(AssessmentScore{r, QStringLiteral("werkprocessen.s2"), kDontKnow});
    f->setScore(AssessmentScore{r, QStringLiteral("werkprocessen.s1"), 3});
    f->setComment(AssessmentComment{r, QStringLiteral("werkprocessen"), QStringLiteral("Overdracht gaat nog vaak mis")});
    CHECK_THROWS(f->setScore(AssessmentScore{r, QStringLiteral("x"), 7}));
    const ExchangeData x = f->exportAll();
    REQUIRE(x.data.scores.size() == 2);
    CHECK(x.data.scores[0].score == 3);
    CHECK(x.data.scores[1].score == kDontKnow);
    CHECK(x.data.respondents[0].role == PartnerRole::Outer);
    const ExchangeData back = fromJsonText(toJsonText(x));
    CHECK(back.data.rounds == x.data.rounds);
    CHECK(back.data.respondents == x.data.respondents);
    CHECK(back.data.scores == x.data.scores);
    CHECK(back.data.comments == x.data.comments);
    f->removeRound(round);
    CHECK(f->load().scores.isEmpty());
}
