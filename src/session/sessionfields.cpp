// TrajectorySession: the verbs that change a field in place: the
// trajectory's details, answers, perspectives, ratings, now versus desired,
// hidden rounds, and the self-assessment's scores and explanations. Each
// saves the affected record as the data holds it at the time of saving.

#include "session/session.h"

#include "storage/trajectoryfile.h"

#include <algorithm>
#include <utility>

namespace akkoord {

namespace {

QString keyOf(const QString &kind, const QString &a, RecordId b) { return kind + QLatin1Char(':') + a + QLatin1Char('/') + QString::number(b); }

// Records without an id of their own (answers, perspectives, ratings,
// scores, ...) are kept in the order the file reads them, by their key, so
// memory matches the file and an undo puts a record back where it was.
auto sortKey(const Answer &a) { return a.questionId; }
auto sortKey(const Perspective &p) { return std::make_pair(p.questionId, p.partnerId); }
auto sortKey(const Rating &r) { return std::make_pair(r.questionId, r.partnerId); }
auto sortKey(const SituationRating &r) { return std::make_pair(r.buildingBlock, r.partnerId); }
auto sortKey(const AssessmentScore &s) { return std::make_pair(s.respondent, s.statementId); }
auto sortKey(const AssessmentComment &c) { return std::make_pair(c.respondent, c.buildingBlock); }
auto sortKey(const CovenantText &t) { return t.key; }

// The record with RECORD's key, added in its place when there is none.
template<typename T>
T &placed(QList<T> &list, const T &record)
{
    const auto key = sortKey(record);
    qsizetype at = 0;
    for (; at < list.size(); ++at) {
        const auto k = sortKey(list[at]);
        if (k == key)
            return list[at];
        if (key < k)
            break;
    }
    list.insert(at, record);
    return list[at];
}

// Sets the record with RECORD's key to RECORD, or removes it (KEEP false).
template<typename T>
void put(QList<T> &list, const T &record, bool keep)
{
    if (keep)
        placed(list, record) = record;
    else
        list.removeIf([&](const T &x) { return sortKey(x) == sortKey(record); });
}

Answer &answerIn(TrajectoryData &d, const QString &questionId) { return placed(d.answers, Answer{.questionId = questionId}); }

Answer currentAnswer(const TrajectoryData &d, const QString &questionId)
{
    const Answer *a = d.answer(questionId);
    return a ? *a : Answer{.questionId = questionId};
}

void saveAnswerOf(TrajectoryFile &f, const TrajectoryData &d, const QString &questionId) { f.saveAnswer(currentAnswer(d, questionId)); }

bool hasRespondent(const TrajectoryData &d, RecordId id)
{
    return std::any_of(d.respondents.cbegin(), d.respondents.cend(), [&](const Respondent &r) { return r.id == id; });
}

} // namespace

void TrajectorySession::setInfo(const TrajectoryInfo &info, const QString &description)
{
    const TrajectoryInfo old = m_data.info;
    if (old == info)
        return;
    pushEdit(description, [info](TrajectoryData &d) { d.info = info; }, [old](TrajectoryData &d) { d.info = old; },
             [](TrajectoryFile &f, const TrajectoryData &d) { f.setInfo(d.info); }, QStringLiteral("info:") + description);
}

void TrajectorySession::setAnswerText(const QString &questionId, const QString &text)
{
    const Answer old = currentAnswer(m_data, questionId);
    if (old.text == text)
        return;
    pushEdit(tr("Edit answer"), [=](TrajectoryData &d) { answerIn(d, questionId).text = text; },
             [=](TrajectoryData &d) { answerIn(d, questionId).text = old.text; },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveAnswerOf(f, d, questionId); }, QStringLiteral("answer:") + questionId);
}

void TrajectorySession::setAnswerStatus(const QString &questionId, AnswerStatus status)
{
    const Answer old = currentAnswer(m_data, questionId);
    if (old.status == status)
        return;
    pushEdit(tr("Change status"), [=](TrajectoryData &d) { answerIn(d, questionId).status = status; },
             [=](TrajectoryData &d) { answerIn(d, questionId).status = old.status; },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveAnswerOf(f, d, questionId); });
}

void TrajectorySession::setAnswerChoices(const QString &questionId, const QStringList &choices)
{
    const Answer old = currentAnswer(m_data, questionId);
    if (old.choices == choices)
        return;
    pushEdit(tr("Change selection"), [=](TrajectoryData &d) { answerIn(d, questionId).choices = choices; },
             [=](TrajectoryData &d) { answerIn(d, questionId).choices = old.choices; },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveAnswerOf(f, d, questionId); });
}

void TrajectorySession::restoreAnswer(const Answer &earlier)
{
    const Answer old = currentAnswer(m_data, earlier.questionId);
    const QString q = earlier.questionId;
    auto set = [q](const Answer &from) {
        return [q, from](TrajectoryData &d) {
            Answer &a = answerIn(d, q);
            a.text = from.text;
            a.choices = from.choices;
            a.status = from.status;
        };
    };
    pushEdit(tr("Restore earlier version"), set(earlier), set(old), [=](TrajectoryFile &f, const TrajectoryData &d) { saveAnswerOf(f, d, q); });
}

