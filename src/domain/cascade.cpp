#include "domain/cascade.h"

#include <QSet>

#include <algorithm>
#include <type_traits>

namespace akkoord {

namespace {

template<typename T>
using List = QList<T> TrajectoryData::*;

// The number forEachRecordList gives a list.
template<typename T>
int listIndex(List<T> list)
{
    int found = -1;
    forEachRecordList([&](int i, auto member) {
        if constexpr (std::is_same_v<decltype(member), List<T>>)
            if (member == list)
                found = i;
    });
    return found;
}

// The records of LIST that match: they go, and where they stood is kept.
template<typename T, typename Pred>
void take(Removal &r, const TrajectoryData &d, List<T> list, Pred matches)
{
    const QList<T> &from = d.*list;
    for (qsizetype i = 0; i < from.size(); ++i)
        if (matches(from[i])) {
            (r.gone.*list).append(from[i]);
            r.places[listIndex(list)].append(i);
        }
}

// The records of LIST that UNLINK changes stay, without the link.
template<typename T, typename Unlink>
void relink(Removal &r, const TrajectoryData &d, List<T> list, Unlink unlink)
{
    for (const T &x : d.*list) {
        T y = x;
        unlink(y);
        if (!(y == x)) {
            (r.before.*list).append(x);
            (r.after.*list).append(y);
        }
    }
}

template<typename T>
auto byId(RecordId id)
{
    return [id](const T &x) { return x.id == id; };
}

void takeAssessments(Removal &r, const TrajectoryData &d, const QSet<RecordId> &respondents)
{
    take(r, d, &TrajectoryData::respondents, [&](const Respondent &x) { return respondents.contains(x.id); });
    take(r, d, &TrajectoryData::scores, [&](const AssessmentScore &x) { return respondents.contains(x.respondent); });
    take(r, d, &TrajectoryData::comments, [&](const AssessmentComment &x) { return respondents.contains(x.respondent); });
}

void cascadePartner(Removal &r, const TrajectoryData &d, PartnerId id)
{
    take(r, d, &TrajectoryData::perspectives, [id](const Perspective &x) { return x.partnerId == id; });
    take(r, d, &TrajectoryData::ratings, [id](const Rating &x) { return x.partnerId == id; });
    take(r, d, &TrajectoryData::situation, [id](const SituationRating &x) { return x.partnerId == id; });
    relink(r, d, &TrajectoryData::agreements, [id](Agreement &a) {
        if (a.owner == id)
            a.owner.reset();
        a.contributors.removeAll(id);
    });
    relink(r, d, &TrajectoryData::sessions, [id](WorkshopSession &s) { s.attendees.removeAll(id); });
    relink(r, d, &TrajectoryData::respondents, [id](Respondent &x) {
        if (x.partner == id)
            x.partner.reset();
    });
    relink(r, d, &TrajectoryData::dilemmas, [id](DilemmaEntry &e) { e.affects.removeAll(id); });
}

template<typename T>
bool takeRoot(Removal &r, const TrajectoryData &d, List<T> list, RecordId id)
{
    take(r, d, list, byId<T>(id));
    return !(r.gone.*list).isEmpty();
}

} // namespace

Removal removalOf(const TrajectoryData &d, RecordKind kind, RecordId id)
{
    Removal r;
    bool found = false;
    switch (kind) {
    case RecordKind::Partner:
        if ((found = takeRoot(r, d, &TrajectoryData::partners, id)))
            cascadePartner(r, d, id);
        break;
    case RecordKind::Ambition:
        if ((found = takeRoot(r, d, &TrajectoryData::ambitions, id)))
            relink(r, d, &TrajectoryData::agreements, [id](Agreement &a) { a.ambitions.removeAll(id); });
        break;
    case RecordKind::Agreement:
        if ((found = takeRoot(r, d, &TrajectoryData::agreements, id)))
            relink(r, d, &TrajectoryData::dilemmas, [id](DilemmaEntry &e) { e.agreements.removeAll(id); });
        break;
    case RecordKind::Accountability:
        found = takeRoot(r, d, &TrajectoryData::accountability, id);
        break;
    case RecordKind::Evaluation:
        found = takeRoot(r, d, &TrajectoryData::evaluations, id);
        break;
    case RecordKind::WorkshopSession:
        found = takeRoot(r, d, &TrajectoryData::sessions, id);
        break;
    case RecordKind::Round:
        if ((found = takeRoot(r, d, &TrajectoryData::rounds, id))) {
            QSet<RecordId> respondents;
            for (const Respondent &x : d.respondents)
                if (x.round == id)
                    respondents.insert(x.id);
            takeAssessments(r, d, respondents);
        }
        break;
    case RecordKind::Respondent:
        if ((found = std::any_of(d.respondents.cbegin(), d.respondents.cend(), byId<Respondent>(id))))
            takeAssessments(r, d, {id});
        break;
    case RecordKind::Dilemma:
        found = takeRoot(r, d, &TrajectoryData::dilemmas, id);
        break;
    default:
        break;
    }
    if (!found)
        return {};
    r.root = RecordRef{kind, id, {}};
    return r;
}

void applyRemoval(TrajectoryData &d, const Removal &r)
{
    forEachRecordList([&](int, auto list) {
        using T = typename std::remove_reference_t<decltype(d.*list)>::value_type;
        const QList<T> &gone = r.gone.*list;
        const QList<T> &after = r.after.*list;
        if (gone.isEmpty() && after.isEmpty())
            return;
        QSet<RecordRef> refs;
        for (const T &x : gone)
            refs.insert(refOf(x));
        QList<T> &target = d.*list;
        target.removeIf([&](const T &x) { return refs.contains(refOf(x)); });
        for (const T &x : after)
            for (T &y : target)
                if (refOf(y) == refOf(x))
                    y = x;
    });
}

void undoRemoval(TrajectoryData &d, const Removal &r)
{
    forEachRecordList([&](int index, auto list) {
        using T = typename std::remove_reference_t<decltype(d.*list)>::value_type;
        const QList<T> &gone = r.gone.*list;
        const QList<T> &before = r.before.*list;
        if (gone.isEmpty() && before.isEmpty())
            return;
        QList<T> &target = d.*list;
        for (const T &x : before)
            for (T &y : target)
                if (refOf(y) == refOf(x))
                    y = x;
        // In rising order of place, so each lands where it stood.
        const QList<qsizetype> &places = r.places[index];
        for (qsizetype i = 0; i < gone.size(); ++i)
            target.insert(std::min(places.value(i, target.size()), target.size()), gone[i]);
    });
}

} // namespace akkoord
