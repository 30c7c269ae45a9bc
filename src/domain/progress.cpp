#include "domain/progress.h"

#include <algorithm>

namespace akkoord {

bool isAnswered(const Question &q, const TrajectoryData &data)
{
    const Answer *a = data.answer(q.id);
    switch (q.kind) {
    case AnswerKind::Text:
    case AnswerKind::List:
    case AnswerKind::Gaps:
        return a && !a->text.trimmed().isEmpty();
    case AnswerKind::PartnerChecklist:
    case AnswerKind::DomainChecklist:
        return a && (!a->choices.isEmpty() || !a->text.trimmed().isEmpty());
    case AnswerKind::PartnerRating:
    case AnswerKind::Situation:
        return !data.partners.isEmpty() && partnersWithoutInput(q, data).isEmpty();
    case AnswerKind::Ambitions:
        return !data.ambitions.isEmpty();
    case AnswerKind::Agreements:
        return !data.agreements.isEmpty();
    case AnswerKind::Accountability:
        return !data.accountability.isEmpty();
    case AnswerKind::Dilemmas:
        return !data.dilemmas.isEmpty();
    }
    return false;
}

Progress phaseProgress(const Phase &phase, const TrajectoryData &data)
{
    Progress p;
    p.total = int(phase.questions.size());
    p.answered = int(std::count_if(phase.questions.cbegin(), phase.questions.cend(),
                                   [&](const Question &q) { return isAnswered(q, data); }));
    return p;
}

Progress totalProgress(const Catalog &catalog, const TrajectoryData &data)
{
    Progress total;
    for (const Phase &phase : catalog.phases) {
        const Progress p = phaseProgress(phase, data);
        total.answered += p.answered;
        total.total += p.total;
    }
    return total;
}

QList<PartnerId> partnersWithoutInput(const Question &q, const TrajectoryData &data)
{
    QList<PartnerId> missing;
    for (const Partner &partner : data.partners) {
        bool given = false;
        if (q.kind == AnswerKind::PartnerRating) {
            given = std::any_of(data.ratings.cbegin(), data.ratings.cend(), [&](const Rating &r) {
                return r.questionId == q.id && r.partnerId == partner.id && r.score >= 1;
            });
        } else if (q.kind == AnswerKind::Situation) {
            given = std::any_of(data.situation.cbegin(), data.situation.cend(), [&](const SituationRating &r) {
                return r.partnerId == partner.id && r.now >= 1 && r.desired >= 1;
            });
        } else {
            given = std::any_of(data.perspectives.cbegin(), data.perspectives.cend(), [&](const Perspective &p) {
                return p.questionId == q.id && p.partnerId == partner.id && !p.text.trimmed().isEmpty();
            });
        }
        if (!given)
            missing.append(partner.id);
    }
    return missing;
}

QList<Answer> orphanedAnswers(const Catalog &catalog, const TrajectoryData &data)
{
    QList<Answer> out;
    for (const Answer &a : data.answers)
        if (!catalog.question(a.questionId))
            out.append(a);
    return out;
}

} // namespace akkoord
