#include "domain/error.h"
#include "storage/jsoncodec.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <QFileInfo>

#include <algorithm>

using namespace akkoord;
using akkoord::test::TempDir;

namespace {

QByteArray minimal(const char *extra = "")
{
    return QByteArray(R"({"format": "akkoord-trajectory", "formatVersion": 1)") + extra + "}";
}

QString importError(const QByteArray &json)
{
    try {
        fromJsonText(json);
    } catch (const UserError &e) {
        return e.message();
    }
    return {};
}

ExchangeData richTrajectory()
{
    ExchangeData x;
    TrajectoryData &d = x.data;
    d.info.title = QStringLiteral("Titel met \"aanhalingstekens\" en </table>");
    d.info.municipality = QStringLiteral("Gemeente Lindeveen");
    d.info.startDate = QDate(2027, 1, 1);
    d.info.durationYears = 4;
    d.partners = {Partner{.id = 1, .organisation = QStringLiteral("Gemeente"), .domain = PartnerDomain::Municipality},
                  Partner{.id = 5, .organisation = QStringLiteral("עמותה RTL ‏text"), .domain = PartnerDomain::Welfare, .role = PartnerRole::Outer,
                          .signatory = {QStringLiteral("K. Yılmaz"), QStringLiteral("directeur"), true}, .position = 1}};
    d.answers = {Answer{QStringLiteral("verkennen.vraagstuk"), QStringLiteral("regel 1\nregel 2\t\u0001 🙂"), {}, AnswerStatus::Agreed,
                        QDateTime(QDate(2026, 9, 14), QTime(10, 2, 11, 512), Qt::UTC)}};
    d.perspectives = {Perspective{QStringLiteral("verkennen.vraagstuk"), 5, QStringLiteral("onze kijk"), {}}};
    d.ratings = {Rating{QStringLiteral("verkennen.urgentie"), 1, 5, QStringLiteral("raadsprioriteit")}};
    d.ambitions = {Ambition{.id = 2, .title = QStringLiteral("Taal"), .intendedResult = QStringLiteral("Betere start")}};
    Agreement a;
    a.id = 9;
    a.buildingBlock = QStringLiteral("prestaties");
    a.what = QStringLiteral("Monitor");
    a.owner = 1;
    a.contributors = {5};
    a.deadline = QDate(2027, 12, 31);
    a.ambitions = {2};
    d.agreements = {a};
    d.accountability = {AccountabilityItem{.id = 1, .about = QStringLiteral("Resultaten"), .toWhom = QStringLiteral("Raad")}};
    d.evaluations = {Evaluation{.id = 1, .date = QDate(2028, 6, 1), .description = QStringLiteral("Evaluatie")}};
    d.sessions = {WorkshopSession{.id = 3, .date = QDate(2026, 9, 14), .place = QStringLiteral("Stadhuis"), .attendees = {1, 5}}};
    d.situation = {SituationRating{QStringLiteral("prestaties"), 1, 2, 4}, SituationRating{QStringLiteral("prestaties"), 5, 3, 0}};
    d.dilemmas = {DilemmaEntry{.id = 4, .catalogId = QStringLiteral("investering-rendement"), .title = QStringLiteral("Wie betaalt, wie wint"),
                               .description = QStringLiteral("<b>niet vet</b>"), .affects = {5, 1}, .affectsOthers = QStringLiteral("ouders"),
                               .handling = QStringLiteral("samen begroten"), .agreements = {9}, .status = DilemmaStatus::Settled},
                  DilemmaEntry{.id = 7, .title = QStringLiteral("Regio of wijk"), .position = 1}};
    d.hiddenRounds = {QStringLiteral("verkennen.urgentie")};
    return x;
}

} // namespace

TEST_CASE("export, import, export gives identical JSON", "[exchange]")
{
    TempDir dir;
    const QString first = dir.path(QStringLiteral("a.akkoord"));
    const QString second = dir.path(QStringLiteral("b.akkoord"));
    {
        auto f = TrajectoryFile::createFrom(first, richTrajectory());
        f->saveAnswer(Answer{.questionId = QStringLiteral("ambities.ambities"), .text = QStringLiteral("met geschiedenis")});
        f->saveAnswer(Answer{.questionId = QStringLiteral("ambities.ambities"), .text = QStringLiteral("tweede")});
    }
    const QByteArray json1 = toJsonText(TrajectoryFile::open(first)->exportAll());
    TrajectoryFile::createFrom(second, fromJsonText(json1));
    const QByteArray json2 = toJsonText(TrajectoryFile::open(second)->exportAll());
    CHECK(json1 == json2);
    CHECK(json1.contains("\"formatVersion\": 4"));
    // The workshop records come back exactly, links included.
    const TrajectoryData back = TrajectoryFile::open(second)->load();
    CHECK(back.situation == richTrajectory().data.situation);
    CHECK(back.dilemmas == richTrajectory().data.dilemmas);
    CHECK(back.hiddenRounds == QStringList{QStringLiteral("verkennen.urgentie")});
    CHECK(fromJsonText(json1).history.size() == 2);
}

