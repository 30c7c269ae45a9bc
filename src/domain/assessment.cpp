#include "domain/assessment.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace akkoord {

std::optional<double> GroupStats::gap() const
{
    if (!core.mean || !outer.mean)
        return std::nullopt;
    return *core.mean - *outer.mean;
}

std::optional<double> BlockChange::change() const
{
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

ScoreStats statsOf(const QList<int> &scores)
{
    ScoreStats s;
    double sum = 0;
    for (int v : scores) {
        if (v == kDontKnow)
            ++s.dontKnow;
        else if (v >= 1 && v <= 5) {
            ++s.ratings;
            sum += v;
        }
    }
    if (s.ratings == 0)
        return s;
    const double mean = sum / s.ratings;
    double squares = 0;
    for (int v : scores)
        if (v >= 1 && v <= 5)
            squares += (v - mean) * (v - mean);
    s.mean = mean;
    s.spread = std::sqrt(squares / s.ratings);
    return s;
}

QList<std::pair<QString, const Statement *>> allStatements(const Catalog &catalog)
{
    QList<std::pair<QString, const Statement *>> out;
    for (const BuildingBlock &b : catalog.buildingBlocks)
        for (const Statement &s : b.statements)
            out.append({b.id, &s});
    return out;
}

namespace {

// Collects the scores of a set of statements per group, counting distinct
// respondents with at least one valid rating.
GroupStats groupStats(const QList<const AssessmentScore *> &scores, const QHash<RecordId, const Respondent *> &respondents)
{
    QList<int> all, core, outer;
    QSet<RecordId> allWho, coreWho, outerWho;
    for (const AssessmentScore *s : scores) {
        const Respondent *r = respondents.value(s->respondent);
        if (!r)
            continue;
        const bool valid = s->score >= 1 && s->score <= 5;
        all.append(s->score);
        (r->role == PartnerRole::Core ? core : outer).append(s->score);
        if (valid) {
            allWho.insert(r->id);
            (r->role == PartnerRole::Core ? coreWho : outerWho).insert(r->id);
        }
    }
    GroupStats g{statsOf(all), statsOf(core), statsOf(outer)};
    g.all.respondents = int(allWho.size());
    g.core.respondents = int(coreWho.size());
    g.outer.respondents = int(outerWho.size());
    return g;
}

} // namespace

RoundResults scoreRound(const Catalog &catalog, const TrajectoryData &data, RecordId round, int topics)
{
    RoundResults res;
    res.round = round;
    // A respondent counts once they have answered at least one statement
    // (an empty form started and abandoned is not a respondent).
    QSet<RecordId> answered;
    for (const AssessmentScore &s : data.scores)
        answered.insert(s.respondent);
    QHash<RecordId, const Respondent *> respondents;
    for (const Respondent &r : data.respondents) {
        if (r.round != round || !answered.contains(r.id))
            continue;
        respondents.insert(r.id, &r);
        ++res.respondents;
        ++(r.role == PartnerRole::Core ? res.coreRespondents : res.outerRespondents);
        if (r.partner)
            res.respondentsPerPartner[*r.partner] += 1;
    }
    for (const Partner &p : data.partners)
        if (!res.respondentsPerPartner.contains(p.id))
            res.partnersWithoutRespondent.append(p.id);

    QHash<QString, QList<const AssessmentScore *>> byStatement;
    for (const AssessmentScore &s : data.scores)
        if (respondents.contains(s.respondent))
            byStatement[s.statementId].append(&s);

    for (const BuildingBlock &b : catalog.buildingBlocks) {
        QList<const AssessmentScore *> blockScores;
        for (const Statement &st : b.statements) {
            const QList<const AssessmentScore *> scores = byStatement.value(st.id);
            blockScores += scores;
            res.statements.append(StatementScore{st.id, b.id, groupStats(scores, respondents)});
        }
        res.blocks.append(BlockScore{b.id, groupStats(blockScores, respondents)});
    }

    // Gaps only where both groups are large enough to be shown.
    QList<StatementScore> gaps;
    if (res.coreShown() && res.outerShown())
        for (const StatementScore &s : res.statements)
            if (s.stats.gap() && s.stats.core.ratings >= kMinGroupSize && s.stats.outer.ratings >= kMinGroupSize)
                gaps.append(s);
    std::stable_sort(gaps.begin(), gaps.end(), [](const StatementScore &a, const StatementScore &b) {
        return std::abs(*a.stats.gap()) > std::abs(*b.stats.gap());
    });
    res.largestGaps = gaps.mid(0, topics);

    QList<StatementScore> spread;
    for (const StatementScore &s : res.statements)
        if (s.stats.all.ratings >= kMinGroupSize)
            spread.append(s);
    std::stable_sort(spread.begin(), spread.end(), [](const StatementScore &a, const StatementScore &b) { return a.stats.all.spread > b.stats.all.spread; });
    res.largestDisagreements = spread.mid(0, topics);
    return res;
}

QList<BlockChange> compareRounds(const RoundResults &earlier, const RoundResults &later)
{
    QList<BlockChange> out;
    for (const BlockScore &b : later.blocks) {
        BlockChange c;
        c.buildingBlock = b.buildingBlock;
        c.after = b.stats.all.mean;
        for (const BlockScore &e : earlier.blocks)
            if (e.buildingBlock == b.buildingBlock)
                c.before = e.stats.all.mean;
        out.append(c);
    }
    return out;
}

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString v = value;
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}
} // namespace

QByteArray responsesCsv(const Catalog &catalog, const TrajectoryData &data, RecordId round)
{
    QString out = QStringLiteral("round,date,respondent,organisation,role,building_block,statement_id,statement,score\r\n");
    const AssessmentRound *r = nullptr;
    for (const AssessmentRound &x : data.rounds)
        if (x.id == round)
            r = &x;
    if (!r)
        return out.toUtf8();
    const auto statements = allStatements(catalog);
    for (const Respondent &resp : data.respondents) {
        if (resp.round != round)
            continue;
        const Partner *p = resp.partner ? data.partner(*resp.partner) : nullptr;
        for (const auto &[block, statement] : statements) {
            QString score;
            for (const AssessmentScore &s : data.scores)
                if (s.respondent == resp.id && s.statementId == statement->id)
                    score = s.score == kDontKnow ? QStringLiteral("weet niet") : QString::number(s.score);
            const QStringList row{r->name, r->date.toString(Qt::ISODate), resp.name, p ? p->organisation : QString(), roleKey(resp.role), block,
                                  statement->id, statement->text.primary(), score};
            QStringList fields;
            for (const QString &f : row)
                fields << csvField(f);
            out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return out.toUtf8();
}

} // namespace akkoord
