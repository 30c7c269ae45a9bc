// The exchange format record by record: field readers that name the JSON
// path of a problem, and each record kind to and from JSON.

#include "storage/jsonrecords.h"

#include "domain/error.h"

namespace akkoord {

namespace detail {

void fail(const std::string &path, const QString &what)
{
    throw UserError(QCoreApplication::translate("akkoord::Import", "This is not a valid Akkoord export: at %1, %2.")
                        .arg(QString::fromStdString(path.empty() ? std::string("/") : path), what));
}

std::string at(const std::string &path, const char *key) { return path + "/" + key; }
std::string at(const std::string &path, std::size_t index) { return path + "/" + std::to_string(index); }

const json &object(const json &j, const std::string &path, std::initializer_list<const char *> allowed)
{
    if (!j.is_object())
        fail(path, QCoreApplication::translate("akkoord::Import", "an object {…} was expected"));
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool known = false;
        for (const char *k : allowed)
            known = known || it.key() == k;
        if (!known)
            fail(at(path, it.key().c_str()), QCoreApplication::translate("akkoord::Import", "this field is unknown"));
    }
    return j;
}

const json *member(const json &o, const char *key, const std::string &path, bool required)
{
    auto it = o.find(key);
    if (it == o.end()) {
        if (required)
            fail(at(path, key), QCoreApplication::translate("akkoord::Import", "this required field is missing"));
        return nullptr;
    }
    return &*it;
}

QString str(const json &o, const char *key, const std::string &path, bool required)
{
    const json *v = member(o, key, path, required);
    if (!v || v->is_null())
        return {};
    if (!v->is_string())
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "text was expected"));
    const std::string &text = v->get_ref<const std::string &>();
    if (qint64(text.size()) > kMaxTextBytes)
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "this text is %L1 bytes long; Akkoord takes at most %L2").arg(qint64(text.size())).arg(kMaxTextBytes));
    return QString::fromStdString(text);
}

std::int64_t integer(const json &o, const char *key, const std::string &path, bool required, std::int64_t fallback)
{
    const json *v = member(o, key, path, required);
    if (!v)
        return fallback;
    if (!v->is_number_integer())
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "a whole number was expected"));
    return v->get<std::int64_t>();
}

bool boolean(const json &o, const char *key, const std::string &path)
{
    const json *v = member(o, key, path, false);
    if (!v)
        return false;
    if (!v->is_boolean())
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "true or false was expected"));
    return v->get<bool>();
}

QDate date(const json &o, const char *key, const std::string &path)
{
    const QString text = str(o, key, path);
    if (text.isEmpty())
        return {};
    const QDate d = dateFromText(text);
    if (!d.isValid())
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "a date like 2027-01-31 was expected"));
    return d;
}

QDateTime timestamp(const json &o, const char *key, const std::string &path)
{
    const QString text = str(o, key, path);
    if (text.isEmpty())
        return {};
    const QDateTime t = timeFromText(text);
    if (!t.isValid())
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "a time like 2027-01-31T09:30:00.000Z was expected"));
    return t;
}

QList<std::int64_t> ids(const json &o, const char *key, const std::string &path)
{
    QList<std::int64_t> out;
    each(o, key, path, [&](const json &v, const std::string &p) {
        if (!v.is_number_integer())
            fail(p, QCoreApplication::translate("akkoord::Import", "a whole number was expected"));
        out.append(v.get<std::int64_t>());
    });
    return out;
}

QStringList strings(const json &o, const char *key, const std::string &path)
{
    QStringList out;
    qint64 bytes = 0; // a list is stored in one column: its whole text counts
    each(o, key, path, [&](const json &v, const std::string &p) {
        if (!v.is_string())
            fail(p, QCoreApplication::translate("akkoord::Import", "text was expected"));
        const std::string &text = v.get_ref<const std::string &>();
        bytes += qint64(text.size()) + 4;
        if (bytes > kMaxTextBytes)
            fail(p, QCoreApplication::translate("akkoord::Import", "this list's texts are longer than the %L1 bytes Akkoord takes").arg(kMaxTextBytes));
        out.append(QString::fromStdString(text));
    });
    return out;
}

ojson idArray(const QList<std::int64_t> &list)
{
    ojson a = ojson::array();
    for (std::int64_t id : list)
        a.push_back(id);
    return a;
}

ojson stringArray(const QStringList &list)
{
    ojson a = ojson::array();
    for (const QString &v : list)
        a.push_back(s(v));
    return a;
}

ojson optionalText(const QString &v) { return v.isEmpty() ? ojson(nullptr) : ojson(s(v)); }

