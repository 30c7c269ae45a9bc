#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace akkoord {

class Language;

using PartnerId = std::int64_t;
using RecordId = std::int64_t;

enum class PartnerDomain {
    Municipality,
    PrimaryEducation,
    SecondaryEducation,
    AppropriateEducation,
    Childcare,
    YouthHealthCare,
    Welfare,
    YouthCare,
    Safety,
    SportCulture,
    Parents,
    YoungPeople,
    Other,
};

enum class PartnerRole { Core, Outer };

enum class AnswerStatus { Open, Discussed, Agreed };

enum class AgreementStatus { Proposed, Agreed, InProgress, Done, Dropped };

// The legal form of a party, as a covenant names it.
enum class LegalForm {
    Unknown,
    Municipality, // "gemeente", a public body (Gemeentewet)
    CommonArrangement, // "gemeenschappelijke regeling", e.g. a GGD (Wgr)
    PublicBody, // another public-law body
    Foundation, // "stichting"
    Association, // "vereniging"
    PrivateCompany, // "besloten vennootschap"
    PublicCompany, // "naamloze vennootschap"
    Cooperative, // "coöperatie"
    Other,
};

// On what basis the signatory represents the party.
enum class RepresentationBasis {
    Unknown,
    Statutory, // by law or by the articles of association (the mayor for a municipality)
    Mandate, // by mandate (for a municipality: art. 171 Gemeentewet, e.g. a wethouder)
    PowerOfAttorney, // by a power of attorney ("volmacht")
};

struct Signatory
{
    QString name;
    QString function;
    bool underMandateReservation = false; // "onder voorbehoud van mandaat"
    RepresentationBasis basis = RepresentationBasis::Unknown;
    QDate decisionDate; // of the mandate, the power of attorney or the college decision
    QDate reservationDeadline; // by when a reserved signature is confirmed
    bool operator==(const Signatory &) const = default;
};

struct Partner
{
    PartnerId id = 0;
    QString organisation;
    PartnerDomain domain = PartnerDomain::Other;
    PartnerRole role = PartnerRole::Core;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    Signatory signatory;
    int position = 0;
    // Identification as a legal department expects it. An empty legal name:
    // the organisation's name is its legal name.
    QString legalName;
    LegalForm legalForm = LegalForm::Unknown;
    QString seat; // statutory seat ("statutair gevestigd te")
    QString address; // office address
    QString kvkNumber; // Chamber of Commerce number; optional for public bodies
    bool operator==(const Partner &) const = default;
};

// The joint answer to one catalogue question. `choices` holds ticked items
// for checklist questions (partner ids or domain keys, as strings).
struct Answer
{
    QString questionId;
    QString text;
    QStringList choices;
    AnswerStatus status = AnswerStatus::Open;
    QDateTime updatedAt;
    bool operator==(const Answer &) const = default;
};

// One partner's own view on a question, beside the joint answer.
struct Perspective
{
    QString questionId;
    PartnerId partnerId = 0;
    QString text;
    QDateTime updatedAt;
    bool operator==(const Perspective &) const = default;
};

// A partner's rating 1–5 with a reason, e.g. the urgency in verkennen.
struct Rating
{
    QString questionId;
    PartnerId partnerId = 0;
    int score = 0; // 1..5
    QString reason;
    bool operator==(const Rating &) const = default;
};

struct Ambition
{
    RecordId id = 0;
    QString title;
    QString intendedResult; // what children and parents gain from it
    int position = 0;
    bool operator==(const Ambition &) const = default;
};

struct Agreement
{
    RecordId id = 0;
    QString buildingBlock; // catalogue building-block id
    QString what;
    std::optional<PartnerId> owner;
    QList<PartnerId> contributors;
    QDate deadline;
    QString means;
    QString indicator;
    QString target;
    AgreementStatus status = AgreementStatus::Proposed;
    QList<RecordId> ambitions;
    int position = 0;
    bool operator==(const Agreement &) const = default;
};

struct AccountabilityItem
{
    RecordId id = 0;
    QString about;
    QString toWhom;
    QString frequency;
    QString form;
    int position = 0;
    bool operator==(const AccountabilityItem &) const = default;
};

