#include "storage/jsoncodec.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <initializer_list>
#include <string>

namespace akkoord {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

namespace {

std::string s(const QString &v) { return v.toStdString(); }

[[noreturn]] void fail(const std::string &path, const QString &what)
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

QString str(const json &o, const char *key, const std::string &path, bool required = false)
{
    const json *v = member(o, key, path, required);
    if (!v || v->is_null())
        return {};
    if (!v->is_string())
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "text was expected"));
    return QString::fromStdString(v->get_ref<const std::string &>());
}

std::int64_t integer(const json &o, const char *key, const std::string &path, bool required = true, std::int64_t fallback = 0)
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

template<typename F>
void each(const json &o, const char *key, const std::string &path, F &&fn)
{
    const json *v = member(o, key, path, false);
    if (!v || v->is_null())
        return;
    if (!v->is_array())
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "a list […] was expected"));
    for (std::size_t i = 0; i < v->size(); ++i)
        fn((*v)[i], at(at(path, key), i));
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
    each(o, key, path, [&](const json &v, const std::string &p) {
        if (!v.is_string())
            fail(p, QCoreApplication::translate("akkoord::Import", "text was expected"));
        out.append(QString::fromStdString(v.get_ref<const std::string &>()));
    });
    return out;
}

template<typename E>
E enumValue(const json &o, const char *key, const std::string &path, std::optional<E> (*parse)(const QString &), E fallback)
{
    const QString text = str(o, key, path);
    if (text.isEmpty())
        return fallback;
    const std::optional<E> v = parse(text);
    if (!v)
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "the value \"%1\" is not one Akkoord knows").arg(text.left(80)));
    return *v;
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

} // namespace

QString dateToText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateFromText(const QString &text) { return QDate::fromString(text, Qt::ISODate); }
QString timeToText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime timeFromText(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

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

namespace {

Answer readAnswer(const json &j, const std::string &p)
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

Agreement readAgreement(const json &j, const std::string &p)
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

template<typename T>
void requireUnique(const QList<T> &items, const char *key, std::int64_t T::*id)
{
    QSet<std::int64_t> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const std::int64_t v = items[i].*id;
        if (v <= 0)
            fail(at(at("", key), std::size_t(i)) + "/id", QCoreApplication::translate("akkoord::Import", "an id must be a positive whole number"));
        if (seen.contains(v))
            fail(at(at("", key), std::size_t(i)) + "/id", QCoreApplication::translate("akkoord::Import", "the id %1 is used twice").arg(v));
        seen.insert(v);
    }
}

void requireKnown(const QSet<std::int64_t> &known, std::int64_t id, const std::string &path, const QString &what)
{
    if (!known.contains(id))
        fail(path, QCoreApplication::translate("akkoord::Import", "it refers to %1 %2, which is not in the file").arg(what).arg(id));
}

} // namespace

Agreement agreementFromJson(const json &j) { return readAgreement(j, "/agreement"); }
Answer answerFromJson(const json &j) { return readAnswer(j, "/answer"); }
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