ojson infoToJson(const TrajectoryInfo &i)
{
    return ojson{{"title", s(i.title)},
                 {"shortTitle", s(i.shortTitle)},
                 {"issue", s(i.issue)},
                 {"municipality", s(i.municipality)},
                 {"facilitator", s(i.facilitator)},
                 {"createdOn", optionalText(dateToText(i.createdOn))},
                 {"startDate", optionalText(dateToText(i.startDate))},
                 {"durationYears", i.durationYears},
                 {"evaluationRhythm", s(i.evaluationRhythm)},
                 {"signingPlace", s(i.signingPlace)},
                 {"signingDate", optionalText(dateToText(i.signingDate))},
                 {"catalogVersion", s(i.catalogVersion)},
                 {"covenant", ojson{{"entryIntoForce", s(entryIntoForceKey(i.entryIntoForce))},
                                    {"renewal", s(renewalKey(i.renewal))},
                                    {"renewalTimes", i.renewalTimes},
                                    {"renewalYears", i.renewalYears},
                                    {"noticeMonths", i.noticeMonths},
                                    {"governingBody", s(i.governingBody)},
                                    {"sharesPersonalData", i.sharesPersonalData},
                                    {"dataProtocol", s(i.dataProtocol)}}}};
}

TrajectoryInfo infoFromJson(const json &t, const std::string &p)
{
    object(t, p, {"title", "shortTitle", "issue", "municipality", "facilitator", "createdOn", "startDate", "durationYears",
                  "evaluationRhythm", "signingPlace", "signingDate", "catalogVersion", "covenant"});
    TrajectoryInfo i;
    i.title = str(t, "title", p);
    i.shortTitle = str(t, "shortTitle", p);
    i.issue = str(t, "issue", p);
    i.municipality = str(t, "municipality", p);
    i.facilitator = str(t, "facilitator", p);
    i.createdOn = date(t, "createdOn", p);
    i.startDate = date(t, "startDate", p);
    i.durationYears = int(integer(t, "durationYears", p, false, 4));
    if (i.durationYears < 0 || i.durationYears > 100)
        fail(p + "/durationYears", QCoreApplication::translate("akkoord::Import", "the duration must be between 0 and 100 years"));
    i.evaluationRhythm = str(t, "evaluationRhythm", p);
    i.signingPlace = str(t, "signingPlace", p);
    i.signingDate = date(t, "signingDate", p);
    i.catalogVersion = str(t, "catalogVersion", p);
    // Formats 1–3 had only a start date: it was the entry into force.
    i.entryIntoForce = i.startDate.isValid() ? EntryIntoForce::OnDate : EntryIntoForce::LastSignature;
    if (const json *c = member(t, "covenant", p, false)) {
        const std::string cp = p + "/covenant";
        object(*c, cp, {"entryIntoForce", "renewal", "renewalTimes", "renewalYears", "noticeMonths", "governingBody", "sharesPersonalData", "dataProtocol"});
        i.entryIntoForce = enumValue(*c, "entryIntoForce", cp, &entryIntoForceFromKey, i.entryIntoForce);
        i.renewal = enumValue(*c, "renewal", cp, &renewalFromKey, i.renewal);
        const auto bounded = [&](const char *key, int fallback, int most) {
            const std::int64_t v = integer(*c, key, cp, false, fallback);
            if (v < 0 || v > most)
                fail(cp + "/" + key, QCoreApplication::translate("akkoord::Import", "the number must be between 0 and %1").arg(most));
            return int(v);
        };
        i.renewalTimes = bounded("renewalTimes", i.renewalTimes, 10);
        i.renewalYears = bounded("renewalYears", i.renewalYears, 100);
        i.noticeMonths = bounded("noticeMonths", i.noticeMonths, 120);
        i.governingBody = str(*c, "governingBody", cp);
        i.sharesPersonalData = boolean(*c, "sharesPersonalData", cp);
        i.dataProtocol = str(*c, "dataProtocol", cp);
    }
    return i;
}

ojson partnerToJson(const Partner &p)
{
    return ojson{{"id", p.id},
                 {"organisation", s(p.organisation)},
                 {"domain", s(domainKey(p.domain))},
                 {"role", s(roleKey(p.role))},
                 {"contact", ojson{{"name", s(p.contactName)}, {"email", s(p.contactEmail)}, {"phone", s(p.contactPhone)}}},
                 {"signatory", ojson{{"name", s(p.signatory.name)},
                                     {"function", s(p.signatory.function)},
                                     {"underMandateReservation", p.signatory.underMandateReservation},
                                     {"basis", s(representationBasisKey(p.signatory.basis))},
                                     {"decisionDate", optionalText(dateToText(p.signatory.decisionDate))},
                                     {"reservationDeadline", optionalText(dateToText(p.signatory.reservationDeadline))}}},
                 {"legal", ojson{{"name", s(p.legalName)},
                                 {"form", s(legalFormKey(p.legalForm))},
                                 {"seat", s(p.seat)},
                                 {"address", s(p.address)},
                                 {"kvk", s(p.kvkNumber)}}}};
}