struct Evaluation
{
    RecordId id = 0;
    QDate date;
    QString description;
    bool operator==(const Evaluation &) const = default;
};

struct WorkshopSession
{
    RecordId id = 0;
    QDate date;
    QString place;
    QList<PartnerId> attendees;
    QString notes;
    bool operator==(const WorkshopSession &) const = default;
};

// Self-assessment ("doorlichting"): rounds of respondents rating the
// catalogue's statements per building block.
inline constexpr int kDontKnow = 0; // "weet niet / n.v.t."

struct AssessmentRound
{
    RecordId id = 0;
    QString name;
    QDate date;
    bool operator==(const AssessmentRound &) const = default;
};

struct Respondent
{
    RecordId id = 0;
    RecordId round = 0;
    QString name;
    std::optional<PartnerId> partner;
    PartnerRole role = PartnerRole::Core; // taken from the partner by default
    int position = 0;
    bool operator==(const Respondent &) const = default;
};

struct AssessmentScore
{
    RecordId respondent = 0;
    QString statementId;
    int score = kDontKnow; // 1..5, or kDontKnow
    bool operator==(const AssessmentScore &) const = default;
};

struct AssessmentComment
{
    RecordId respondent = 0;
    QString buildingBlock;
    QString text;
    bool operator==(const AssessmentComment &) const = default;
};

// Now versus desired (inventariseren → analyseren): one partner's view of
// one building block, the current and the desired situation, each 1–5
// (0: not given yet).
struct SituationRating
{
    QString buildingBlock;
    PartnerId partnerId = 0;
    int now = 0;
    int desired = 0;
    bool operator==(const SituationRating &) const = default;
};

enum class DilemmaStatus { Open, Settled };

// One piece of covenant wording kept in the file, by key:
// - "article.<id>": a standard article's wording as edited for this
//   trajectory (empty text: the standard wording) or switched off
//   (enabled false, for optional articles);
// - "clause.<id>": a recital or clause proposed from the dialogue, as the
//   facilitator accepted or rewrote it (only these enter the covenant).
struct CovenantText
{
    QString key;
    QString text;
    bool enabled = true;
    bool operator==(const CovenantText &) const = default;
};

enum class EntryIntoForce {
    LastSignature, // the day the last party signs
    OnDate, // a chosen date, on or after signing
    Retroactive, // a chosen date before signing, chosen explicitly
};

enum class Renewal {
    None, // ends at the end of its term
    Tacit, // renewed tacitly, `renewalTimes` times for `renewalYears`
    ByDecision, // renewed only by a joint decision of the parties
};

// A dilemma in the group's register (analyseren): taken from the catalogue
// (catalogId set) or written by the group, with whom it affects, how the
// partners will handle it and the agreements that settle it.
struct DilemmaEntry
{
    RecordId id = 0;
    QString catalogId; // empty: written by the group
    QString title;
    QString description;
    QList<PartnerId> affects; // partners it affects
    QString affectsOthers; // others it affects, e.g. parents of toddlers
    QString handling; // how the partners will handle it
    QList<RecordId> agreements; // the agreements that settle it
    DilemmaStatus status = DilemmaStatus::Open;
    int position = 0;
    bool operator==(const DilemmaEntry &) const = default;
};

// Trajectory-level facts, including the covenant settings set in the GUI.
struct TrajectoryInfo
{
    QString title;
    QString shortTitle;
    QString issue; // "gezamenlijk vraagstuk"
    QString municipality; // municipality or region
    QString facilitator;
    QDate createdOn;
    QDate startDate;
    int durationYears = 4;
    QString evaluationRhythm;
    QString signingPlace;
    QDate signingDate;
    QString catalogVersion;
    // Covenant settings. `startDate` is the entry into force when that is
    // OnDate or Retroactive.
    EntryIntoForce entryIntoForce = EntryIntoForce::LastSignature;
    Renewal renewal = Renewal::ByDecision;
    int renewalTimes = 1;
    int renewalYears = 4;
    int noticeMonths = 6; // notice for a party that leaves
    QString governingBody; // e.g. "de stuurgroep"; empty: the standard name
    bool sharesPersonalData = false; // partners exchange children's personal data
    QString dataProtocol; // the separate data-sharing protocol's name
    bool operator==(const TrajectoryInfo &) const = default;
};