TEST_CASE("the in-memory round trip keeps every field", "[exchange]")
{
    const ExchangeData x = richTrajectory();
    const ExchangeData back = fromJsonText(toJsonText(x));
    CHECK(back.data.partners == x.data.partners);
    CHECK(back.data.answers == x.data.answers);
    CHECK(back.data.agreements == x.data.agreements);
    CHECK(back.data.sessions == x.data.sessions);
    CHECK(back.data.info == x.data.info);
}

TEST_CASE("import reports what is wrong and where", "[exchange][bad]")
{
    CHECK(importError("{not json").contains(QStringLiteral("not valid JSON")));
    CHECK(importError("[]").contains(QStringLiteral("an object")));
    CHECK(importError(R"({"format": "something-else", "formatVersion": 1})").contains(QStringLiteral("/format")));
    CHECK(importError(R"({"format": "akkoord-trajectory", "formatVersion": 99})").contains(QStringLiteral("newer version")));
    CHECK(importError(minimal(R"(, "partners": [{"id": 1, "organisation": 12}])")).contains(QStringLiteral("/partners/0/organisation")));
    CHECK(importError(minimal(R"(, "partners": [{"id": 1}])")).contains(QStringLiteral("/partners/0/organisation, this required field is missing")));
    CHECK(importError(minimal(R"(, "partners": [{"id": 1, "organisation": "a", "colour": "red"}])")).contains(QStringLiteral("/partners/0/colour, this field is unknown")));
    CHECK(importError(minimal(R"(, "partners": [{"id": 1, "organisation": "a", "role": "boss"}])")).contains(QStringLiteral("/partners/0/role")));
    CHECK(importError(minimal(R"(, "partners": [{"id": 1, "organisation": "a"}, {"id": 1, "organisation": "b"}])")).contains(QStringLiteral("used twice")));
    CHECK(importError(minimal(R"(, "ratings": [{"question": "q", "partner": 4, "score": 3}])")).contains(QStringLiteral("/ratings/0/partner")));
    CHECK(importError(minimal(R"(, "partners": [{"id": 1, "organisation": "a"}], "ratings": [{"question": "q", "partner": 1, "score": 9}])"))
              .contains(QStringLiteral("between 1 and 5")));
    CHECK(importError(minimal(R"(, "trajectory": {"startDate": "1 januari"})")).contains(QStringLiteral("/trajectory/startDate")));
    CHECK(importError(minimal(R"(, "answers": [{"question": "q", "text": "a"}, {"question": "q", "text": "b"}])")).contains(QStringLiteral("answered twice")));
}

TEST_CASE("import refuses deep nesting before it can hurt", "[exchange][bad]")
{
    QByteArray deep = minimal(R"(, "trajectory": )");
    deep.chop(1);
    const int levels = 100000;
    deep += QByteArray(levels, '[') + QByteArray(levels, ']') + "}";
    CHECK(importError(deep).contains(QStringLiteral("nested more than 32 levels deep (at byte")));
}

TEST_CASE("import refuses invalid UTF-8 and oversized input", "[exchange][bad]")
{
    CHECK(importError(minimal(", \"trajectory\": {\"title\": \"\xff\xfe\"}")).contains(QStringLiteral("not valid JSON")));
    const QByteArray huge(kMaxImportBytes + 1, ' ');
    CHECK(importError(huge).contains(QStringLiteral("too large")));
}

