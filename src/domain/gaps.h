#pragma once

#include "domain/catalog.h"
#include "domain/trajectory.h"

#include <optional>

namespace akkoord {

// Now versus desired, per building block: how far the partners think the
// current situation is from the desired one, and where they see it
// differently. Pure and deterministic; only partners who gave both ratings
// for a block count for that block.

struct PartnerGap
{
    PartnerId partner = 0;
    int now = 0;
    int desired = 0;
    int gap() const { return desired - now; }
    bool operator==(const PartnerGap &) const = default;
};

struct BlockGap
{
    QString buildingBlock;
    QList<PartnerGap> partners; // complete pairs only, in partner order
    int incomplete = 0; // partners with only one of the two ratings
    std::optional<double> meanNow; // no complete pair: no data, never 0
    std::optional<double> meanDesired;
    std::optional<double> meanGap;
    int nowSpread = 0; // highest minus lowest "now" rating
    int desiredSpread = 0; // highest minus lowest "desired" rating
    // How much the partners disagree: the larger of the two spreads.
    int disagreement() const { return std::max(nowSpread, desiredSpread); }
};

struct GapAnalysis
{
    QList<BlockGap> blocks; // in catalogue order
    // Discussion topics, block ids. Largest gaps: mean gap above 0, largest
    // first. Largest disagreements: spread of 2 or more among at least two
    // partners, largest first. Ties keep catalogue order.
    QStringList largestGaps;
    QStringList largestDisagreements;
    const BlockGap *block(const QString &id) const;
};

// A disagreement smaller than this is not a discussion topic.
inline constexpr int kMinDisagreement = 2;

GapAnalysis analyseGaps(const Catalog &catalog, const TrajectoryData &data, int topics = 3);

} // namespace akkoord