ojson toJson(const ExchangeData &exchange)
{
    const TrajectoryData &d = exchange.data;
    const TrajectoryInfo &i = d.info;
    ojson doc;
    doc["format"] = "akkoord-trajectory";
    doc["formatVersion"] = kExchangeFormatVersion;
    doc["trajectory"] = ojson{{"title", s(i.title)},
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
                              {"catalogVersion", s(i.catalogVersion)}};
    ojson partners = ojson::array();
    for (const Partner &p : d.partners)
        partners.push_back(ojson{{"id", p.id},
                                 {"organisation", s(p.organisation)},
                                 {"domain", s(domainKey(p.domain))},
                                 {"role", s(roleKey(p.role))},
                                 {"contact", ojson{{"name", s(p.contactName)}, {"email", s(p.contactEmail)}, {"phone", s(p.contactPhone)}}},
                                 {"signatory", ojson{{"name", s(p.signatory.name)},
                                                     {"function", s(p.signatory.function)},
                                                     {"underMandateReservation", p.signatory.underMandateReservation}}}});
    doc["partners"] = partners;
    ojson answers = ojson::array();
    for (const Answer &a : d.answers)
        answers.push_back(answerToJson(a));
    doc["answers"] = answers;
    ojson perspectives = ojson::array();
    for (const Perspective &p : d.perspectives)
        perspectives.push_back(perspectiveToJson(p));
    doc["perspectives"] = perspectives;
    ojson ratings = ojson::array();
    for (const Rating &r : d.ratings)
        ratings.push_back(ratingToJson(r));
    doc["ratings"] = ratings;
    ojson ambitions = ojson::array();
    for (const Ambition &a : d.ambitions)
        ambitions.push_back(ojson{{"id", a.id}, {"title", s(a.title)}, {"intendedResult", s(a.intendedResult)}});
    doc["ambitions"] = ambitions;
    ojson agreements = ojson::array();
    for (const Agreement &a : d.agreements)
        agreements.push_back(agreementToJson(a));
    doc["agreements"] = agreements;
    ojson accountability = ojson::array();
    for (const AccountabilityItem &a : d.accountability)
        accountability.push_back(ojson{{"id", a.id}, {"about", s(a.about)}, {"toWhom", s(a.toWhom)}, {"frequency", s(a.frequency)}, {"form", s(a.form)}});
    doc["accountability"] = accountability;
    ojson evaluations = ojson::array();
    for (const Evaluation &e : d.evaluations)
        evaluations.push_back(ojson{{"id", e.id}, {"date", optionalText(dateToText(e.date))}, {"description", s(e.description)}});
    doc["evaluations"] = evaluations;
    ojson sessions = ojson::array();
    for (const WorkshopSession &w : d.sessions)
        sessions.push_back(ojson{{"id", w.id},
                                 {"date", optionalText(dateToText(w.date))},
                                 {"place", s(w.place)},
                                 {"attendees", idArray(w.attendees)},
                                 {"notes", s(w.notes)}});
    doc["sessions"] = sessions;
    ojson assessments = ojson::array();
    for (const AssessmentRound &r : d.rounds) {
        ojson respondents = ojson::array();
        for (const Respondent &resp : d.respondents) {
            if (resp.round != r.id)
                continue;
            ojson scores = ojson::object();
            for (const AssessmentScore &sc : d.scores)
                if (sc.respondent == resp.id)
                    scores[s(sc.statementId)] = sc.score;
            ojson comments = ojson::object();
            for (const AssessmentComment &c : d.comments)
                if (c.respondent == resp.id)
                    comments[s(c.buildingBlock)] = s(c.text);
            respondents.push_back(ojson{{"id", resp.id},
                                        {"name", s(resp.name)},
                                        {"partner", resp.partner ? ojson(*resp.partner) : ojson(nullptr)},
                                        {"role", s(roleKey(resp.role))},
                                        {"scores", scores},
                                        {"comments", comments}});
        }
        assessments.push_back(ojson{{"id", r.id}, {"name", s(r.name)}, {"date", optionalText(dateToText(r.date))}, {"respondents", respondents}});
    }
    doc["assessments"] = assessments;
    ojson situation = ojson::array();
    for (const SituationRating &r : d.situation)
        situation.push_back(ojson{{"buildingBlock", s(r.buildingBlock)}, {"partner", r.partnerId}, {"now", r.now}, {"desired", r.desired}});
    doc["situation"] = situation;
    ojson dilemmas = ojson::array();
    for (const DilemmaEntry &e : d.dilemmas)
        dilemmas.push_back(ojson{{"id", e.id},
                                 {"catalogId", s(e.catalogId)},
                                 {"title", s(e.title)},
                                 {"description", s(e.description)},
                                 {"affects", idArray(e.affects)},
                                 {"affectsOthers", s(e.affectsOthers)},
                                 {"handling", s(e.handling)},
                                 {"agreements", idArray(e.agreements)},
                                 {"status", s(dilemmaStatusKey(e.status))}});
    doc["dilemmas"] = dilemmas;
    ojson hidden = ojson::array();
    for (const QString &q : d.hiddenRounds)
        hidden.push_back(s(q));
    doc["hiddenRounds"] = hidden;
    ojson history = ojson::array();
    for (const HistoryEntry &h : exchange.history)
        history.push_back(ojson{{"id", h.id},
                                {"at", s(timeToText(h.at))},
                                {"author", s(h.author)},
                                {"entity", s(h.entity)},
                                {"key", s(h.key)},
                                {"old", optionalText(h.oldValue)},
                                {"new", optionalText(h.newValue)}});
    doc["history"] = history;
    return doc;
}

QByteArray toJsonText(const ExchangeData &exchange)
{
    const std::string text = toJson(exchange).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return QByteArray::fromStdString(text);
}