TEST_CASE("a failed import leaves no file behind", "[exchange][bad]")
{
    TempDir dir;
    ExchangeData x = richTrajectory();
    x.data.agreements[0].owner = 42; // no such partner: the database refuses it
    const QString target = dir.path(QStringLiteral("mislukt.akkoord"));
    CHECK_THROWS(TrajectoryFile::createFrom(target, x));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("workshop records are checked on import", "[exchange]")
{
    const QByteArray partner = R"(, "partners": [{"id": 1, "organisation": "A", "domain": "other", "role": "core"}])";
    CHECK(importError(R"({"format": "akkoord-trajectory", "formatVersion": 3)" + partner + R"(, "situation": [{"buildingBlock": "x", "partner": 1, "now": 7}]})")
              .contains(QStringLiteral("/situation/0/now")));
    CHECK(importError(R"({"format": "akkoord-trajectory", "formatVersion": 3)" + partner + R"(, "situation": [{"buildingBlock": "x", "partner": 2, "now": 1}]})")
              .contains(QStringLiteral("/situation/0/partner")));
    CHECK(importError(R"({"format": "akkoord-trajectory", "formatVersion": 3)" + partner + R"(, "dilemmas": [{"id": 1, "agreements": [99]}]})")
              .contains(QStringLiteral("/dilemmas/0/agreements/0")));
    CHECK(importError(R"({"format": "akkoord-trajectory", "formatVersion": 3)" + partner + R"(, "dilemmas": [{"id": 1, "status": "maybe"}]})")
              .contains(QStringLiteral("/dilemmas/0/status")));
    CHECK(importError(R"({"format": "akkoord-trajectory", "formatVersion": 3, "hiddenRounds": [3]})").contains(QStringLiteral("/hiddenRounds/0")));
    // A format-2 export (before the workshop mode) still imports.
    const ExchangeData old = fromJsonText(R"({"format": "akkoord-trajectory", "formatVersion": 2)" + partner + "}");
    CHECK(old.data.partners.size() == 1);
    CHECK(old.data.dilemmas.isEmpty());
}

// Issue 15: the parties' identification, the covenant settings and the
// covenant's own wording survive the file, the export and the import.
TEST_CASE("identification, covenant settings and wording are kept in the file and the export", "[storage][exchange][covenant]")
{
    TempDir dir;
    ExchangeData ex;
    ex.data.info.title = QStringLiteral("Convenant");
    ex.data.info.entryIntoForce = EntryIntoForce::OnDate;
    ex.data.info.startDate = QDate(2027, 3, 1);
    ex.data.info.renewal = Renewal::Tacit;
    ex.data.info.renewalTimes = 2;
    ex.data.info.renewalYears = 3;
    ex.data.info.noticeMonths = 9;
    ex.data.info.governingBody = QStringLiteral("de kerngroep");
    ex.data.info.sharesPersonalData = true;
    ex.data.info.dataProtocol = QStringLiteral("Protocol gegevensdeling 0–6");
    Partner p;
    p.id = 7;
    p.organisation = QStringLiteral("Gemeente Lommerwolde");
    p.domain = PartnerDomain::Municipality;
    p.legalName = QStringLiteral("de gemeente Lommerwolde");
    p.legalForm = LegalForm::Municipality;
    p.seat = QStringLiteral("Lommerwolde");
    p.address = QStringLiteral("Raadhuisplein 1, 9999 AA Lommerwolde");
    p.kvkNumber = QStringLiteral("01234567");
    p.signatory = Signatory{QStringLiteral("K. Oudshoorn"), QStringLiteral("wethouder"), true, RepresentationBasis::Mandate, QDate(2026, 11, 10), QDate(2027, 2, 1)};
    ex.data.partners = {p};
    ex.data.covenantTexts = {CovenantText{QStringLiteral("article.disputes"), QStringLiteral("Eigen tekst."), true},
                             CovenantText{QStringLiteral("article.definitions"), {}, false},
                             CovenantText{QStringLiteral("clause.recital.issue"), QStringLiteral("Te veel kinderen starten met een achterstand."), true}};
    std::sort(ex.data.covenantTexts.begin(), ex.data.covenantTexts.end(), [](const CovenantText &a, const CovenantText &b) { return a.key < b.key; });
    const QString path = dir.path(QStringLiteral("c.akkoord"));
    TrajectoryFile::createFrom(path, ex);
    const TrajectoryData back = TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load();
    CHECK(back.info == ex.data.info);
    REQUIRE(back.partners.size() == 1);
    CHECK(back.partners[0] == p);
    CHECK(back.covenantTexts == ex.data.covenantTexts);
    const ExchangeData again = fromJsonText(toJsonText(ExchangeData{back, {}}));
    CHECK(again.data == back);
    // A stray key is refused with its place.
    QByteArray bad = toJsonText(ExchangeData{back, {}});
    bad.replace("clause.recital.issue", "recital.issue");
    CHECK_THROWS_WITH(fromJsonText(bad), Catch::Contains("/covenantTexts/"));
}

// Issue 15: in formats 1–3 a start date was the entry into force; an old
// export keeps meaning what it said.
TEST_CASE("an older export's start date becomes an entry into force on that date", "[storage][exchange][covenant]")
{
    const QByteArray old = R"({"format":"akkoord-trajectory","formatVersion":3,"trajectory":{"title":"Oud","startDate":"2027-01-01"}})";
    CHECK(fromJsonText(old).data.info.entryIntoForce == EntryIntoForce::OnDate);
    const QByteArray none = R"({"format":"akkoord-trajectory","formatVersion":3,"trajectory":{"title":"Oud"}})";
    CHECK(fromJsonText(none).data.info.entryIntoForce == EntryIntoForce::LastSignature);
}
