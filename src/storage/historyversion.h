#pragma once

// The history table's saved versions, decoded into records, so a front end
// shows and restores them without knowing their JSON.

#include "domain/trajectory.h"

#include <optional>

namespace akkoord {

struct HistoryVersion
{
    HistoryEntry entry;
    // The record as saved (one of them, by entry.entity); none when the
    // version cannot be read or was a removal.
    std::optional<Answer> answer;
    std::optional<Perspective> perspective;
    std::optional<Agreement> agreement;
    bool readable() const { return answer || perspective || agreement; }
};

HistoryVersion decodeVersion(const HistoryEntry &entry);

} // namespace akkoord
