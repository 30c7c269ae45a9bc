#include "domain/error.h"
#include "storage/jsoncodec.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cstring>

using namespace akkoord;
using akkoord::test::TempDir;

namespace {

TrajectoryInfo sampleInfo()
{
    TrajectoryInfo i;
    i.title = QStringLiteral("Kansrijk opgroeien in Heuvelrade");
    i.municipality = QStringLiteral("Gemeente Heuvelrade");
    i.facilitator = QStringLiteral("Anouk de Vries");
    i.issue = QStringLiteral("Taalachterstand bij de start van groep 3");
    i.createdOn = QDate(2026, 9, 1);
    return i;
}

Partner partner(const char *name, PartnerDomain domain, PartnerRole role = PartnerRole::Core)
{
    Partner p;
    p.organisation = QString::fromUtf8(name);
    p.domain = domain;
    p.role = role;
    p.signatory = {QStringLiteral("J. Smit"), QStringLiteral("wethouder"), true};
    return p;
}

int pragma(const QString &path, const char *name)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    return db.execAndGet(std::string("PRAGMA ") + name).getInt();
}

} // namespace

TEST_CASE("a new file carries Akkoord's id, the schema version and owner-only permissions", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("nieuw.akkoord"));
    TrajectoryFile::create(path, sampleInfo());
    REQUIRE(QFileInfo::exists(path));
    CHECK(pragma(path, "application_id") == kApplicationId);
    CHECK(pragma(path, "user_version") == kSchemaVersion);
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // Closed cleanly: one self-contained file, no WAL or lock beside it.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK(TrajectoryFile::open(path)->load().info == sampleInfo());
}

TEST_CASE("creating a file never overwrites an existing one", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("bestaat.akkoord"));
    test::writeAll(path, "keep me");
    REQUIRE_THROWS_AS(TrajectoryFile::create(path, sampleInfo()), UserError);
    CHECK(test::readAll(path) == "keep me");
}

TEST_CASE("everything saved is found back after closing and reopening", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("t.akkoord"));
    PartnerId gemeente = 0, school = 0;
    RecordId ambition = 0, agreement = 0;
    {
        auto f = TrajectoryFile::create(path, sampleInfo());
        gemeente = f->addPartner(partner("Gemeente Heuvelrade", PartnerDomain::Municipality));
        school = f->addPartner(partner("SKO <b>De Brug</b> & co", PartnerDomain::PrimaryEducation, PartnerRole::Outer));
        f->saveAnswer(Answer{.questionId = QStringLiteral("verkennen.vraagstuk"),
                             .text = QStringLiteral("Eén op de vijf kleuters 🙂\nstart met achterstand"),
                             .status = AnswerStatus::Discussed});
        f->saveAnswer(Answer{.questionId = QStringLiteral("verkennen.trekker"), .choices = {QString::number(gemeente)}});
        f->savePerspective(Perspective{QStringLiteral("verkennen.vraagstuk"), school, QStringLiteral("Wij zien het dagelijks"), {}});
        f->saveRating(Rating{QStringLiteral("verkennen.urgentie"), school, 4, QStringLiteral("Veel zorgleerlingen")});
        ambition = f->addAmbition(Ambition{.title = QStringLiteral("Elk kind taalvaardig"), .intendedResult = QStringLiteral("Betere start")});
        Agreement a;
        a.buildingBlock = QStringLiteral("werkprocessen");
        a.what = QStringLiteral("Warme overdracht");
        a.owner = gemeente;
        a.contributors = {school};
        a.deadline = QDate(2027, 8, 31);
        a.indicator = QStringLiteral("% overdrachten");
        a.target = QStringLiteral("95%");
        a.status = AgreementStatus::Agreed;
        a.ambitions = {ambition};
        agreement = f->addAgreement(a);
        f->addAccountability(AccountabilityItem{.about = QStringLiteral("Voortgang"), .toWhom = QStringLiteral("Gemeenteraad"),
                                                .frequency = QStringLiteral("jaarlijks"), .form = QStringLiteral("raadsinformatiebrief")});
        f->addEvaluation(Evaluation{.date = QDate(2028, 10, 1), .description = QStringLiteral("Tussenevaluatie")});
        f->addSession(WorkshopSession{.date = QDate(2026, 9, 14), .place = QStringLiteral("Raadszaal"), .attendees = {gemeente, school}});
    }
    const auto f = TrajectoryFile::open(path);
    const TrajectoryData d = f->load();
    REQUIRE(d.partners.size() == 2);
    CHECK(d.partners[1].organisation == QStringLiteral("SKO <b>De Brug</b> & co"));
    CHECK(d.partners[1].role == PartnerRole::Outer);
    CHECK(d.partners[1].signatory.underMandateReservation);
    REQUIRE(d.answer(QStringLiteral("verkennen.vraagstuk")));
    CHECK(d.answer(QStringLiteral("verkennen.vraagstuk"))->text == QStringLiteral("Eén op de vijf kleuters 🙂\nstart met achterstand"));
    CHECK(d.answer(QStringLiteral("verkennen.vraagstuk"))->status == AnswerStatus::Discussed);
    CHECK(d.answer(QStringLiteral("verkennen.vraagstuk"))->updatedAt.isValid());
    CHECK(d.answer(QStringLiteral("verkennen.trekker"))->choices == QStringList{QString::number(gemeente)});
    REQUIRE(d.perspectives.size() == 1);
    CHECK(d.perspectives[0].partnerId == school);
    REQUIRE(d.ratings.size() == 1);
    CHECK(d.ratings[0].score == 4);
    REQUIRE(d.agreements.size() == 1);
    CHECK(d.agreements[0].id == agreement);
    CHECK(d.agreements[0].owner == gemeente);
    CHECK(d.agreements[0].contributors == QList<PartnerId>{school});
    CHECK(d.agreements[0].ambitions == QList<RecordId>{ambition});
    CHECK(d.agreements[0].deadline == QDate(2027, 8, 31));
    CHECK(d.accountability.size() == 1);
    CHECK(d.evaluations.size() == 1);
    REQUIRE(d.sessions.size() == 1);
    CHECK(d.sessions[0].attendees == QList<PartnerId>{gemeente, school});
}

