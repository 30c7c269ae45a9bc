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
    return Block::notice(L(lang, "%1 van de %2 partners hebben al gescoord. De scores worden getoond zodra de begeleider ze onthult.",
                           "%1 of the %2 partners have given their scores. The scores are shown once the facilitator reveals them.")
                             .arg(given)
                             .arg(data.partners.size()),
                         L(lang, "Verborgen ronde. ", "Hidden round. "));
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
    DocumentTable t{.header = {L(lang, "Bouwsteen", "Building block"), L(lang, "Nu", "Now"), L(lang, "Gewenst", "Desired"), L(lang, "Afstand", "Gap"),
                               L(lang, "Spreiding", "Spread"), L(lang, "Partners", "Partners")},
                    .columnWeights = {3.0, 0.9, 1.0, 1.0, 1.1, 1.0}};
    for (const BlockGap &b : analysis.blocks) {
        const QString spread = b.partners.size() >= 2 ? QString::number(b.disagreement()) : QStringLiteral("–");
        t.rows.append({buildingBlockTitle(catalog, b.buildingBlock, lang), score(b.meanNow, lang), score(b.meanDesired, lang), score(b.meanGap, lang), spread,
                       QString::number(b.partners.size())});
    }
    out << Block::tableBlock(t);
    out << Block::note(L(lang, "Gemiddelden over de partners die beide cijfers gaven; spreiding is het verschil tussen het hoogste en het laagste cijfer.",
                         "Averages over the partners who gave both scores; spread is the difference between the highest and the lowest score."));
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
        out << Block::bullet(L(lang, "gemiddeld %1 punt tussen nu (%2) en gewenst (%3)", "on average %1 points between now (%2) and desired (%3)")
                                 .arg(score(b->meanGap, lang), score(b->meanNow, lang), score(b->meanDesired, lang)),
                             L(lang, "Grootste afstand — %1: ", "Largest gap — %1: ").arg(buildingBlockTitle(catalog, id, lang)));
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
        const QString text = onNow ? L(lang, "de huidige situatie krijgt een %1 van %2 en een %3 van %4", "the current situation gets %1 from %2 and %3 from %4")
                                   : L(lang, "de gewenste situatie krijgt een %1 van %2 en een %3 van %4", "the desired situation gets %1 from %2 and %3 from %4");
        out << Block::bullet(text.arg(lo).arg(joinedList(low, lang)).arg(hi).arg(joinedList(high, lang)),
                             L(lang, "Meeste verschil van inzicht — %1: ", "Most disagreement — %1: ").arg(buildingBlockTitle(catalog, id, lang)));
    }
    return out;
}

QList<DocumentBlock> dilemmaBlocks(const TrajectoryData &data, const Catalog &catalog, const QList<DilemmaEntry> &dilemmas, const QString &lang)
{
    QList<Block> out;
    for (const DilemmaEntry &e : dilemmas) {
        const QString status = e.status == DilemmaStatus::Open ? L(lang, "open", "open") : L(lang, "beslecht", "settled");
        const QString title = e.title.trimmed().isEmpty() ? L(lang, "(zonder titel)", "(untitled)") : e.title.trimmed();
        out << Block::bullet(e.description.trimmed(), title + QStringLiteral(" (") + status + QStringLiteral(")") + (e.description.trimmed().isEmpty() ? QString() : QStringLiteral(": ")));
        QStringList affected;
        for (PartnerId p : e.affects)
            affected << partnerName(data, p, lang);
        if (!e.affectsOthers.trimmed().isEmpty())
            affected << e.affectsOthers.trimmed();
        if (!affected.isEmpty())
            out << Block::paragraph(joinedList(affected, lang), L(lang, "Raakt: ", "Affects: "));
        if (!e.handling.trimmed().isEmpty())
            out << Block::paragraph(e.handling.trimmed(), L(lang, "Aanpak: ", "Handling: "));
        QStringList settledBy;
        for (RecordId id : e.agreements)
            for (const Agreement &a : data.agreements)
                if (a.id == id)
                    settledBy << QStringLiteral("‘") + (a.what.trimmed().isEmpty() ? L(lang, "(zonder omschrijving)", "(without description)") : a.what.trimmed()) +
                                     QStringLiteral("’ (") + buildingBlockTitle(catalog, a.buildingBlock, lang) + QStringLiteral(")");
        if (!settledBy.isEmpty())
            out << Block::paragraph(joinedList(settledBy, lang), L(lang, "Beslecht door: ", "Settled by: "));
        else if (e.status == DilemmaStatus::Open)
            out << Block::note(L(lang, "Nog geen afspraak die dit dilemma beslecht.", "No agreement settles this dilemma yet."));
    }
    return out;
}

} // namespace akkoord::doctext