ExchangeData fromJsonText(const QByteArray &text)
{
    if (text.size() > kMaxImportBytes)
        throw UserError(QCoreApplication::translate("akkoord::Import", "This file is too large to be an Akkoord export (more than 64 MB)."));
    // Refuse deep nesting before parsing, naming the byte where it happens
    // (the parser's own depth guard below stays as a second line).
    {
        int depth = 0;
        bool inString = false, escaped = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > kMaxJsonDepth)
                    throw UserError(QCoreApplication::translate("akkoord::Import", "This file is nested more than %1 levels deep (at byte %2): it is not an Akkoord export.")
                                        .arg(kMaxJsonDepth)
                                        .arg(i));
            } else if (c == ']' || c == '}') {
                --depth;
            }
        }
    }
    json doc;
    try {
        // The callback sees every nesting level while parsing, so a deeply
        // nested document is refused before it can exhaust the stack.
        doc = json::parse(text.cbegin(), text.cend(), [](int depth, json::parse_event_t, json &) {
            if (depth > kMaxJsonDepth)
                throw UserError(QCoreApplication::translate("akkoord::Import", "This file is nested too deeply to be an Akkoord export."));
            return true;
        });
    } catch (const json::parse_error &e) {
        throw UserError(QCoreApplication::translate("akkoord::Import", "This file is not valid JSON (at byte %1): it may be damaged or not an Akkoord export.")
                            .arg(qulonglong(e.byte)));    } catch (const json::out_of_range &e) {
        const std::string what = e.what();
        const auto quote = what.find('\'');
        throw UserError(QCoreApplication::translate("akkoord::Import", "This file holds a number too large to read (%1): it may be damaged or not an Akkoord export.")
                            .arg(QString::fromStdString(quote == std::string::npos ? what : what.substr(quote)).left(60)));
    } catch (const json::exception &e) {
        throw UserError(QCoreApplication::translate("akkoord::Import", "This file is not valid JSON: %1.").arg(QString::fromUtf8(e.what()).left(120)));
    }
    return fromJson(doc);
}

