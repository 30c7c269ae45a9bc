// Document blocks for the workshop mode: rating rounds, now versus desired,
// the gap analysis and the dilemma register.

#include "domain/documenttext.h"
#include "domain/gaps.h"
#include "domain/progress.h"

namespace akkoord::doctext {

using Block = DocumentBlock;

namespace {

Block hiddenRoundNote(const TrajectoryData &data, const Question &q, const QString &lang)
{
    const qsizetype given = data.partners.size() - partnersWithoutInput(q, data).size();
    return Block::notice(Doc::tr("%1 of the %2 partners have given their scores. The scores are shown once the facilitator reveals them.", lang)
                             .arg(given)
                             .arg(data.partners.size()),
                         Doc::tr("Hidden round. ", lang));
}

QString score(const std::optional<double> &v, const QString &lang) { return v ? decimal(*v, lang) : QStringLiteral("–"); }

} // namespace

QList<DocumentBlock> ratingBlocks(const TrajectoryData &data, const Catalog &catalog, const Question &q, const QString &lang)
{
    QList<Block> out;
    if (data.isHidden(q.id)) {
        out << hiddenRoundNote(data, q, lang);
        return out;
    }
    const UrgencyChartData chart = ratingChartData(data, catalog, q.id, lang);
    if (chart.averageLabel.isEmpty())
        return out;
    out << Block::urgencyChart(chart);
    for (const UrgencyEntry &e : chart.entries)
        if (e.score > 0 && !e.reason.trimmed().isEmpty())
            out << Block::bullet(e.reason.trimmed(), e.partner + QStringLiteral(" (") + QString::number(e.score) + QStringLiteral("): "));
    return out;
}

QList<DocumentBlock> situationBlocks(const TrajectoryData &data, const Catalog &catalog, const Question &q, const QString &lang)
{
    QList<Block> out;
    if (data.isHidden(q.id)) {
        out << hiddenRoundNote(data, q, lang);
        return out;
    }
    const GapAnalysis analysis = analyseGaps(catalog, data);
    const bool any = std::any_of(analysis.blocks.cbegin(), analysis.blocks.cend(), [](const BlockGap &b) { return !b.partners.isEmpty(); });
    if (!any)
        return out;
    out << Block::gapChart(gapChartData(data, catalog, lang));
    DocumentTable t{.header = {Doc::tr("Building block", lang), Doc::tr("Now", lang), Doc::tr("Desired", lang), Doc::tr("Gap", lang),
                               Doc::tr("Spread", lang), Doc::tr("Partners", lang)},
                    .columnWeights = {3.0, 0.9, 1.0, 1.0, 1.1, 1.0}};
    for (const BlockGap &b : analysis.blocks) {
        const QString spread = b.partners.size() >= 2 ? QString::number(b.disagreement()) : QStringLiteral("–");
        t.rows.append({buildingBlockTitle(catalog, b.buildingBlock, lang), score(b.meanNow, lang), score(b.meanDesired, lang), score(b.meanGap, lang), spread,
                       QString::number(b.partners.size())});
    }
    out << Block::tableBlock(t);
    out << Block::note(Doc::tr("Averages over the partners who gave both scores; spread is the difference between the highest and the lowest score.", lang));
    return out;
}

QList<DocumentBlock> gapTopicBlocks(const TrajectoryData &data, const Catalog &catalog, const QString &lang)
{
    QList<Block> out;
    const Question *q = catalog.firstOfKind(AnswerKind::Situation);
    if (q && data.isHidden(q->id))
        return out;
    const GapAnalysis analysis = analyseGaps(catalog, data);
    for (const QString &id : analysis.largestGaps) {
        const BlockGap *b = analysis.block(id);
        out << Block::bullet(Doc::tr("on average %1 points between now (%2) and desired (%3)", lang)
                                 .arg(score(b->meanGap, lang), score(b->meanNow, lang), score(b->meanDesired, lang)),
                             Doc::tr("Largest gap — %1: ", lang).arg(buildingBlockTitle(catalog, id, lang)));
    }
    for (const QString &id : analysis.largestDisagreements) {
        const BlockGap *b = analysis.block(id);
        int lo = 5, hi = 0;
        QStringList low, high;
        const bool onNow = b->nowSpread >= b->desiredSpread;
        for (const PartnerGap &p : b->partners) {
            const int v = onNow ? p.now : p.desired;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        for (const PartnerGap &p : b->partners) {
            const int v = onNow ? p.now : p.desired;
            if (v == lo)
                low << partnerName(data, p.partner, lang);
            if (v == hi)
                high << partnerName(data, p.partner, lang);
        }
        const QString text = onNow ? Doc::tr("the current situation gets %1 from %2 and %3 from %4", lang)
                                   : Doc::tr("the desired situation gets %1 from %2 and %3 from %4", lang);
        out << Block::bullet(text.arg(lo).arg(joinedList(low, lang)).arg(hi).arg(joinedList(high, lang)),
                             Doc::tr("Most disagreement — %1: ", lang).arg(buildingBlockTitle(catalog, id, lang)));
    }
    return out;
}

QList<DocumentBlock> dilemmaBlocks(const TrajectoryData &data, const Catalog &catalog, const QList<DilemmaEntry> &dilemmas, const QString &lang)
{
    QList<Block> out;
    for (const DilemmaEntry &e : dilemmas) {
        const QString status = e.status == DilemmaStatus::Open ? Doc::tr("open", lang) : Doc::tr("settled", lang);
        const QString title = e.title.trimmed().isEmpty() ? Doc::tr("(untitled)", lang) : e.title.trimmed();
        out << Block::bullet(e.description.trimmed(), title + QStringLiteral(" (") + status + QStringLiteral(")") + (e.description.trimmed().isEmpty() ? QString() : QStringLiteral(": ")));
        QStringList affected;
        for (PartnerId p : e.affects)
            affected << partnerName(data, p, lang);
        if (!e.affectsOthers.trimmed().isEmpty())
            affected << e.affectsOthers.trimmed();
        if (!affected.isEmpty())
            out << Block::paragraph(joinedList(affected, lang), Doc::tr("Affects: ", lang));
        if (!e.handling.trimmed().isEmpty())
            out << Block::paragraph(e.handling.trimmed(), Doc::tr("Handling: ", lang));
        QStringList settledBy;
        for (RecordId id : e.agreements)
            for (const Agreement &a : data.agreements)
                if (a.id == id)
                    settledBy << QStringLiteral("‘") + (a.what.trimmed().isEmpty() ? Doc::tr("(without description)", lang) : a.what.trimmed()) +
                                     QStringLiteral("’ (") + buildingBlockTitle(catalog, a.buildingBlock, lang) + QStringLiteral(")");
        if (!settledBy.isEmpty())
            out << Block::paragraph(joinedList(settledBy, lang), Doc::tr("Settled by: ", lang));
        else if (e.status == DilemmaStatus::Open)
            out << Block::note(Doc::tr("No agreement settles this dilemma yet.", lang));
    }
    return out;
}

} // namespace akkoord::doctext
