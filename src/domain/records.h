#pragma once

// The kinds of record a trajectory holds and how one record is named, so the
// cascade rules (domain/cascade.h) and the session's change notices
// (session/change.h) can treat every list of TrajectoryData alike.

#include "domain/trajectory.h"

#include <QHashFunctions>

namespace akkoord {

enum class RecordKind {
    Info,
    Partner,
    Answer,
    Perspective,
    Rating,
    Ambition,
    Agreement,
    Accountability,
    Evaluation,
    WorkshopSession,
    Round,
    Respondent,
    Score,
    Comment,
    Situation,
    Dilemma,
    HiddenRound,
    CovenantText,
};

// One record by its identity: the id of records that have one; for the
// others the partner or respondent in `id` and the question, building block
// or statement in `key`.
struct RecordRef
{
    RecordKind kind = RecordKind::Info;
    RecordId id = 0;
    QString key;
    bool operator==(const RecordRef &) const = default;
};

inline size_t qHash(const RecordRef &r, size_t seed = 0) { return qHashMulti(seed, int(r.kind), r.id, r.key); }

inline RecordRef refOf(const Partner &p) { return {RecordKind::Partner, p.id, {}}; }
inline RecordRef refOf(const Answer &a) { return {RecordKind::Answer, 0, a.questionId}; }
inline RecordRef refOf(const Perspective &p) { return {RecordKind::Perspective, p.partnerId, p.questionId}; }
inline RecordRef refOf(const Rating &r) { return {RecordKind::Rating, r.partnerId, r.questionId}; }
inline RecordRef refOf(const Ambition &a) { return {RecordKind::Ambition, a.id, {}}; }
inline RecordRef refOf(const Agreement &a) { return {RecordKind::Agreement, a.id, {}}; }
inline RecordRef refOf(const AccountabilityItem &a) { return {RecordKind::Accountability, a.id, {}}; }
inline RecordRef refOf(const Evaluation &e) { return {RecordKind::Evaluation, e.id, {}}; }
inline RecordRef refOf(const WorkshopSession &s) { return {RecordKind::WorkshopSession, s.id, {}}; }
inline RecordRef refOf(const AssessmentRound &r) { return {RecordKind::Round, r.id, {}}; }
inline RecordRef refOf(const Respondent &r) { return {RecordKind::Respondent, r.id, {}}; }
inline RecordRef refOf(const AssessmentScore &s) { return {RecordKind::Score, s.respondent, s.statementId}; }
inline RecordRef refOf(const AssessmentComment &c) { return {RecordKind::Comment, c.respondent, c.buildingBlock}; }
inline RecordRef refOf(const SituationRating &s) { return {RecordKind::Situation, s.partnerId, s.buildingBlock}; }
inline RecordRef refOf(const DilemmaEntry &e) { return {RecordKind::Dilemma, e.id, {}}; }
inline RecordRef refOf(const CovenantText &t) { return {RecordKind::CovenantText, 0, t.key}; }

// Calls f(index, &TrajectoryData::list) for every list of records, in the
// order TrajectoryData declares them (info and hiddenRounds are no lists of
// records). A new list in TrajectoryData belongs here too.
inline constexpr int kRecordLists = 16;
template<typename F>
void forEachRecordList(F &&f)
{
    f(0, &TrajectoryData::partners);
    f(1, &TrajectoryData::answers);
    f(2, &TrajectoryData::perspectives);
    f(3, &TrajectoryData::ratings);
    f(4, &TrajectoryData::ambitions);
    f(5, &TrajectoryData::agreements);
    f(6, &TrajectoryData::accountability);
    f(7, &TrajectoryData::evaluations);
    f(8, &TrajectoryData::sessions);
    f(9, &TrajectoryData::rounds);
    f(10, &TrajectoryData::respondents);
    f(11, &TrajectoryData::scores);
    f(12, &TrajectoryData::comments);
    f(13, &TrajectoryData::situation);
    f(14, &TrajectoryData::dilemmas);
    f(15, &TrajectoryData::covenantTexts);
}

} // namespace akkoord
