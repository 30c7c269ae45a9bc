#pragma once

// What a removal takes with it, written once. The file's foreign keys
// (storage/schema.cpp) do the same in SQLite: rows that belong to the record
// go with it (ON DELETE CASCADE) and references to it are cleared (SET NULL,
// or a link row that goes). The session uses one Removal for an edit and for
// its undo, so an undo brings back exactly what the removal took, links
// included.

#include "domain/records.h"

#include <array>

namespace akkoord {

struct Removal
{
    RecordRef root; // the record asked for
    TrajectoryData gone; // records that go, as they were, each list in its order
    TrajectoryData before; // records that stay but lose a link, as they were
    TrajectoryData after; // the same records without the link
    // Where each record in `gone` stood in its list (numbered as
    // forEachRecordList numbers them), so undo puts it back in its place.
    std::array<QList<qsizetype>, kRecordLists> places;

    bool isEmpty() const { return root.id == 0; }
};

// What removing the record takes with it; empty when there is no such
// record. For partners, ambitions, agreements, accountability items,
// evaluation moments, workshop sessions, assessment rounds, respondents and
// dilemmas:
//   partner     its perspectives, ratings and now/desired ratings go; it is
//               cleared as owner and contributor of agreements, attendee of
//               sessions, partner of respondents, affected partner of dilemmas
//   ambition    agreements no longer serve it
//   agreement   dilemmas are no longer settled by it
//   round       its respondents go, with their scores and explanations
//   respondent  its scores and explanations go
//   the others  only themselves (their own links are part of the record)
Removal removalOf(const TrajectoryData &d, RecordKind kind, RecordId id);

// Takes away what the removal describes, from the data as it was when the
// removal was made.
void applyRemoval(TrajectoryData &d, const Removal &r);
// Puts it all back: the records in their places, the links as they were.
void undoRemoval(TrajectoryData &d, const Removal &r);

} // namespace akkoord
