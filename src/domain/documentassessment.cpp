// The self-assessment results as document blocks: the covenant's annex and
// the session report's chapter share them.

#include "domain/assessment.h"
#include "domain/document.h"
#include "domain/documenttext.h"

#include <algorithm>
#include <cmath>

namespace akkoord {

using namespace doctext;

namespace {

using Block = DocumentBlock;

enum class Group { All, Core, Outer };

const ScoreStats &statsFor(const GroupStats &g, Group group)
{
    return group == Group::All ? g.all : group == Group::Core ? g.core : g.outer;
}

bool groupShown(const RoundResults &r, Group group)
{
    switch (group) {
    case Group::All:
        return r.respondents >= kMinGroupSize;
    case Group::Core:
        return r.coreShown();
    case Group::Outer:
        return r.outerShown();
    }
    return false;
}

// A group's mean for one block or statement, or nullopt when the group is
// too small to show or nobody in it gave a valid rating.
std::optional<double> shownMean(const RoundResults &r, const GroupStats &g, Group group)
{
    const ScoreStats &s = statsFor(g, group);
    if (!groupShown(r, group) || s.respondents < kMinGroupSize)
        return std::nullopt;
    return s.mean;
}

QString groupLabel(Group group, const QString &lang)
{
    switch (group) {
    case Group::All:
        return Doc::tr("Everyone", lang);
    case Group::Core:
        return Doc::tr("Core partners", lang);
    case Group::Outer:
        return Doc::tr("Outer partners", lang);
    }
    return {};
}

QString tooFew(const QString &lang) { return Doc::tr("too few respondents", lang); }

QString signedDecimal(double value, const QString &lang)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded == 0)
        return decimal(0, lang);
    return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("−")) + decimal(std::abs(rounded), lang);
}

// "3,8 (± 0,7)", "te weinig respondenten" or "–" (no valid rating).
QString statsCell(const RoundResults &r, const GroupStats &g, Group group, const QString &lang)
{
    const ScoreStats &s = statsFor(g, group);
    if (!groupShown(r, group) || (s.respondents > 0 && s.respondents < kMinGroupSize))
        return tooFew(lang);
    if (!s.mean)
        return QStringLiteral("–");
    return QStringLiteral("%1 (± %2)").arg(decimal(*s.mean, lang), decimal(s.spread, lang));
}

QString statementText(const Catalog &c, const QString &id, const QString &lang)
{
    for (const BuildingBlock &b : c.buildingBlocks)
        for (const Statement &s : b.statements)
            if (s.id == id)
                return s.text.in(lang);
    return id;
}

QString roundLabel(const AssessmentRound &r, const QString &lang)
{
    const QString name = r.name.trimmed().isEmpty() ? Doc::tr("Round", lang) : r.name.trimmed();
    return r.date.isValid() ? QStringLiteral("%1 (%2)").arg(name, longDate(r.date, lang)) : name;
}

RadarChartData radarOf(const RoundResults &r, const Catalog &c, const QString &lang)
{
    RadarChartData chart;
    chart.title = Doc::tr("Average score per building block", lang);
    for (const BuildingBlock &b : c.buildingBlocks)
        chart.axes << b.title.in(lang);
    const QList<std::pair<Group, int>> groups{{Group::All, 0}, {Group::Core, 1}, {Group::Outer, 2}};
    QStringList hidden;
    for (const auto &[group, colour] : groups) {
        if (!groupShown(r, group)) {
            if ((group == Group::All ? r.respondents : group == Group::Core ? r.coreRespondents : r.outerRespondents) > 0)
                hidden << groupLabel(group, lang).toLower();
            continue;
        }
        RadarSeries s{.label = groupLabel(group, lang), .colour = colour};
        for (const BlockScore &b : r.blocks)
            s.values << shownMean(r, b.stats, group);
        chart.series << s;
    }
    if (!hidden.isEmpty())
        chart.note = Doc::tr("Not shown (too few respondents): %1.", lang).arg(joinedList(hidden, lang));
    return chart;
}

} // namespace

QList<AssessmentRound> answeredRounds(const TrajectoryData &data)
{
    QList<AssessmentRound> out;
    for (const AssessmentRound &r : data.rounds)
        if (std::any_of(data.respondents.cbegin(), data.respondents.cend(), [&](const Respondent &x) { return x.round == r.id; }))
            out << r;
    std::stable_sort(out.begin(), out.end(), [](const AssessmentRound &a, const AssessmentRound &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.id < b.id;
    });
    return out;
}

RadarChartData assessmentRadar(const TrajectoryData &data, const Catalog &catalog, const QString &language, RecordId round)
{
    if (round == 0) {
        const QList<AssessmentRound> rounds = answeredRounds(data);
        if (rounds.isEmpty()) {
            RadarChartData empty;
            for (const BuildingBlock &b : catalog.buildingBlocks)
                empty.axes << b.title.in(language);
            return empty;
        }
        round = rounds.last().id;
    }
    return radarOf(scoreRound(catalog, data, round), catalog, language);
}

