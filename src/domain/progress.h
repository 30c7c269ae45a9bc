#pragma once

#include "domain/catalog.h"
#include "domain/trajectory.h"

namespace akkoord {

struct Progress
{
    int answered = 0;
    int total = 0;
    bool complete() const { return total > 0 && answered == total; }
};

// Whether a question counts as answered, judged by what its kind needs:
// text for text, every partner's rating for a rating, a tick for a
// checklist, at least one record for registers.
bool isAnswered(const Question &q, const TrajectoryData &data);
Progress phaseProgress(const Phase &phase, const TrajectoryData &data);
Progress totalProgress(const Catalog &catalog, const TrajectoryData &data);

// Partners that have not yet given their perspective (or rating) on q; for
// now versus desired: no building block rated both ways yet.
QList<PartnerId> partnersWithoutInput(const Question &q, const TrajectoryData &data);

// Answers whose question no longer exists in the catalogue: still shown and
// exported, marked as such, never dropped.
QList<Answer> orphanedAnswers(const Catalog &catalog, const TrajectoryData &data);

} // namespace akkoord