TEST_CASE("every change to an answer lands in the history, and an earlier text can be restored", "[storage][history]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("h.akkoord"));
    auto f = TrajectoryFile::create(path, sampleInfo());
    f->setAuthor(QStringLiteral("anouk"));
    const QString q = QStringLiteral("ambities.ambities");
    f->saveAnswer(Answer{.questionId = q, .text = QStringLiteral("eerste versie")});
    f->saveAnswer(Answer{.questionId = q, .text = QStringLiteral("eerste versie")}); // unchanged: no new row
    f->saveAnswer(Answer{.questionId = q, .text = QStringLiteral("tweede versie")});
    const QList<HistoryEntry> h = f->history(QStringLiteral("answer"), q);
    REQUIRE(h.size() == 2);
    CHECK(h[0].oldValue.isEmpty());
    CHECK(h[0].author == QStringLiteral("anouk"));
    CHECK(h[0].at.isValid());
    const Answer first = answerFromJson(nlohmann::json::parse(h[0].newValue.toStdString()));
    CHECK(first.text == QStringLiteral("eerste versie"));
    CHECK(answerFromJson(nlohmann::json::parse(h[1].oldValue.toStdString())).text == QStringLiteral("eerste versie"));
    // Restore = save the old version again; it becomes the newest entry.
    f->saveAnswer(first);
    CHECK(f->load().answer(q)->text == QStringLiteral("eerste versie"));
    CHECK(f->history(QStringLiteral("answer"), q).size() == 3);
}

TEST_CASE("agreement changes and removals are kept in the history", "[storage][history]")
{
    TempDir dir;
    auto f = TrajectoryFile::create(dir.path(QStringLiteral("a.akkoord")), sampleInfo());
    Agreement a;
    a.buildingBlock = QStringLiteral("middelen");
    a.what = QStringLiteral("Gezamenlijk budget");
    a.id = f->addAgreement(a);
    a.what = QStringLiteral("Gezamenlijk budget van € 40.000");
    f->updateAgreement(a);
    f->removeAgreement(a.id);
    const QList<HistoryEntry> h = f->history(QStringLiteral("agreement"), QString::number(a.id));
    REQUIRE(h.size() == 3);
    CHECK(agreementFromJson(nlohmann::json::parse(h[1].newValue.toStdString())).what == QStringLiteral("Gezamenlijk budget van € 40.000"));
    CHECK(h[2].newValue.isEmpty());
    CHECK(f->load().agreements.isEmpty());
}

TEST_CASE("the history table refuses to be rewritten", "[storage][history]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("x.akkoord"));
    {
        auto f = TrajectoryFile::create(path, sampleInfo());
        f->saveAnswer(Answer{.questionId = QStringLiteral("q.a"), .text = QStringLiteral("tekst")});
    }
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
    CHECK_THROWS(db.exec("DELETE FROM history"));
    CHECK_THROWS(db.exec("UPDATE history SET new_value = 'x'"));
}

TEST_CASE("removing a partner removes its perspectives and ratings, and clears it as owner", "[storage]")
{
    TempDir dir;
    auto f = TrajectoryFile::create(dir.path(QStringLiteral("p.akkoord")), sampleInfo());
    const PartnerId p = f->addPartner(partner("Welzijn Plus", PartnerDomain::Welfare));
    const PartnerId keep = f->addPartner(partner("GGD", PartnerDomain::YouthHealthCare));
    f->savePerspective(Perspective{QStringLiteral("q.x"), p, QStringLiteral("view"), {}});
    f->saveRating(Rating{QStringLiteral("q.r"), p, 3, {}});
    Agreement a;
    a.owner = p;
    a.contributors = {p, keep};
    f->addAgreement(a);
    f->removePartner(p);
    const TrajectoryData d = f->load();
    CHECK(d.partners.size() == 1);
    CHECK(d.perspectives.isEmpty());
    CHECK(d.ratings.isEmpty());
    CHECK_FALSE(d.agreements[0].owner.has_value());
    CHECK(d.agreements[0].contributors == QList<PartnerId>{keep});
}