// A complete, self-contained snapshot of one trajectory: what the file holds
// and what export, import and the documents work from.
struct TrajectoryData
{
    TrajectoryInfo info;
    QList<Partner> partners;
    QList<Answer> answers;
    QList<Perspective> perspectives;
    QList<Rating> ratings;
    QList<Ambition> ambitions;
    QList<Agreement> agreements;
    QList<AccountabilityItem> accountability;
    QList<Evaluation> evaluations;
    QList<WorkshopSession> sessions;
    QList<AssessmentRound> rounds;
    QList<Respondent> respondents;
    QList<AssessmentScore> scores;
    QList<AssessmentComment> comments;
    QList<SituationRating> situation;
    QList<DilemmaEntry> dilemmas;
    // Rating questions whose round is running hidden: entries are taken but
    // not shown to the room until the facilitator reveals them.
    QStringList hiddenRounds;
    QList<CovenantText> covenantTexts;
    bool operator==(const TrajectoryData &) const = default;

    const Partner *partner(PartnerId id) const;
    QList<PartnerId> partnerIds() const; // in their order
    const Answer *answer(const QString &questionId) const;
    QList<Rating> ratingsFor(const QString &questionId) const;
    const SituationRating *situationOf(const QString &buildingBlock, PartnerId partner) const;
    bool isHidden(const QString &questionId) const { return hiddenRounds.contains(questionId); }
    // Dilemmas not yet settled, in register order.
    QList<DilemmaEntry> openDilemmas() const;
    const CovenantText *covenantText(const QString &key) const;
};

// Stable keys used in files and JSON; never translated.
QString domainKey(PartnerDomain d);
std::optional<PartnerDomain> domainFromKey(const QString &key);
QList<PartnerDomain> allDomains();
QString domainLabel(PartnerDomain d); // translated, for people
QString domainLabel(PartnerDomain d, const Language &language); // in a document's language

QString roleKey(PartnerRole r);
std::optional<PartnerRole> roleFromKey(const QString &key);
QString roleLabel(PartnerRole r);

QString answerStatusKey(AnswerStatus s);
std::optional<AnswerStatus> answerStatusFromKey(const QString &key);
QString answerStatusLabel(AnswerStatus s);

QString agreementStatusKey(AgreementStatus s);
std::optional<AgreementStatus> agreementStatusFromKey(const QString &key);
QString agreementStatusLabel(AgreementStatus s);
QList<AgreementStatus> allAgreementStatuses();

QString legalFormKey(LegalForm f);
std::optional<LegalForm> legalFormFromKey(const QString &key);
QString legalFormLabel(LegalForm f);
QString legalFormLabel(LegalForm f, const Language &language);
QList<LegalForm> allLegalForms();
bool isPublicBody(LegalForm f); // municipality, common arrangement, other public body

QString representationBasisKey(RepresentationBasis b);
std::optional<RepresentationBasis> representationBasisFromKey(const QString &key);
QString representationBasisLabel(RepresentationBasis b);
QList<RepresentationBasis> allRepresentationBases();

QString entryIntoForceKey(EntryIntoForce e);
std::optional<EntryIntoForce> entryIntoForceFromKey(const QString &key);
QString entryIntoForceLabel(EntryIntoForce e);
QList<EntryIntoForce> allEntryIntoForce();

QString renewalKey(Renewal r);
std::optional<Renewal> renewalFromKey(const QString &key);
QString renewalLabel(Renewal r);
QList<Renewal> allRenewals();

QString dilemmaStatusKey(DilemmaStatus s);
std::optional<DilemmaStatus> dilemmaStatusFromKey(const QString &key);
QString dilemmaStatusLabel(DilemmaStatus s);

} // namespace akkoord

namespace akkoord {

// One change to an answer, perspective or agreement, as kept in the file's
// append-only history. Values are the record as JSON text (empty: none).
struct HistoryEntry
{
    std::int64_t id = 0;
    QDateTime at;
    QString author;
    QString entity; // "answer", "perspective", "agreement", "rating"
    QString key; // question id, "questionId/partnerId", or agreement id
    QString oldValue;
    QString newValue;
    bool operator==(const HistoryEntry &) const = default;
};

} // namespace akkoord