ExchangeData fromJson(const json &doc)
{
    const std::string root;
    object(doc, root, {"format", "formatVersion", "trajectory", "partners", "answers", "perspectives", "ratings", "ambitions",
                       "agreements", "accountability", "evaluations", "sessions", "assessments", "situation", "dilemmas", "hiddenRounds", "history"});
    if (str(doc, "format", root, true) != QLatin1String("akkoord-trajectory"))
        fail("/format", QCoreApplication::translate("akkoord::Import", "this is not an Akkoord trajectory export"));
    const std::int64_t version = integer(doc, "formatVersion", root);
    if (version > kExchangeFormatVersion)
        throw UserError(QCoreApplication::translate("akkoord::Import", "This export was made by a newer version of Akkoord (format %1); please update Akkoord to import it.").arg(version));
    if (version < 1)
        fail("/formatVersion", QCoreApplication::translate("akkoord::Import", "the format version must be 1 or higher"));

    ExchangeData out;
    TrajectoryData &d = out.data;
    if (const json *t = member(doc, "trajectory", root, false)) {
        const std::string p = "/trajectory";
        object(*t, p, {"title", "shortTitle", "issue", "municipality", "facilitator", "createdOn", "startDate", "durationYears",
                       "evaluationRhythm", "signingPlace", "signingDate", "catalogVersion"});
        TrajectoryInfo &i = d.info;
        i.title = str(*t, "title", p);
        i.shortTitle = str(*t, "shortTitle", p);
        i.issue = str(*t, "issue", p);
        i.municipality = str(*t, "municipality", p);
        i.facilitator = str(*t, "facilitator", p);
        i.createdOn = date(*t, "createdOn", p);
        i.startDate = date(*t, "startDate", p);
        i.durationYears = int(integer(*t, "durationYears", p, false, 4));
        if (i.durationYears < 0 || i.durationYears > 100)
            fail(p + "/durationYears", QCoreApplication::translate("akkoord::Import", "the duration must be between 0 and 100 years"));
        i.evaluationRhythm = str(*t, "evaluationRhythm", p);
        i.signingPlace = str(*t, "signingPlace", p);
        i.signingDate = date(*t, "signingDate", p);
        i.catalogVersion = str(*t, "catalogVersion", p);
    }
    each(doc, "partners", root, [&](const json &j, const std::string &p) {
        object(j, p, {"id", "organisation", "domain", "role", "contact", "signatory"});
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
            object(*sg, sp, {"name", "function", "underMandateReservation"});
            partner.signatory.name = str(*sg, "name", sp);
            partner.signatory.function = str(*sg, "function", sp);
            partner.signatory.underMandateReservation = boolean(*sg, "underMandateReservation", sp);
        }
        partner.position = int(d.partners.size());
        d.partners.append(partner);
    });
    requireUnique(d.partners, "partners", &Partner::id);
    QSet<std::int64_t> partnerIds;
    for (const Partner &p : d.partners)
        partnerIds.insert(p.id);

    QSet<QString> answered;
    each(doc, "answers", root, [&](const json &j, const std::string &p) {
        Answer a = readAnswer(j, p);
        if (answered.contains(a.questionId))
            fail(p + "/question", QCoreApplication::translate("akkoord::Import", "the question \"%1\" is answered twice").arg(a.questionId.left(80)));
        answered.insert(a.questionId);
        d.answers.append(a);
    });
    QSet<QString> pairs;
    auto partnerPair = [&](const json &j, const std::string &p, const char *what) {
        const QString q = str(j, "question", p, true);
        const std::int64_t partner = integer(j, "partner", p);
        requireKnown(partnerIds, partner, p + "/partner", QCoreApplication::translate("akkoord::Import", "partner"));
        const QString key = QLatin1String(what) + q + QLatin1Char('/') + QString::number(partner);
        if (pairs.contains(key))
            fail(p, QCoreApplication::translate("akkoord::Import", "this partner has two entries for the question \"%1\"").arg(q.left(80)));
        pairs.insert(key);
        return std::pair{q, partner};
    };
    each(doc, "perspectives", root, [&](const json &j, const std::string &p) {
        object(j, p, {"question", "partner", "text", "updatedAt"});
        Perspective v;
        std::tie(v.questionId, v.partnerId) = partnerPair(j, p, "p");
        v.text = str(j, "text", p);
        v.updatedAt = timestamp(j, "updatedAt", p);
        d.perspectives.append(v);
    });
    each(doc, "ratings", root, [&](const json &j, const std::string &p) {
        object(j, p, {"question", "partner", "score", "reason"});
        Rating r;
        std::tie(r.questionId, r.partnerId) = partnerPair(j, p, "r");
        r.score = int(integer(j, "score", p));
        if (r.score < 1 || r.score > 5)
            fail(p + "/score", QCoreApplication::translate("akkoord::Import", "a rating must be between 1 and 5"));
        r.reason = str(j, "reason", p);
        d.ratings.append(r);
    });
    each(doc, "ambitions", root, [&](const json &j, const std::string &p) {
        object(j, p, {"id", "title", "intendedResult"});
        Ambition a;
        a.id = integer(j, "id", p);
        a.title = str(j, "title", p);
        a.intendedResult = str(j, "intendedResult", p);
        a.position = int(d.ambitions.size());
        d.ambitions.append(a);
    });
    requireUnique(d.ambitions, "ambitions", &Ambition::id);
    QSet<std::int64_t> ambitionIds;
    for (const Ambition &a : d.ambitions)
        ambitionIds.insert(a.id);
    each(doc, "agreements", root, [&](const json &j, const std::string &p) {
        Agreement a = readAgreement(j, p);
        if (a.owner)
            requireKnown(partnerIds, *a.owner, p + "/owner", QCoreApplication::translate("akkoord::Import", "partner"));
        for (qsizetype i = 0; i < a.contributors.size(); ++i)
            requireKnown(partnerIds, a.contributors[i], at(p + "/contributors", std::size_t(i)), QCoreApplication::translate("akkoord::Import", "partner"));
        for (qsizetype i = 0; i < a.ambitions.size(); ++i)
            requireKnown(ambitionIds, a.ambitions[i], at(p + "/ambitions", std::size_t(i)), QCoreApplication::translate("akkoord::Import", "ambition"));
        if (QSet<std::int64_t>(a.contributors.cbegin(), a.contributors.cend()).size() != a.contributors.size())
            fail(p + "/contributors", QCoreApplication::translate("akkoord::Import", "a partner is listed twice"));
        if (QSet<std::int64_t>(a.ambitions.cbegin(), a.ambitions.cend()).size() != a.ambitions.size())
            fail(p + "/ambitions", QCoreApplication::translate("akkoord::Import", "an ambition is listed twice"));
        a.position = int(d.agreements.size());
        d.agreements.append(a);
    });
    requireUnique(d.agreements, "agreements", &Agreement::id);
    each(doc, "accountability", root, [&](const json &j, const std::string &p) {
        object(j, p, {"id", "about", "toWhom", "frequency", "form"});
        AccountabilityItem a;
        a.id = integer(j, "id", p);
        a.about = str(j, "about", p);
        a.toWhom = str(j, "toWhom", p);
        a.frequency = str(j, "frequency", p);
        a.form = str(j, "form", p);
        a.position = int(d.accountability.size());
        d.accountability.append(a);
    });
    requireUnique(d.accountability, "accountability", &AccountabilityItem::id);
    each(doc, "evaluations", root, [&](const json &j, const std::string &p) {
        object(j, p, {"id", "date", "description"});
        Evaluation e;
        e.id = integer(j, "id", p);
        e.date = date(j, "date", p);
        e.description = str(j, "description", p);
        d.evaluations.append(e);
    });
    requireUnique(d.evaluations, "evaluations", &Evaluation::id);
    each(doc, "sessions", root, [&](const json &j, const std::string &p) {
        object(j, p, {"id", "date", "place", "attendees", "notes"});
        WorkshopSession w;
        w.id = integer(j, "id", p);
        w.date = date(j, "date", p);
        w.place = str(j, "place", p);
        w.attendees = ids(j, "attendees", p);
        for (qsizetype i = 0; i < w.attendees.size(); ++i)
            requireKnown(partnerIds, w.attendees[i], at(p + "/attendees", std::size_t(i)), QCoreApplication::translate("akkoord::Import", "partner"));
        if (QSet<std::int64_t>(w.attendees.cbegin(), w.attendees.cend()).size() != w.attendees.size())
            fail(p + "/attendees", QCoreApplication::translate("akkoord::Import", "a partner is listed twice"));
        w.notes = str(j, "notes", p);
        d.sessions.append(w);
    });
    requireUnique(d.sessions, "sessions", &WorkshopSession::id);
    QSet<std::int64_t> respondentIds;
    each(doc, "assessments", root, [&](const json &j, const std::string &p) {
        object(j, p, {"id", "name", "date", "respondents"});
        AssessmentRound r;
        r.id = integer(j, "id", p);
        r.name = str(j, "name", p);
        r.date = date(j, "date", p);
        d.rounds.append(r);
        each(j, "respondents", p, [&](const json &rj, const std::string &rp) {
            object(rj, rp, {"id", "name", "partner", "role", "scores", "comments"});
            Respondent resp;
            resp.id = integer(rj, "id", rp);
            if (resp.id <= 0 || respondentIds.contains(resp.id))
                fail(rp + "/id", QCoreApplication::translate("akkoord::Import", "the id %1 is used twice").arg(resp.id));
            respondentIds.insert(resp.id);
            resp.round = r.id;
            resp.name = str(rj, "name", rp);
            if (const json *pj = member(rj, "partner", rp, false); pj && !pj->is_null()) {
                resp.partner = integer(rj, "partner", rp);
                requireKnown(partnerIds, *resp.partner, rp + "/partner", QCoreApplication::translate("akkoord::Import", "partner"));
            }
            resp.role = enumValue(rj, "role", rp, &roleFromKey, PartnerRole::Core);
            resp.position = int(d.respondents.size());
            d.respondents.append(resp);
            if (const json *sj = member(rj, "scores", rp, false)) {
                if (!sj->is_object())
                    fail(rp + "/scores", QCoreApplication::translate("akkoord::Import", "an object {…} was expected"));
                for (auto it = sj->begin(); it != sj->end(); ++it) {
                    const std::string sp = rp + "/scores/" + it.key();
                    if (!it->is_number_integer() || it->get<std::int64_t>() < kDontKnow || it->get<std::int64_t>() > 5)
                        fail(sp, QCoreApplication::translate("akkoord::Import", "a rating must be 0 (don't know) or between 1 and 5"));
                    d.scores.append(AssessmentScore{resp.id, QString::fromStdString(it.key()), int(it->get<std::int64_t>())});
                }
            }
            if (const json *cj = member(rj, "comments", rp, false)) {
                if (!cj->is_object())
                    fail(rp + "/comments", QCoreApplication::translate("akkoord::Import", "an object {…} was expected"));
                for (auto it = cj->begin(); it != cj->end(); ++it) {
                    if (!it->is_string())
                        fail(rp + "/comments/" + it.key(), QCoreApplication::translate("akkoord::Import", "text was expected"));
                    d.comments.append(AssessmentComment{resp.id, QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>())});
                }
            }
        });
    });
    requireUnique(d.rounds, "assessments", &AssessmentRound::id);
    QSet<QString> situationPairs;
    each(doc, "situation", root, [&](const json &j, const std::string &p) {
        object(j, p, {"buildingBlock", "partner", "now", "desired"});
        SituationRating r;
        r.buildingBlock = str(j, "buildingBlock", p, true);
        r.partnerId = integer(j, "partner", p);
        requireKnown(partnerIds, r.partnerId, p + "/partner", QCoreApplication::translate("akkoord::Import", "partner"));
        for (auto [key, field] : {std::pair{"now", &SituationRating::now}, std::pair{"desired", &SituationRating::desired}}) {
            const std::int64_t v = integer(j, key, p, false);
            if (v < 0 || v > 5)
                fail(at(p, key), QCoreApplication::translate("akkoord::Import", "a rating must be 0 (not given) or between 1 and 5"));
            r.*field = int(v);
        }
        const QString key = r.buildingBlock + QLatin1Char('/') + QString::number(r.partnerId);
        if (situationPairs.contains(key))
            fail(p, QCoreApplication::translate("akkoord::Import", "this partner has two entries for the building block \"%1\"").arg(r.buildingBlock.left(80)));
        situationPairs.insert(key);
        if (r.now != 0 || r.desired != 0)
            d.situation.append(r);
    });
    QSet<std::int64_t> agreementIds;
    for (const Agreement &a : d.agreements)
        agreementIds.insert(a.id);
    each(doc, "dilemmas", root, [&](const json &j, const std::string &p) {
        object(j, p, {"id", "catalogId", "title", "description", "affects", "affectsOthers", "handling", "agreements", "status"});
        DilemmaEntry e;
        e.id = integer(j, "id", p);
        e.catalogId = str(j, "catalogId", p);
        e.title = str(j, "title", p);
        e.description = str(j, "description", p);
        e.affects = ids(j, "affects", p);
        for (qsizetype i = 0; i < e.affects.size(); ++i)
            requireKnown(partnerIds, e.affects[i], at(p + "/affects", std::size_t(i)), QCoreApplication::translate("akkoord::Import", "partner"));
        if (QSet<std::int64_t>(e.affects.cbegin(), e.affects.cend()).size() != e.affects.size())
            fail(p + "/affects", QCoreApplication::translate("akkoord::Import", "a partner is listed twice"));
        e.affectsOthers = str(j, "affectsOthers", p);
        e.handling = str(j, "handling", p);
        e.agreements = ids(j, "agreements", p);
        for (qsizetype i = 0; i < e.agreements.size(); ++i)
            requireKnown(agreementIds, e.agreements[i], at(p + "/agreements", std::size_t(i)), QCoreApplication::translate("akkoord::Import", "agreement"));
        if (QSet<std::int64_t>(e.agreements.cbegin(), e.agreements.cend()).size() != e.agreements.size())
            fail(p + "/agreements", QCoreApplication::translate("akkoord::Import", "an agreement is listed twice"));
        e.status = enumValue(j, "status", p, &dilemmaStatusFromKey, DilemmaStatus::Open);
        e.position = int(d.dilemmas.size());
        d.dilemmas.append(e);
    });
    requireUnique(d.dilemmas, "dilemmas", &DilemmaEntry::id);
    each(doc, "hiddenRounds", root, [&](const json &j, const std::string &p) {
        if (!j.is_string() || j.get_ref<const std::string &>().empty())
            fail(p, QCoreApplication::translate("akkoord::Import", "a question id was expected"));
        const QString q = QString::fromStdString(j.get<std::string>());
        if (!d.hiddenRounds.contains(q))
            d.hiddenRounds.append(q);
    });
    each(doc, "history", root, [&](const json &j, const std::string &p) {
        object(j, p, {"id", "at", "author", "entity", "key", "old", "new"});
        HistoryEntry h;
        h.id = integer(j, "id", p);
        h.at = timestamp(j, "at", p);
        h.author = str(j, "author", p);
        h.entity = str(j, "entity", p, true);
        h.key = str(j, "key", p, true);
        h.oldValue = str(j, "old", p);
        h.newValue = str(j, "new", p);
        out.history.append(h);
    });
    requireUnique(out.history, "history", &HistoryEntry::id);
    return out;
}

} // namespace akkoord
