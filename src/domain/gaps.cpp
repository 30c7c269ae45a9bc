#include "domain/gaps.h"

#include <algorithm>
#include <numeric>

namespace akkoord {

const BlockGap *GapAnalysis::block(const QString &id) const
{
    for (const BlockGap &b : blocks)
        if (b.buildingBlock == id)
            return &b;
    return nullptr;
}

namespace {

double mean(const QList<PartnerGap> &pairs, int (*of)(const PartnerGap &))
{
    const int sum = std::accumulate(pairs.cbegin(), pairs.cend(), 0, [of](int s, const PartnerGap &p) { return s + of(p); });
    return double(sum) / double(pairs.size());
}

int spread(const QList<PartnerGap> &pairs, int PartnerGap::*field)
{
    const auto [lo, hi] = std::minmax_element(pairs.cbegin(), pairs.cend(), [field](const PartnerGap &a, const PartnerGap &b) { return a.*field < b.*field; });
    return (*hi).*field - (*lo).*field;
}

// The first `n` blocks by `key`, largest first, among those `eligible`;
// stable, so ties keep catalogue order.
template<typename Key, typename Eligible>
QStringList top(const QList<BlockGap> &blocks, int n, Key key, Eligible eligible)
{
    QList<const BlockGap *> list;
    for (const BlockGap &b : blocks)
        if (eligible(b))
            list.append(&b);
    std::stable_sort(list.begin(), list.end(), [&](const BlockGap *a, const BlockGap *b) { return key(*a) > key(*b); });
    QStringList out;
    for (qsizetype i = 0; i < list.size() && i < n; ++i)
        out.append(list[i]->buildingBlock);
    return out;
}

} // namespace

GapAnalysis analyseGaps(const Catalog &catalog, const TrajectoryData &data, int topics)
{
    GapAnalysis out;
    for (const BuildingBlock &bb : catalog.buildingBlocks) {
        BlockGap block;
        block.buildingBlock = bb.id;
        for (const Partner &p : data.partners) {
            const SituationRating *r = data.situationOf(bb.id, p.id);
            if (!r || (r->now == 0 && r->desired == 0))
                continue;
            if (r->now == 0 || r->desired == 0) {
                ++block.incomplete;
                continue;
            }
            block.partners.append(PartnerGap{p.id, r->now, r->desired});
        }
        if (!block.partners.isEmpty()) {
            block.meanNow = mean(block.partners, [](const PartnerGap &p) { return p.now; });
            block.meanDesired = mean(block.partners, [](const PartnerGap &p) { return p.desired; });
            block.meanGap = mean(block.partners, [](const PartnerGap &p) { return p.gap(); });
            block.nowSpread = spread(block.partners, &PartnerGap::now);
            block.desiredSpread = spread(block.partners, &PartnerGap::desired);
        }
        out.blocks.append(block);
    }
    out.largestGaps = top(out.blocks, topics, [](const BlockGap &b) { return *b.meanGap; }, [](const BlockGap &b) { return b.meanGap && *b.meanGap > 0; });
    out.largestDisagreements = top(out.blocks, topics, [](const BlockGap &b) { return b.disagreement(); },
                                   [](const BlockGap &b) { return b.partners.size() >= 2 && b.disagreement() >= kMinDisagreement; });
    return out;
}

} // namespace akkoord
