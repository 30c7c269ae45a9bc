#include "domain/trajectory.h"

#include "domain/language.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace akkoord {

namespace {

// One table per enum: stable key and untranslated label. Keys go into files
// and must never change; labels go through tr() at the point of use.
template<typename E, std::size_t N>
using Table = std::array<std::tuple<E, const char *, const char *>, N>;

constexpr Table<PartnerDomain, 13> kDomains{{
    {PartnerDomain::Municipality, "municipality", QT_TRANSLATE_NOOP("akkoord::Domain", "Municipality")},
    {PartnerDomain::PrimaryEducation, "primary-education", QT_TRANSLATE_NOOP("akkoord::Domain", "Primary education")},
    {PartnerDomain::SecondaryEducation, "secondary-education", QT_TRANSLATE_NOOP("akkoord::Domain", "Secondary education")},
    {PartnerDomain::AppropriateEducation, "appropriate-education", QT_TRANSLATE_NOOP("akkoord::Domain", "Appropriate-education partnership")},
    {PartnerDomain::Childcare, "childcare", QT_TRANSLATE_NOOP("akkoord::Domain", "Childcare")},
    {PartnerDomain::YouthHealthCare, "youth-health-care", QT_TRANSLATE_NOOP("akkoord::Domain", "Youth health care")},
    {PartnerDomain::Welfare, "welfare", QT_TRANSLATE_NOOP("akkoord::Domain", "Welfare")},
    {PartnerDomain::YouthCare, "youth-care", QT_TRANSLATE_NOOP("akkoord::Domain", "Youth care")},
    {PartnerDomain::Safety, "safety", QT_TRANSLATE_NOOP("akkoord::Domain", "Safety and police")},
    {PartnerDomain::SportCulture, "sport-culture", QT_TRANSLATE_NOOP("akkoord::Domain", "Sport and culture")},
    {PartnerDomain::Parents, "parents", QT_TRANSLATE_NOOP("akkoord::Domain", "Parents")},
    {PartnerDomain::YoungPeople, "young-people", QT_TRANSLATE_NOOP("akkoord::Domain", "Young people")},
    {PartnerDomain::Other, "other", QT_TRANSLATE_NOOP("akkoord::Domain", "Other")},
}};

constexpr Table<PartnerRole, 2> kRoles{{
    {PartnerRole::Core, "core", QT_TRANSLATE_NOOP("akkoord::Role", "Core partner")},
    {PartnerRole::Outer, "outer", QT_TRANSLATE_NOOP("akkoord::Role", "Outer partner")},
}};

constexpr Table<AnswerStatus, 3> kAnswerStatuses{{
    {AnswerStatus::Open, "open", QT_TRANSLATE_NOOP("akkoord::AnswerStatus", "Open")},
    {AnswerStatus::Discussed, "discussed", QT_TRANSLATE_NOOP("akkoord::AnswerStatus", "Discussed")},
    {AnswerStatus::Agreed, "agreed", QT_TRANSLATE_NOOP("akkoord::AnswerStatus", "Agreed")},
}};

constexpr Table<AgreementStatus, 5> kAgreementStatuses{{
    {AgreementStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("akkoord::AgreementStatus", "Proposed")},
    {AgreementStatus::Agreed, "agreed", QT_TRANSLATE_NOOP("akkoord::AgreementStatus", "Agreed")},
    {AgreementStatus::InProgress, "in-progress", QT_TRANSLATE_NOOP("akkoord::AgreementStatus", "In progress")},
    {AgreementStatus::Done, "done", QT_TRANSLATE_NOOP("akkoord::AgreementStatus", "Done")},
    {AgreementStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("akkoord::AgreementStatus", "Dropped")},
}};

constexpr Table<DilemmaStatus, 2> kDilemmaStatuses{{
    {DilemmaStatus::Open, "open", QT_TRANSLATE_NOOP("akkoord::DilemmaStatus", "Open")},
    {DilemmaStatus::Settled, "settled", QT_TRANSLATE_NOOP("akkoord::DilemmaStatus", "Settled")},
}};

constexpr Table<LegalForm, 10> kLegalForms{{
    {LegalForm::Unknown, "unknown", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Not filled in")},
    {LegalForm::Municipality, "municipality", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Municipality (public body)")},
    {LegalForm::CommonArrangement, "common-arrangement", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Joint arrangement (public body)")},
    {LegalForm::PublicBody, "public-body", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Other public body")},
    {LegalForm::Foundation, "foundation", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Foundation")},
    {LegalForm::Association, "association", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Association")},
    {LegalForm::PrivateCompany, "private-company", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Private limited company")},
    {LegalForm::PublicCompany, "public-company", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Public limited company")},
    {LegalForm::Cooperative, "cooperative", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Cooperative")},
    {LegalForm::Other, "other", QT_TRANSLATE_NOOP("akkoord::LegalForm", "Other legal form")},
}};

constexpr Table<RepresentationBasis, 4> kBases{{
    {RepresentationBasis::Unknown, "unknown", QT_TRANSLATE_NOOP("akkoord::Representation", "Not filled in")},
    {RepresentationBasis::Statutory, "statutory", QT_TRANSLATE_NOOP("akkoord::Representation", "By law or by the articles of association")},
    {RepresentationBasis::Mandate, "mandate", QT_TRANSLATE_NOOP("akkoord::Representation", "By mandate")},
    {RepresentationBasis::PowerOfAttorney, "power-of-attorney", QT_TRANSLATE_NOOP("akkoord::Representation", "By power of attorney")},
}};

constexpr Table<EntryIntoForce, 3> kEntryIntoForce{{
    {EntryIntoForce::LastSignature, "last-signature", QT_TRANSLATE_NOOP("akkoord::EntryIntoForce", "On the day the last party signs")},
    {EntryIntoForce::OnDate, "date", QT_TRANSLATE_NOOP("akkoord::EntryIntoForce", "On a chosen date after signing")},
    {EntryIntoForce::Retroactive, "retroactive", QT_TRANSLATE_NOOP("akkoord::EntryIntoForce", "With retroactive effect from a chosen date")},
}};

constexpr Table<Renewal, 3> kRenewals{{
    {Renewal::None, "none", QT_TRANSLATE_NOOP("akkoord::Renewal", "Not renewed")},
    {Renewal::Tacit, "tacit", QT_TRANSLATE_NOOP("akkoord::Renewal", "Renewed tacitly")},
    {Renewal::ByDecision, "by-decision", QT_TRANSLATE_NOOP("akkoord::Renewal", "Renewed only by a joint decision")},
}};

template<typename E, std::size_t N>
QString keyOf(const Table<E, N> &t, E value)
{
    for (const auto &[e, key, label] : t)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const Table<E, N> &t, const QString &k)
{
    for (const auto &[e, key, label] : t)
        if (k == QLatin1String(key))
            return e;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString labelOf(const Table<E, N> &t, E value, const char *context)
{
    for (const auto &[e, key, label] : t)
        if (e == value)
            return QCoreApplication::translate(context, label);
    return {};
}

template<typename E, std::size_t N>
QList<E> allOf(const Table<E, N> &t)
{
    QList<E> out;
    for (const auto &[e, key, label] : t)
        out.append(e);
    return out;
}

} // namespace

const Partner *TrajectoryData::partner(PartnerId id) const
{
    auto it = std::find_if(partners.cbegin(), partners.cend(), [id](const Partner &p) { return p.id == id; });
    return it == partners.cend() ? nullptr : &*it;
}

QList<PartnerId> TrajectoryData::partnerIds() const
{
    QList<PartnerId> ids;
    for (const Partner &p : partners)
        ids.append(p.id);
    return ids;
}

const Answer *TrajectoryData::answer(const QString &questionId) const
{
    auto it = std::find_if(answers.cbegin(), answers.cend(), [&](const Answer &a) { return a.questionId == questionId; });
    return it == answers.cend() ? nullptr : &*it;
}

QList<Rating> TrajectoryData::ratingsFor(const QString &questionId) const
{
    QList<Rating> out;
    for (const Rating &r : ratings)
        if (r.questionId == questionId)
            out.append(r);
    return out;
}

const SituationRating *TrajectoryData::situationOf(const QString &buildingBlock, PartnerId partner) const
{
    auto it = std::find_if(situation.cbegin(), situation.cend(), [&](const SituationRating &r) { return r.buildingBlock == buildingBlock && r.partnerId == partner; });
    return it == situation.cend() ? nullptr : &*it;
}

const CovenantText *TrajectoryData::covenantText(const QString &key) const
{
    auto it = std::find_if(covenantTexts.cbegin(), covenantTexts.cend(), [&](const CovenantText &t) { return t.key == key; });
    return it == covenantTexts.cend() ? nullptr : &*it;
}

QList<DilemmaEntry> TrajectoryData::openDilemmas() const
{
    QList<DilemmaEntry> out;
    for (const DilemmaEntry &d : dilemmas)
        if (d.status == DilemmaStatus::Open)
            out.append(d);
    return out;
}

QString domainKey(PartnerDomain d) { return keyOf(kDomains, d); }
std::optional<PartnerDomain> domainFromKey(const QString &key) { return fromKey(kDomains, key); }
QList<PartnerDomain> allDomains() { return allOf(kDomains); }
QString domainLabel(PartnerDomain d) { return labelOf(kDomains, d, "akkoord::Domain"); }
QString domainLabel(PartnerDomain d, const Language &language)
{
    for (const auto &[e, key, label] : kDomains)
        if (e == d)
            return language.translate("akkoord::Domain", label);
    return {};
}

QString roleKey(PartnerRole r) { return keyOf(kRoles, r); }
std::optional<PartnerRole> roleFromKey(const QString &key) { return fromKey(kRoles, key); }
QString roleLabel(PartnerRole r) { return labelOf(kRoles, r, "akkoord::Role"); }

QString answerStatusKey(AnswerStatus s) { return keyOf(kAnswerStatuses, s); }
std::optional<AnswerStatus> answerStatusFromKey(const QString &key) { return fromKey(kAnswerStatuses, key); }
QString answerStatusLabel(AnswerStatus s) { return labelOf(kAnswerStatuses, s, "akkoord::AnswerStatus"); }

QString agreementStatusKey(AgreementStatus s) { return keyOf(kAgreementStatuses, s); }
std::optional<AgreementStatus> agreementStatusFromKey(const QString &key) { return fromKey(kAgreementStatuses, key); }
QString agreementStatusLabel(AgreementStatus s) { return labelOf(kAgreementStatuses, s, "akkoord::AgreementStatus"); }
QList<AgreementStatus> allAgreementStatuses() { return allOf(kAgreementStatuses); }

QString legalFormKey(LegalForm f) { return keyOf(kLegalForms, f); }
std::optional<LegalForm> legalFormFromKey(const QString &key) { return fromKey(kLegalForms, key); }
QString legalFormLabel(LegalForm f) { return labelOf(kLegalForms, f, "akkoord::LegalForm"); }
QString legalFormLabel(LegalForm f, const Language &language)
{
    for (const auto &[e, key, label] : kLegalForms)
        if (e == f)
            return language.translate("akkoord::LegalForm", label);
    return {};
}
QList<LegalForm> allLegalForms() { return allOf(kLegalForms); }
bool isPublicBody(LegalForm f) { return f == LegalForm::Municipality || f == LegalForm::CommonArrangement || f == LegalForm::PublicBody; }

QString representationBasisKey(RepresentationBasis b) { return keyOf(kBases, b); }
std::optional<RepresentationBasis> representationBasisFromKey(const QString &key) { return fromKey(kBases, key); }
QString representationBasisLabel(RepresentationBasis b) { return labelOf(kBases, b, "akkoord::Representation"); }
QList<RepresentationBasis> allRepresentationBases() { return allOf(kBases); }

QString entryIntoForceKey(EntryIntoForce e) { return keyOf(kEntryIntoForce, e); }
std::optional<EntryIntoForce> entryIntoForceFromKey(const QString &key) { return fromKey(kEntryIntoForce, key); }
QString entryIntoForceLabel(EntryIntoForce e) { return labelOf(kEntryIntoForce, e, "akkoord::EntryIntoForce"); }
QList<EntryIntoForce> allEntryIntoForce() { return allOf(kEntryIntoForce); }

QString renewalKey(Renewal r) { return keyOf(kRenewals, r); }
std::optional<Renewal> renewalFromKey(const QString &key) { return fromKey(kRenewals, key); }
QString renewalLabel(Renewal r) { return labelOf(kRenewals, r, "akkoord::Renewal"); }
QList<Renewal> allRenewals() { return allOf(kRenewals); }

QString dilemmaStatusKey(DilemmaStatus s) { return keyOf(kDilemmaStatuses, s); }
std::optional<DilemmaStatus> dilemmaStatusFromKey(const QString &key) { return fromKey(kDilemmaStatuses, key); }
QString dilemmaStatusLabel(DilemmaStatus s) { return labelOf(kDilemmaStatuses, s, "akkoord::DilemmaStatus"); }

} // namespace akkoord