namespace {
QString perspectiveOf(const TrajectoryData &d, const QString &q, PartnerId p)
{
    for (const Perspective &v : d.perspectives)
        if (v.questionId == q && v.partnerId == p)
            return v.text;
    return {};
}

void setPerspectiveIn(TrajectoryData &d, const QString &q, PartnerId p, const QString &text) { placed(d.perspectives, Perspective{q, p, {}, {}}).text = text; }
} // namespace

void TrajectorySession::setPerspective(const QString &questionId, PartnerId partner, const QString &text)
{
    const QString old = perspectiveOf(m_data, questionId, partner);
    if (old == text)
        return;
    pushEdit(tr("Edit input"), [=](TrajectoryData &d) { setPerspectiveIn(d, questionId, partner, text); },
             [=](TrajectoryData &d) { setPerspectiveIn(d, questionId, partner, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) {
                 if (d.partner(partner))
                     f.savePerspective(Perspective{questionId, partner, perspectiveOf(d, questionId, partner), {}});
             },
             keyOf(QStringLiteral("perspective"), questionId, partner));
}

namespace {
std::optional<Rating> ratingOf(const TrajectoryData &d, const QString &q, PartnerId p)
{
    for (const Rating &r : d.ratings)
        if (r.questionId == q && r.partnerId == p)
            return r;
    return std::nullopt;
}

void setRatingIn(TrajectoryData &d, const QString &q, PartnerId p, const std::optional<Rating> &r)
{
    put(d.ratings, r.value_or(Rating{q, p, 0, {}}), r.has_value());
}

void saveRatingOf(TrajectoryFile &f, const TrajectoryData &d, const QString &q, PartnerId p)
{
    if (!d.partner(p))
        return;
    if (const auto r = ratingOf(d, q, p))
        f.saveRating(*r);
    else
        f.removeRating(q, p);
}
} // namespace

void TrajectorySession::setRating(const QString &questionId, PartnerId partner, int score, const QString &reason)
{
    const auto old = ratingOf(m_data, questionId, partner);
    const Rating now{questionId, partner, std::clamp(score, 1, 5), reason};
    if (old && *old == now)
        return;
    pushEdit(tr("Change score"), [=](TrajectoryData &d) { setRatingIn(d, questionId, partner, now); },
             [=](TrajectoryData &d) { setRatingIn(d, questionId, partner, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveRatingOf(f, d, questionId, partner); }, keyOf(QStringLiteral("rating"), questionId, partner));
}

void TrajectorySession::clearRating(const QString &questionId, PartnerId partner)
{
    const auto old = ratingOf(m_data, questionId, partner);
    if (!old)
        return;
    pushEdit(tr("Clear score"), [=](TrajectoryData &d) { setRatingIn(d, questionId, partner, std::nullopt); },
             [=](TrajectoryData &d) { setRatingIn(d, questionId, partner, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveRatingOf(f, d, questionId, partner); });
}

namespace {
void setSituationIn(TrajectoryData &d, const SituationRating &r) { put(d.situation, r, r.now != 0 || r.desired != 0); }
} // namespace

void TrajectorySession::setSituation(const QString &buildingBlock, PartnerId partner, int now, int desired)
{
    const SituationRating *current = m_data.situationOf(buildingBlock, partner);
    const SituationRating old = current ? *current : SituationRating{buildingBlock, partner, 0, 0};
    const SituationRating next{buildingBlock, partner, std::clamp(now, 0, 5), std::clamp(desired, 0, 5)};
    if (old == next)
        return;
    pushEdit(tr("Change now and desired"), [next](TrajectoryData &d) { setSituationIn(d, next); }, [old](TrajectoryData &d) { setSituationIn(d, old); },
             [buildingBlock, partner](TrajectoryFile &f, const TrajectoryData &d) {
                 if (!d.partner(partner))
                     return;
                 const SituationRating *r = d.situationOf(buildingBlock, partner);
                 f.setSituation(r ? *r : SituationRating{buildingBlock, partner, 0, 0});
             });
}

namespace {
void setCovenantTextIn(TrajectoryData &d, const CovenantText &t) { put(d.covenantTexts, t, !t.text.isEmpty() || !t.enabled); }
} // namespace

void TrajectorySession::setCovenantText(const QString &key, const QString &text, bool enabled)
{
    const CovenantText *current = m_data.covenantText(key);
    const CovenantText old = current ? *current : CovenantText{key, {}, true};
    const CovenantText next{key, text, enabled};
    if (old == next)
        return;
    QString what = tr("Edit covenant text");
    if (old.enabled != next.enabled)
        what = enabled ? tr("Include article") : tr("Leave out article");
    else if (next.text.isEmpty())
        what = tr("Restore standard text");
    // Typing in one text merges into one step; switching never does.
    pushEdit(what, [next](TrajectoryData &d) { setCovenantTextIn(d, next); }, [old](TrajectoryData &d) { setCovenantTextIn(d, old); },
             [key](TrajectoryFile &f, const TrajectoryData &d) {
                 const CovenantText *t = d.covenantText(key);
                 f.setCovenantText(t ? *t : CovenantText{key, {}, true});
             },
             old.enabled == next.enabled && !next.text.isEmpty() ? QStringLiteral("covenant:") + key : QString());
}

void TrajectorySession::applyCovenantTemplate(const QList<CovenantText> &texts)
{
    const auto isArticle = [](const CovenantText &t) { return t.key.startsWith(QLatin1String("article.")); };
    QList<CovenantText> before;
    for (const CovenantText &t : m_data.covenantTexts)
        if (isArticle(t))
            before.append(t);
    QList<CovenantText> after;
    for (const CovenantText &t : texts)
        if (isArticle(t) && (!t.text.isEmpty() || !t.enabled))
            after.append(t);
    std::sort(after.begin(), after.end(), [](const CovenantText &a, const CovenantText &b) { return a.key < b.key; });
    if (before == after)
        return;
    QStringList keys;
    for (const QList<CovenantText> *list : {&before, &after})
        for (const CovenantText &t : *list)
            if (!keys.contains(t.key))
                keys.append(t.key);
    const auto replaceWith = [isArticle](const QList<CovenantText> &articles) {
        return [isArticle, articles](TrajectoryData &d) {
            d.covenantTexts.removeIf(isArticle);
            for (const CovenantText &t : articles)
                setCovenantTextIn(d, t);
        };
    };
    pushEdit(tr("Apply house template"), replaceWith(after), replaceWith(before), [keys](TrajectoryFile &f, const TrajectoryData &d) {
        for (const QString &key : keys) {
            const CovenantText *t = d.covenantText(key);
            f.setCovenantText(t ? *t : CovenantText{key, {}, true});
        }
    });
}

void TrajectorySession::setRoundHidden(const QString &questionId, bool hidden)
{
    if (m_data.isHidden(questionId) == hidden)
        return;
    auto set = [questionId](bool value) {
        return [questionId, value](TrajectoryData &d) {
            d.hiddenRounds.removeAll(questionId);
            if (value)
                d.hiddenRounds.append(questionId);
        };
    };
    pushEdit(hidden ? tr("Start hidden round") : tr("Reveal scores"), set(hidden), set(!hidden),
             [questionId](TrajectoryFile &f, const TrajectoryData &d) { f.setRoundHidden(questionId, d.isHidden(questionId)); });
}

namespace {
std::optional<int> scoreOf(const TrajectoryData &d, RecordId respondent, const QString &statement)
{
    for (const AssessmentScore &s : d.scores)
        if (s.respondent == respondent && s.statementId == statement)
            return s.score;
    return std::nullopt;
}

void setScoreIn(TrajectoryData &d, RecordId respondent, const QString &statement, std::optional<int> score)
{
    put(d.scores, AssessmentScore{respondent, statement, score.value_or(kDontKnow)}, score.has_value());
}

QString commentOf(const TrajectoryData &d, RecordId respondent, const QString &buildingBlock)
{
    for (const AssessmentComment &c : d.comments)
        if (c.respondent == respondent && c.buildingBlock == buildingBlock)
            return c.text;
    return {};
}

void setCommentIn(TrajectoryData &d, RecordId respondent, const QString &buildingBlock, const QString &text)
{
    put(d.comments, AssessmentComment{respondent, buildingBlock, text}, true);
}
} // namespace

void TrajectorySession::setScore(RecordId respondent, const QString &statementId, std::optional<int> score)
{
    const std::optional<int> old = scoreOf(m_data, respondent, statementId);
    if (old == score)
        return;
    pushEdit(tr("Enter score"), [=](TrajectoryData &d) { setScoreIn(d, respondent, statementId, score); },
             [=](TrajectoryData &d) { setScoreIn(d, respondent, statementId, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) {
                 if (!hasRespondent(d, respondent))
                     return;
                 if (const auto now = scoreOf(d, respondent, statementId))
                     f.setScore(AssessmentScore{respondent, statementId, *now});
                 else
                     f.clearScore(respondent, statementId);
             });
}

void TrajectorySession::setComment(RecordId respondent, const QString &buildingBlock, const QString &text)
{
    const QString old = commentOf(m_data, respondent, buildingBlock);
    if (old == text)
        return;
    pushEdit(tr("Enter explanation"), [=](TrajectoryData &d) { setCommentIn(d, respondent, buildingBlock, text); },
             [=](TrajectoryData &d) { setCommentIn(d, respondent, buildingBlock, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) {
                 if (hasRespondent(d, respondent))
                     f.setComment(AssessmentComment{respondent, buildingBlock, commentOf(d, respondent, buildingBlock)});
             },
             keyOf(QStringLiteral("comment"), buildingBlock, respondent));
}

} // namespace akkoord
