#include "domain/language.h"
#include "domain/trajectory.h"
#include "support/support.h"

using namespace akkoord;

TEST_CASE("every partner domain has a stable key that reads back", "[domain]")
{
    const QList<PartnerDomain> all = allDomains();
    REQUIRE(all.size() == 13);
    QStringList keys;
    for (PartnerDomain d : all) {
        const QString key = domainKey(d);
        CHECK(!key.isEmpty());
        CHECK(!keys.contains(key));
        keys.append(key);
        CHECK(domainFromKey(key) == d);
        CHECK(!domainLabel(d).isEmpty());
        // In a document's language, whatever the interface speaks.
        CHECK(domainLabel(d, Language::english()) == domainLabel(d));
    }
    CHECK(domainKey(PartnerDomain::YouthHealthCare) == QStringLiteral("youth-health-care"));
    CHECK_FALSE(domainFromKey(QStringLiteral("Municipality")).has_value());
    CHECK(domainLabel(PartnerDomain::YouthHealthCare, Language::dutch()) == QStringLiteral("Jeugdgezondheidszorg"));
}

TEST_CASE("roles and statuses read back from their keys and reject unknown ones", "[domain]")
{
    CHECK(roleFromKey(roleKey(PartnerRole::Outer)) == PartnerRole::Outer);
    // Labels: English source, in the interface language installed.
    CHECK(roleLabel(PartnerRole::Core) == QStringLiteral("Core partner"));
    installInterfaceLanguage(Language::dutch());
    CHECK(roleLabel(PartnerRole::Core) == QStringLiteral("Kernpartner"));
    installInterfaceLanguage(Language::english());
    CHECK(answerStatusFromKey(QStringLiteral("agreed")) == AnswerStatus::Agreed);
    CHECK_FALSE(answerStatusFromKey(QStringLiteral("")).has_value());
    for (AgreementStatus s : allAgreementStatuses())
        CHECK(agreementStatusFromKey(agreementStatusKey(s)) == s);
    CHECK_FALSE(agreementStatusFromKey(QStringLiteral("finished")).has_value());
}

TEST_CASE("a trajectory finds its partners, answers and ratings by key", "[domain]")
{
    TrajectoryData d;
    d.partners = {Partner{.id = 3, .organisation = QStringLiteral("GGD")}, Partner{.id = 7, .organisation = QStringLiteral("School")}};
    d.answers = {Answer{.questionId = QStringLiteral("a.b"), .text = QStringLiteral("x")}};
    d.ratings = {Rating{QStringLiteral("q"), 3, 4, {}}, Rating{QStringLiteral("other"), 3, 2, {}}, Rating{QStringLiteral("q"), 7, 5, {}}};
    REQUIRE(d.partner(7) != nullptr);
    CHECK(d.partner(7)->organisation == QStringLiteral("School"));
    CHECK(d.partner(8) == nullptr);
    CHECK(d.answer(QStringLiteral("a.b"))->text == QStringLiteral("x"));
    CHECK(d.answer(QStringLiteral("a.c")) == nullptr);
    CHECK(d.ratingsFor(QStringLiteral("q")).size() == 2);
}
