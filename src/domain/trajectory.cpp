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

QString dilemmaStatusKey(DilemmaStatus s) { return keyOf(kDilemmaStatuses, s); }
std::optional<DilemmaStatus> dilemmaStatusFromKey(const QString &key) { return fromKey(kDilemmaStatuses, key); }
QString dilemmaStatusLabel(DilemmaStatus s) { return labelOf(kDilemmaStatuses, s, "akkoord::DilemmaStatus"); }

} // namespace akkoord