Partner partnerFromJson(const json &j, const std::string &p)
{
    object(j, p, {"id", "organisation", "domain", "role", "contact", "signatory", "legal"});
    Partner partner;
    partner.id = integer(j, "id", p);
    partner.organisation = str(j, "organisation", p, true);
    partner.domain = enumValue(j, "domain", p, &domainFromKey, PartnerDomain::Other);
    partner.role = enumValue(j, "role", p, &roleFromKey, PartnerRole::Core);
    if (const json *c = member(j, "contact", p, false)) {
        const std::string cp = p + "/contact";
        object(*c, cp, {"name", "email", "phone"});
        partner.contactName = str(*c, "name", cp);
        partner.contactEmail = str(*c, "email", cp);
        partner.contactPhone = str(*c, "phone", cp);
    }
    if (const json *sg = member(j, "signatory", p, false)) {
        const std::string sp = p + "/signatory";
        object(*sg, sp, {"name", "function", "underMandateReservation", "basis", "decisionDate", "reservationDeadline"});
        partner.signatory.name = str(*sg, "name", sp);
        partner.signatory.function = str(*sg, "function", sp);
        partner.signatory.underMandateReservation = boolean(*sg, "underMandateReservation", sp);
        partner.signatory.basis = enumValue(*sg, "basis", sp, &representationBasisFromKey, RepresentationBasis::Unknown);
        partner.signatory.decisionDate = date(*sg, "decisionDate", sp);
        partner.signatory.reservationDeadline = date(*sg, "reservationDeadline", sp);
    }
    if (const json *l = member(j, "legal", p, false)) {
        const std::string lp = p + "/legal";
        object(*l, lp, {"name", "form", "seat", "address", "kvk"});
        partner.legalName = str(*l, "name", lp);
        partner.legalForm = enumValue(*l, "form", lp, &legalFormFromKey, LegalForm::Unknown);
        partner.seat = str(*l, "seat", lp);
        partner.address = str(*l, "address", lp);
        partner.kvkNumber = str(*l, "kvk", lp);
    }
    return partner;
}

Answer answerFromJson(const json &j, const std::string &p)
{
    object(j, p, {"question", "text", "choices", "status", "updatedAt"});
    Answer a;
    a.questionId = str(j, "question", p, true);
    if (a.questionId.isEmpty())
        fail(at(p, "question"), QCoreApplication::translate("akkoord::Import", "a question id is needed"));
    a.text = str(j, "text", p);
    a.choices = strings(j, "choices", p);
    a.status = enumValue(j, "status", p, &answerStatusFromKey, AnswerStatus::Open);
    a.updatedAt = timestamp(j, "updatedAt", p);
    return a;
}

ojson ambitionToJson(const Ambition &a) { return ojson{{"id", a.id}, {"title", s(a.title)}, {"intendedResult", s(a.intendedResult)}}; }

Ambition ambitionFromJson(const json &j, const std::string &p)
{
    object(j, p, {"id", "title", "intendedResult"});
    Ambition a;
    a.id = integer(j, "id", p);
    a.title = str(j, "title", p);
    a.intendedResult = str(j, "intendedResult", p);
    return a;
}

Agreement agreementFromJson(const json &j, const std::string &p)
{
    object(j, p, {"id", "buildingBlock", "what", "owner", "contributors", "deadline", "means", "indicator", "target", "status", "ambitions"});
    Agreement a;
    a.id = integer(j, "id", p);
    a.buildingBlock = str(j, "buildingBlock", p);
    a.what = str(j, "what", p);
    if (const json *o = member(j, "owner", p, false); o && !o->is_null())
        a.owner = integer(j, "owner", p);
    a.contributors = ids(j, "contributors", p);
    a.deadline = date(j, "deadline", p);
    a.means = str(j, "means", p);
    a.indicator = str(j, "indicator", p);
    a.target = str(j, "target", p);
    a.status = enumValue(j, "status", p, &agreementStatusFromKey, AgreementStatus::Proposed);
    a.ambitions = ids(j, "ambitions", p);
    return a;
}

ojson accountabilityToJson(const AccountabilityItem &a)
{
    return ojson{{"id", a.id}, {"about", s(a.about)}, {"toWhom", s(a.toWhom)}, {"frequency", s(a.frequency)}, {"form", s(a.form)}};
}

