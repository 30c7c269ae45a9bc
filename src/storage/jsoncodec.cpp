// The exchange format as a whole document: export, and import with its
// limits and the checks that span records. Single records: jsonrecords.cpp.

#include "storage/jsonrecords.h"

#include "domain/error.h"

#include <QSet>

#include <string>

namespace akkoord {

using namespace detail;

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

namespace {

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

template<typename T, typename F>
ojson jsonList(const QList<T> &items, F &&toJson)
{
    ojson a = ojson::array();
    for (const T &item : items)
        a.push_back(toJson(item));
    return a;
}

ojson toJson(const ExchangeData &exchange)
{
    const TrajectoryData &d = exchange.data;
    ojson doc;
    doc["format"] = "akkoord-trajectory";
    doc["formatVersion"] = kExchangeFormatVersion;
    doc["trajectory"] = infoToJson(d.info);
    doc["partners"] = jsonList(d.partners, partnerToJson);
    doc["answers"] = jsonList(d.answers, answerToJson);
    doc["perspectives"] = jsonList(d.perspectives, perspectiveToJson);
    doc["ratings"] = jsonList(d.ratings, ratingToJson);
    doc["ambitions"] = jsonList(d.ambitions, ambitionToJson);
    doc["agreements"] = jsonList(d.agreements, agreementToJson);
    doc["accountability"] = jsonList(d.accountability, accountabilityToJson);
    doc["evaluations"] = jsonList(d.evaluations, evaluationToJson);
    doc["sessions"] = jsonList(d.sessions, sessionToJson);
    // Respondents, their scores and comments nest in their round.
    doc["assessments"] = jsonList(d.rounds, [&](const AssessmentRound &r) {
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
        return ojson{{"id", r.id}, {"name", s(r.name)}, {"date", optionalText(dateToText(r.date))}, {"respondents", respondents}};
    });
    doc["situation"] = jsonList(d.situation, situationToJson);
    doc["dilemmas"] = jsonList(d.dilemmas, dilemmaToJson);
    doc["hiddenRounds"] = stringArray(d.hiddenRounds);
    doc["covenantTexts"] = jsonList(d.covenantTexts, [](const CovenantText &t) {
        return ojson{{"key", s(t.key)}, {"text", s(t.text)}, {"enabled", t.enabled}};
    });
    doc["history"] = jsonList(exchange.history, historyToJson);
    return doc;
}

// The whole document. Records that refer to others are read here, where
// the ids they refer to are known.
ExchangeData fromJson(const json &doc)
{
    const std::string root;
    object(doc, root, {"format", "formatVersion", "trajectory", "partners", "answers", "perspectives", "ratings", "ambitions",
                       "agreements", "accountability", "evaluations", "sessions", "assessments", "situation", "dilemmas", "hiddenRounds", "covenantTexts", "history"});
    if (str(doc, "format", root, true) != QLatin1String("akkoord-trajectory"))
        fail("/format", QCoreApplication::translate("akkoord::Import", "this is not an Akkoord trajectory export"));
    const std::int64_t version = integer(doc, "formatVersion", root);
    if (version > kExchangeFormatVersion)
        throw UserError(QCoreApplication::translate("akkoord::Import", "This export was made by a newer version of Akkoord (format %1); please update Akkoord to import it.").arg(version));
    if (version < 1)
        fail("/formatVersion", QCoreApplication::translate("akkoord::Import", "the format version must be 1 or higher"));

    ExchangeData out;
    TrajectoryData &d = out.data;
    if (const json *t = member(doc, "trajectory", root, false))
        d.info = infoFromJson(*t, "/trajectory");
    each(doc, "partners", root, [&](const json &j, const std::string &p) {
        Partner partner = partnerFromJson(j, p);
        partner.position = int(d.partners.size());
        d.partners.append(partner);
    });
    requireUnique(d.partners, "partners", &Partner::id);
    QSet<std::int64_t> partnerIds;
    for (const Partner &p : d.partners)
        partnerIds.insert(p.id);

    QSet<QString> answered;
    each(doc, "answers", root, [&](const json &j, const std::string &p) {
        Answer a = answerFromJson(j, p);
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
        Ambition a = ambitionFromJson(j, p);
        a.position = int(d.ambitions.size());
        d.ambitions.append(a);
    });
    requireUnique(d.ambitions, "ambitions", &Ambition::id);
    QSet<std::int64_t> ambitionIds;
    for (const Ambition &a : d.ambitions)
        ambitionIds.insert(a.id);
    each(doc, "agreements", root, [&](const json &j, const std::string &p) {
        Agreement a = agreementFromJson(j, p);
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
        AccountabilityItem a = accountabilityFromJson(j, p);
        a.position = int(d.accountability.size());
        d.accountability.append(a);
    });
    requireUnique(d.accountability, "accountability", &AccountabilityItem::id);
    each(doc, "evaluations", root, [&](const json &j, const std::string &p) { d.evaluations.append(evaluationFromJson(j, p)); });
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
    QSet<QString> textKeys;
    each(doc, "covenantTexts", root, [&](const json &j, const std::string &p) {
        object(j, p, {"key", "text", "enabled"});
        CovenantText t{str(j, "key", p, true), str(j, "text", p), true};
        if (const json *e = member(j, "enabled", p, false); e && !e->is_null())
            t.enabled = boolean(j, "enabled", p);
        if (!t.key.startsWith(QLatin1String("article.")) && !t.key.startsWith(QLatin1String("clause.")))
            fail(p + "/key", QCoreApplication::translate("akkoord::Import", "a covenant text's key starts with \"article.\" or \"clause.\""));
        if (textKeys.contains(t.key))
            fail(p + "/key", QCoreApplication::translate("akkoord::Import", "the key %1 is used twice").arg(t.key));
        textKeys.insert(t.key);
        if (!t.text.isEmpty() || !t.enabled)
            d.covenantTexts.append(t);
    });
    std::sort(d.covenantTexts.begin(), d.covenantTexts.end(), [](const CovenantText &a, const CovenantText &b) { return a.key < b.key; });
    each(doc, "history", root, [&](const json &j, const std::string &p) { out.history.append(historyFromJson(j, p)); });
    requireUnique(out.history, "history", &HistoryEntry::id);
    return out;
}

} // namespace

QByteArray toJsonText(const ExchangeData &exchange)
{
    const std::string text = toJson(exchange).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return QByteArray::fromStdString(text);
}

ExchangeData fromJsonText(const QByteArray &text)
{
    if (text.size() > kMaxImportBytes)
        throw UserError(QCoreApplication::translate("akkoord::Import", "This file is too large to be an Akkoord export (more than 64 MB)."));
    // Refuse deep nesting before parsing, naming the byte where it happens.
    // This linear scan is the depth guard: nlohmann's callback parser could
    // check depth too, but its end_object walks the parent each time, which
    // made importing 100,000 agreements quadratic (14 s; 50,000: 3.8 s).
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
        doc = json::parse(text.cbegin(), text.cend());
    } catch (const json::parse_error &e) {
        throw UserError(QCoreApplication::translate("akkoord::Import", "This file is not valid JSON (at byte %1): it may be damaged or not an Akkoord export.")
                            .arg(qulonglong(e.byte)));
    } catch (const json::out_of_range &e) {
        const std::string what = e.what();
        const auto quote = what.find('\'');
        throw UserError(QCoreApplication::translate("akkoord::Import", "This file holds a number too large to read (%1): it may be damaged or not an Akkoord export.")
                            .arg(QString::fromStdString(quote == std::string::npos ? what : what.substr(quote)).left(60)));
    } catch (const json::exception &e) {
        throw UserError(QCoreApplication::translate("akkoord::Import", "This file is not valid JSON: %1.").arg(QString::fromUtf8(e.what()).left(120)));
    }
    return fromJson(doc);
}

} // namespace akkoord