namespace doctext {

QList<DocumentBlock> assessmentBlocks(const TrajectoryData &d, const Catalog &c, const QString &lang, bool withComments)
{
    QList<Block> out;
    const QList<AssessmentRound> rounds = answeredRounds(d);
    if (rounds.isEmpty())
        return out;
    const AssessmentRound &latest = rounds.last();
    const RoundResults r = scoreRound(c, d, latest.id);

    // Who answered.
    const QString count = r.respondents == 1 ? Doc::tr("1 person", lang) : Doc::tr("%1 people", lang).arg(r.respondents);
    out << Block::paragraph(Doc::tr("%2 took part in the self-assessment ‘%1’: %3 from core partners and %4 from outer partners. They rated each statement from 1 (strongly disagree) to 5 (strongly agree); ‘don’t know’ does not count towards the averages.", lang)
                                .arg(roundLabel(latest, lang), count)
                                .arg(r.coreRespondents)
                                .arg(r.outerRespondents));
    if (r.oneSided()) {
        const bool onlyCore = r.outerRespondents == 0;
        out << Block::notice(onlyCore ? Doc::tr("Only core partners filled in the questionnaire. How the outer partners experience the collaboration therefore remains invisible; the results only show the core partners’ view.", lang)
                                      : Doc::tr("Only outer partners filled in the questionnaire. How the core partners experience the collaboration therefore remains invisible; the results only show the outer partners’ view.", lang),
                             Doc::tr("Note: a one-sided picture. ", lang));
    }
    DocumentTable groups{.header = {Doc::tr("Group", lang), Doc::tr("Respondents", lang)}, .columnWeights = {3.0, 1.5}};
    groups.rows << QStringList{groupLabel(Group::Core, lang), QString::number(r.coreRespondents)}
                << QStringList{groupLabel(Group::Outer, lang), QString::number(r.outerRespondents)}
                << QStringList{Doc::tr("Total", lang), QString::number(r.respondents)};
    out << Block::tableBlock(groups);

    // Per building block.
    out << Block::subheading(Doc::tr("Average and spread per building block", lang));
    DocumentTable blocks{.header = {Doc::tr("Building block", lang), groupLabel(Group::All, lang), groupLabel(Group::Core, lang), groupLabel(Group::Outer, lang)},
                         .columnWeights = {2.6, 1.6, 1.6, 1.6}};
    for (const BlockScore &b : r.blocks)
        blocks.rows << QStringList{buildingBlockTitle(c, b.buildingBlock, lang), statsCell(r, b.stats, Group::All, lang), statsCell(r, b.stats, Group::Core, lang),
                                   statsCell(r, b.stats, Group::Outer, lang)};
    out << Block::tableBlock(blocks);
    out << Block::note(Doc::tr("Average on a scale of 1 to 5, with the spread (standard deviation) in brackets: the larger, the more the answers differ. Groups of fewer than %1 people are not shown, so no one’s answers can be recognised.", lang)
                           .arg(kMinGroupSize));
    const RadarChartData radar = radarOf(r, c, lang);
    if (!radar.series.isEmpty())
        out << Block::radarChart(radar);

    // Change since the previous round.
    if (rounds.size() >= 2) {
        const AssessmentRound &previous = rounds[rounds.size() - 2];
        const RoundResults before = scoreRound(c, d, previous.id);
        out << Block::subheading(Doc::tr("Change since the previous round", lang));
        const bool comparable = before.respondents >= kMinGroupSize && r.respondents >= kMinGroupSize;
        if (!comparable) {
            out << Block::paragraph(Doc::tr("One of the two rounds has too few respondents to compare.", lang));
        } else {
            const QString prevName = previous.name.trimmed().isEmpty() ? Doc::tr("Previous", lang) : previous.name.trimmed();
            const QString lastName = latest.name.trimmed().isEmpty() ? Doc::tr("Latest", lang) : latest.name.trimmed();
            out << Block::paragraph(Doc::tr("Average of all respondents per building block in %1 and in %2.", lang)
                                        .arg(roundLabel(previous, lang), roundLabel(latest, lang)));
            DocumentTable change{.header = {Doc::tr("Building block", lang), prevName, lastName, Doc::tr("Change", lang)},
                                 .columnWeights = {2.6, 1.4, 1.4, 1.2}};
            RadarChartData overlay{.title = Doc::tr("Previous and latest round", lang)};
            RadarSeries was{.label = prevName, .colour = 3, .dashed = true};
            RadarSeries now{.label = lastName, .colour = 0};
            const QList<BlockChange> changes = compareRounds(before, r);
            for (qsizetype i = 0; i < changes.size(); ++i) {
                const BlockChange &ch = changes[i];
                const std::optional<double> b = i < before.blocks.size() ? shownMean(before, before.blocks[i].stats, Group::All) : std::nullopt;
                const std::optional<double> a = shownMean(r, r.blocks[i].stats, Group::All);
                overlay.axes << buildingBlockTitle(c, ch.buildingBlock, lang);
                was.values << b;
                now.values << a;
                change.rows << QStringList{buildingBlockTitle(c, ch.buildingBlock, lang), b ? decimal(*b, lang) : QStringLiteral("–"), a ? decimal(*a, lang) : QStringLiteral("–"),
                                           a && b ? signedDecimal(*a - *b, lang) : QStringLiteral("–")};
            }
            overlay.series << was << now;
            out << Block::tableBlock(change) << Block::radarChart(overlay);
        }
    }

    // Where to talk.
    out << Block::subheading(Doc::tr("Largest differences between core and outer partners", lang));
    if (r.largestGaps.isEmpty()) {
        out << Block::paragraph(Doc::tr("Cannot be determined: that needs at least %1 people from both core and outer partners.", lang)
                                    .arg(kMinGroupSize));
    } else {
        DocumentTable gaps{.header = {Doc::tr("Statement", lang), Doc::tr("Core", lang), Doc::tr("Outer", lang), Doc::tr("Difference", lang)},
                           .columnWeights = {5.0, 0.8, 0.8, 0.9}};
        for (const StatementScore &s : r.largestGaps)
            gaps.rows << QStringList{statementText(c, s.statementId, lang) + QStringLiteral(" (") + buildingBlockTitle(c, s.buildingBlock, lang) + QLatin1Char(')'),
                                     decimal(*s.stats.core.mean, lang), decimal(*s.stats.outer.mean, lang), signedDecimal(*s.stats.gap(), lang)};
        out << Block::tableBlock(gaps);
    }
    out << Block::subheading(Doc::tr("Most disagreement", lang));
    if (r.largestDisagreements.isEmpty()) {
        out << Block::paragraph(Doc::tr("Cannot be determined: that needs at least %1 people.", lang).arg(kMinGroupSize));
    } else {
        DocumentTable spread{.header = {Doc::tr("Statement", lang), Doc::tr("Average", lang), Doc::tr("Spread", lang)},
                             .columnWeights = {5.0, 1.0, 1.0}};
        for (const StatementScore &s : r.largestDisagreements)
            spread.rows << QStringList{statementText(c, s.statementId, lang) + QStringLiteral(" (") + buildingBlockTitle(c, s.buildingBlock, lang) + QLatin1Char(')'),
                                       s.stats.all.mean ? decimal(*s.stats.all.mean, lang) : QStringLiteral("–"), decimal(s.stats.all.spread, lang)};
        out << Block::tableBlock(spread);
    }

    // Who is missing.
    out << Block::subheading(Doc::tr("Partners without a respondent", lang));
    if (r.partnersWithoutRespondent.isEmpty())
        out << Block::paragraph(Doc::tr("At least one person from every partner filled in the questionnaire.", lang));
    else
        out << Block::paragraph(Doc::tr("No one from %1 filled in the questionnaire; their view is missing from these results.", lang)
                                    .arg(partnerNames(d, r.partnersWithoutRespondent, lang)));

    if (withComments) {
        // A comment is shown only when its respondent's group — the
        // partner, or the role for someone without one — has at least
        // kMinGroupSize respondents in the round: a partner with one person
        // at the table would otherwise be recognised by its comment.
        const auto groupOf = [](const Respondent &x) {
            return x.partner ? QStringLiteral("p%1").arg(*x.partner) : QStringLiteral("r") + roleKey(x.role);
        };
        QHash<RecordId, QString> inRound;
        QHash<QString, int> groupSize;
        for (const Respondent &x : d.respondents)
            if (x.round == latest.id) {
                inRound.insert(x.id, groupOf(x));
                ++groupSize[groupOf(x)];
            }
        DocumentTable comments{.header = {Doc::tr("Building block", lang), Doc::tr("Comment", lang)}, .columnWeights = {1.4, 4.6}};
        int withheld = 0;
        for (const BuildingBlock &b : c.buildingBlocks)
            for (const AssessmentComment &x : d.comments)
                if (x.buildingBlock == b.id && inRound.contains(x.respondent) && !x.text.trimmed().isEmpty()) {
                    if (groupSize.value(inRound.value(x.respondent)) >= kMinGroupSize)
                        comments.rows << QStringList{b.title.in(lang), x.text.trimmed()};
                    else
                        ++withheld;
                }
        if (!comments.rows.isEmpty() || withheld > 0)
            out << Block::subheading(Doc::tr("Respondents’ comments", lang));
        if (!comments.rows.isEmpty()) {
            out << Block::note(Doc::tr("Without names, as given.", lang));
            out << Block::tableBlock(comments);
        }
        if (withheld > 0)
            out << Block::note(Doc::tr("%1 comments from partners with fewer than %2 respondents are left out, so that no one can be recognised by them.", lang)
                                   .arg(withheld)
                                   .arg(kMinGroupSize));
    }
    return out;
}

} // namespace doctext

} // namespace akkoord
