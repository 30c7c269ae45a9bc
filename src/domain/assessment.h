#pragma once

#include "domain/catalog.h"
#include "domain/trajectory.h"

#include <QMap>

#include <optional>

namespace akkoord {

// Groups smaller than this are not shown, so no one's answers can be
// singled out.
inline constexpr int kMinGroupSize = 3;

// Mean and spread of valid ratings; "weet niet" is counted apart and never
// part of the mean. No valid rating: no mean ("no data", never 0).
struct ScoreStats
{
    int ratings = 0; // valid 1..5 ratings
    int dontKnow = 0;
    int respondents = 0; // distinct respondents with a valid rating
    std::optional<double> mean;
    double spread = 0; // population standard deviation
    bool operator==(const ScoreStats &) const = default;
};

struct GroupStats
{
    ScoreStats all;
    ScoreStats core;
    ScoreStats outer;
    // core mean − outer mean, when both groups have data
    std::optional<double> gap() const;
};

struct BlockScore
{
    QString buildingBlock;
    GroupStats stats;
};

struct StatementScore
{
    QString statementId;
    QString buildingBlock;
    GroupStats stats;
};

struct RoundResults
{
    RecordId round = 0;
    int respondents = 0;
    int coreRespondents = 0;
    int outerRespondents = 0;
    QList<BlockScore> blocks; // in catalogue order
    QList<StatementScore> statements; // in catalogue order
    // Discussion topics: largest |core − outer| gap, and largest spread among
    // all respondents. Ties keep catalogue order. Only statements where the
    // groups involved are large enough to show.
    QList<StatementScore> largestGaps;
    QList<StatementScore> largestDisagreements;
    QMap<PartnerId, int> respondentsPerPartner;
    QList<PartnerId> partnersWithoutRespondent;

    bool coreShown() const { return coreRespondents >= kMinGroupSize; }
    bool outerShown() const { return outerRespondents >= kMinGroupSize; }
    // Only core or only outer partners answered: a known failure of
    // self-assessments, to be said prominently.
    bool oneSided() const { return respondents > 0 && (coreRespondents == 0 || outerRespondents == 0); }
};

ScoreStats statsOf(const QList<int> &scores);
RoundResults scoreRound(const Catalog &catalog, const TrajectoryData &data, RecordId round, int topics = 5);

struct BlockChange
{
    QString buildingBlock;
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> change() const;
};

// The change per building block from round `earlier` to round `later`.
QList<BlockChange> compareRounds(const RoundResults &earlier, const RoundResults &later);

// The statements of the catalogue, in order, with their building block.
QList<std::pair<QString, const Statement *>> allStatements(const Catalog &catalog);

// Raw responses as CSV (RFC 4180, UTF-8): one row per respondent and
// statement, for analysis elsewhere.
QByteArray responsesCsv(const Catalog &catalog, const TrajectoryData &data, RecordId round);

} // namespace akkoord