AccountabilityItem accountabilityFromJson(const json &j, const std::string &p)
{
    object(j, p, {"id", "about", "toWhom", "frequency", "form"});
    AccountabilityItem a;
    a.id = integer(j, "id", p);
    a.about = str(j, "about", p);
    a.toWhom = str(j, "toWhom", p);
    a.frequency = str(j, "frequency", p);
    a.form = str(j, "form", p);
    return a;
}

ojson evaluationToJson(const Evaluation &e)
{
    return ojson{{"id", e.id}, {"date", optionalText(dateToText(e.date))}, {"description", s(e.description)}};
}

Evaluation evaluationFromJson(const json &j, const std::string &p)
{
    object(j, p, {"id", "date", "description"});
    Evaluation e;
    e.id = integer(j, "id", p);
    e.date = date(j, "date", p);
    e.description = str(j, "description", p);
    return e;
}

ojson historyToJson(const HistoryEntry &h)
{
    return ojson{{"id", h.id},
                 {"at", s(timeToText(h.at))},
                 {"author", s(h.author)},
                 {"entity", s(h.entity)},
                 {"key", s(h.key)},
                 {"old", optionalText(h.oldValue)},
                 {"new", optionalText(h.newValue)}};
}

HistoryEntry historyFromJson(const json &j, const std::string &p)
{
    object(j, p, {"id", "at", "author", "entity", "key", "old", "new"});
    HistoryEntry h;
    h.id = integer(j, "id", p);
    h.at = timestamp(j, "at", p);
    h.author = str(j, "author", p);
    h.entity = str(j, "entity", p, true);
    h.key = str(j, "key", p, true);
    h.oldValue = str(j, "old", p);
    h.newValue = str(j, "new", p);
    return h;
}

ojson sessionToJson(const WorkshopSession &w)
{
    return ojson{{"id", w.id}, {"date", optionalText(dateToText(w.date))}, {"place", s(w.place)}, {"attendees", idArray(w.attendees)}, {"notes", s(w.notes)}};
}

ojson situationToJson(const SituationRating &r)
{
    return ojson{{"buildingBlock", s(r.buildingBlock)}, {"partner", r.partnerId}, {"now", r.now}, {"desired", r.desired}};
}

ojson dilemmaToJson(const DilemmaEntry &e)
{
    return ojson{{"id", e.id},
                 {"catalogId", s(e.catalogId)},
                 {"title", s(e.title)},
                 {"description", s(e.description)},
                 {"affects", idArray(e.affects)},
                 {"affectsOthers", s(e.affectsOthers)},
                 {"handling", s(e.handling)},
                 {"agreements", idArray(e.agreements)},
                 {"status", s(dilemmaStatusKey(e.status))}};
}

} // namespace detail

using namespace detail;

ojson answerToJson(const Answer &a)
{
    return ojson{{"question", s(a.questionId)},
                 {"text", s(a.text)},
                 {"choices", stringArray(a.choices)},
                 {"status", s(answerStatusKey(a.status))},
                 {"updatedAt", optionalText(timeToText(a.updatedAt))}};
}

ojson perspectiveToJson(const Perspective &p)
{
    return ojson{{"question", s(p.questionId)},
                 {"partner", p.partnerId},
                 {"text", s(p.text)},
                 {"updatedAt", optionalText(timeToText(p.updatedAt))}};
}

ojson ratingToJson(const Rating &r)
{
    return ojson{{"question", s(r.questionId)}, {"partner", r.partnerId}, {"score", r.score}, {"reason", s(r.reason)}};
}

ojson agreementToJson(const Agreement &a)
{
    return ojson{{"id", a.id},
                 {"buildingBlock", s(a.buildingBlock)},
                 {"what", s(a.what)},
                 {"owner", a.owner ? ojson(*a.owner) : ojson(nullptr)},
                 {"contributors", idArray(a.contributors)},
                 {"deadline", optionalText(dateToText(a.deadline))},
                 {"means", s(a.means)},
                 {"indicator", s(a.indicator)},
                 {"target", s(a.target)},
                 {"status", s(agreementStatusKey(a.status))},
                 {"ambitions", idArray(a.ambitions)}};
}

Answer answerFromJson(const json &j) { return detail::answerFromJson(j, "/answer"); }
Agreement agreementFromJson(const json &j) { return detail::agreementFromJson(j, "/agreement"); }

Perspective perspectiveFromJson(const json &j)
{
    const std::string p = "/perspective";
    object(j, p, {"question", "partner", "text", "updatedAt"});
    Perspective v;
    v.questionId = str(j, "question", p, true);
    v.partnerId = integer(j, "partner", p);
    v.text = str(j, "text", p);
    v.updatedAt = timestamp(j, "updatedAt", p);
    return v;
}

} // namespace akkoord