TEST_CASE("partners keep the order they are given", "[storage]")
{
    TempDir dir;
    auto f = TrajectoryFile::create(dir.path(QStringLiteral("o.akkoord")), sampleInfo());
    const PartnerId a = f->addPartner(partner("A", PartnerDomain::Other));
    const PartnerId b = f->addPartner(partner("B", PartnerDomain::Other));
    const PartnerId c = f->addPartner(partner("C", PartnerDomain::Other));
    f->setPartnerOrder({c, a, b});
    const TrajectoryData d = f->load();
    CHECK(d.partners[0].id == c);
    CHECK(d.partners[1].id == a);
    CHECK(d.partners[2].id == b);
}

TEST_CASE("a rating outside 1 to 5 is refused with a sentence", "[storage]")
{
    TempDir dir;
    auto f = TrajectoryFile::create(dir.path(QStringLiteral("r.akkoord")), sampleInfo());
    const PartnerId p = f->addPartner(partner("A", PartnerDomain::Other));
    CHECK_THROWS_AS(f->saveRating(Rating{QStringLiteral("q"), p, 6, {}}), UserError);
    CHECK_THROWS_AS(f->saveRating(Rating{QStringLiteral("q"), p, 0, {}}), UserError);
}

TEST_CASE("while open the file is locked: a second writer is refused, a reader is not", "[storage][lock]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("lock.akkoord"));
    TrajectoryFile::create(path, sampleInfo());
    auto first = TrajectoryFile::open(path);
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    try {
        TrajectoryFile::open(path);
        FAIL("a second writer was allowed");
    } catch (const UserError &e) {
        CHECK(e.message().contains(QStringLiteral("already open")));
    }
    auto reader = TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly);
    CHECK(reader->isReadOnly());
    CHECK(reader->load().info.title == sampleInfo().title);
    first.reset();
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK_NOTHROW(TrajectoryFile::open(path));
}

TEST_CASE("a lock left by a crashed process is taken over", "[storage][lock]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("stale.akkoord"));
    TrajectoryFile::create(path, sampleInfo());
    // A lock file naming a process that does not exist.
    test::writeAll(path + QStringLiteral(".lock"), "999999\nAkkoord\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    auto f = TrajectoryFile::open(path);
    CHECK_FALSE(f->isReadOnly());
}

TEST_CASE("a file in a read-only folder opens read-only and says so", "[storage]")
{
    TempDir dir;
    const QString sub = dir.path(QStringLiteral("ro"));
    QDir().mkpath(sub);
    const QString path = sub + QStringLiteral("/t.akkoord");
    TrajectoryFile::create(path, sampleInfo());
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    test::ImmutableGuard guard;
    if (QFileInfo(sub).isWritable()) {
        // Root ignores permissions; the immutable attribute stops root too.
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (const int error = test::setImmutable(sub, true); error != 0) {
            WARN("running as root where the immutable attribute cannot be set (" << std::strerror(error) << "): the read-only folder is not tested");
            return;
        }
        guard.paths << sub;
    }
    REQUIRE_FALSE(QFileInfo(sub).isWritable());
    {
        auto f = TrajectoryFile::open(path);
        CHECK(f->isReadOnly());
        CHECK(f->readOnlyReason().contains(QStringLiteral("read-only")));
        CHECK(f->load().info.title == sampleInfo().title);
        CHECK_THROWS_AS(f->saveAnswer(Answer{.questionId = QStringLiteral("q"), .text = QStringLiteral("x")}), UserError);
    }
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("a read-only file opens read-only and says so", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.akkoord"));
    TrajectoryFile::create(path, sampleInfo());
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    auto f = TrajectoryFile::open(path);
    // root may still write, but the file's permission bits say read-only.
    CHECK(f->isReadOnly());
    CHECK(f->load().info.title == sampleInfo().title);
}

TEST_CASE("save a copy makes a complete, self-contained file", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("orig.akkoord"));
    const QString copy = dir.path(QStringLiteral("copy.akkoord"));
    auto f = TrajectoryFile::create(path, sampleInfo());
    f->saveAnswer(Answer{.questionId = QStringLiteral("q.a"), .text = QStringLiteral("bewaard")});
    f->saveCopyAs(copy);
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    auto c = TrajectoryFile::open(copy);
    CHECK(c->load() == f->load());
}

TEST_CASE("while open, edits are committed with synchronous=FULL in WAL mode", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("wal.akkoord"));
    auto f = TrajectoryFile::create(path, sampleInfo());
    f->saveAnswer(Answer{.questionId = QStringLiteral("q.a"), .text = QStringLiteral("x")});
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    // Another connection sees the committed edit at once.
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT text FROM answers WHERE question_id = 'q.a'").getString() == "x");
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(f->durabilitySettings() == QStringLiteral("journal_mode=wal synchronous=2"));
}
