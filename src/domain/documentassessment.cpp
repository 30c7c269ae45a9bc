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
        return L(lang, "Iedereen", "Everyone");
    case Group::Core:
        return L(lang, "Kernpartners", "Core partners");
    case Group::Outer:
        return L(lang, "Schilpartners", "Outer partners");
    }
    return {};
}

QString tooFew(const QString &lang) { return L(lang, "te weinig respondenten", "too few respondents"); }

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
    const QString name = r.name.trimmed().isEmpty() ? L(lang, "Meting", "Round") : r.name.trimmed();
    return r.date.isValid() ? QStringLiteral("%1 (%2)").arg(name, longDate(r.date, lang)) : name;
}

RadarChartData radarOf(const RoundResults &r, const Catalog &c, const QString &lang)
{
    RadarChartData chart;
    chart.title = L(lang, "Gemiddelde score per bouwsteen", "Average score per building block");
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
        chart.note = L(lang, "Niet getoond (te weinig respondenten): %1.", "Not shown (too few respondents): %1.").arg(joinedList(hidden, lang));
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
    const QString count = r.respondents == 1 ? L(lang, "1 persoon", "1 person") : L(lang, "%1 personen", "%1 people").arg(r.respondents);
    out << Block::paragraph(L(lang, "Aan de zelfevaluatie ‘%1’ deden %2 mee: %3 van kernpartners en %4 van schilpartners. Zij gaven bij iedere stelling een score van 1 (helemaal oneens) tot 5 (helemaal eens); ‘weet niet’ telt niet mee in de gemiddelden.",
                              "%2 took part in the self-assessment ‘%1’: %3 from core partners and %4 from outer partners. They rated each statement from 1 (strongly disagree) to 5 (strongly agree); ‘don’t know’ does not count towards the averages.")
                                .arg(roundLabel(latest, lang), count)
                                .arg(r.coreRespondents)
                                .arg(r.outerRespondents));
    if (r.oneSided()) {
        const bool onlyCore = r.outerRespondents == 0;
        out << Block::notice(onlyCore ? L(lang, "Alleen kernpartners hebben de vragenlijst ingevuld. Hoe de schilpartners de samenwerking ervaren, blijft daardoor onzichtbaar; de resultaten zeggen alleen iets over de kijk van de kernpartners.",
                                          "Only core partners filled in the questionnaire. How the outer partners experience the collaboration therefore remains invisible; the results only show the core partners’ view.")
                                      : L(lang, "Alleen schilpartners hebben de vragenlijst ingevuld. Hoe de kernpartners de samenwerking ervaren, blijft daardoor onzichtbaar; de resultaten zeggen alleen iets over de kijk van de schilpartners.",
                                          "Only outer partners filled in the questionnaire. How the core partners experience the collaboration therefore remains invisible; the results only show the outer partners’ view."),
                             L(lang, "Let op: eenzijdig beeld. ", "Note: a one-sided picture. "));
    }
    DocumentTable groups{.header = {L(lang, "Groep", "Group"), L(lang, "Respondenten", "Respondents")}, .columnWeights = {3.0, 1.5}};
    groups.rows << QStringList{groupLabel(Group::Core, lang), QString::number(r.coreRespondents)}
                << QStringList{groupLabel(Group::Outer, lang), QString::number(r.outerRespondents)}
                << QStringList{L(lang, "Totaal", "Total"), QString::number(r.respondents)};
    out << Block::tableBlock(groups);

    // Per building block.
    out << Block::subheading(L(lang, "Gemiddelde en spreiding per bouwsteen", "Average and spread per building block"));
    DocumentTable blocks{.header = {L(lang, "Bouwsteen", "Building block"), groupLabel(Group::All, lang), groupLabel(Group::Core, lang), groupLabel(Group::Outer, lang)},
                         .columnWeights = {2.6, 1.6, 1.6, 1.6}};
    for (const BlockScore &b : r.blocks)
        blocks.rows << QStringList{buildingBlockTitle(c, b.buildingBlock, lang), statsCell(r, b.stats, Group::All, lang), statsCell(r, b.stats, Group::Core, lang),
                                   statsCell(r, b.stats, Group::Outer, lang)};
    out << Block::tableBlock(blocks);
    out << Block::note(L(lang, "Gemiddelde op een schaal van 1 tot 5, met tussen haakjes de spreiding (standaardafwijking): hoe groter, hoe meer de antwoorden uiteenlopen. Groepen van minder dan %1 personen worden niet getoond, zodat niemands antwoorden herkenbaar zijn.",
                         "Average on a scale of 1 to 5, with the spread (standard deviation) in brackets: the larger, the more the answers differ. Groups of fewer than %1 people are not shown, so no one’s answers can be recognised.")
                           .arg(kMinGroupSize));
    const RadarChartData radar = radarOf(r, c, lang);
    if (!radar.series.isEmpty())
        out << Block::radarChart(radar);

    // Change since the previous round.
    if (rounds.size() >= 2) {
        const AssessmentRound &previous = rounds[rounds.size() - 2];
        const RoundResults before = scoreRound(c, d, previous.id);
        out << Block::subheading(L(lang, "Verandering ten opzichte van de vorige meting", "Change since the previous round"));
        const bool comparable = before.respondents >= kMinGroupSize && r.respondents >= kMinGroupSize;
        if (!comparable) {
            out << Block::paragraph(L(lang, "Een van beide metingen heeft te weinig respondenten om te vergelijken.", "One of the two rounds has too few respondents to compare."));
        } else {
            const QString prevName = previous.name.trimmed().isEmpty() ? L(lang, "Vorige", "Previous") : previous.name.trimmed();
            const QString lastName = latest.name.trimmed().isEmpty() ? L(lang, "Laatste", "Latest") : latest.name.trimmed();
            out << Block::paragraph(L(lang, "Gemiddelde van alle respondenten per bouwsteen in %1 en in %2.", "Average of all respondents per building block in %1 and in %2.")
                                        .arg(roundLabel(previous, lang), roundLabel(latest, lang)));
            DocumentTable change{.header = {L(lang, "Bouwsteen", "Building block"), prevName, lastName, L(lang, "Verschil", "Change")},
                                 .columnWeights = {2.6, 1.4, 1.4, 1.2}};
            RadarChartData overlay{.title = L(lang, "Vorige en laatste meting", "Previous and latest round")};
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
    out << Block::subheading(L(lang, "Grootste verschillen tussen kern- en schilpartners", "Largest differences between core and outer partners"));
    if (r.largestGaps.isEmpty()) {
        out << Block::paragraph(L(lang, "Niet te bepalen: daarvoor moeten van zowel kern- als schilpartners ten minste %1 personen meedoen.",
                                  "Cannot be determined: that needs at least %1 people from both core and outer partners.")
                                    .arg(kMinGroupSize));
    } else {
        DocumentTable gaps{.header = {L(lang, "Stelling", "Statement"), L(lang, "Kern", "Core"), L(lang, "Schil", "Outer"), L(lang, "Verschil", "Gap")},
                           .columnWeights = {5.0, 0.8, 0.8, 0.9}};
        for (const StatementScore &s : r.largestGaps)
            gaps.rows << QStringList{statementText(c, s.statementId, lang) + QStringLiteral(" (") + buildingBlockTitle(c, s.buildingBlock, lang) + QLatin1Char(')'),
                                     decimal(*s.stats.core.mean, lang), decimal(*s.stats.outer.mean, lang), signedDecimal(*s.stats.gap(), lang)};
        out << Block::tableBlock(gaps);
    }
    out << Block::subheading(L(lang, "Meeste verschil van mening", "Most disagreement"));
    if (r.largestDisagreements.isEmpty()) {
        out << Block::paragraph(L(lang, "Niet te bepalen: daarvoor moeten ten minste %1 personen meedoen.", "Cannot be determined: that needs at least %1 people.").arg(kMinGroupSize));
    } else {
        DocumentTable spread{.header = {L(lang, "Stelling", "Statement"), L(lang, "Gemiddeld", "Average"), L(lang, "Spreiding", "Spread")},
                             .columnWeights = {5.0, 1.0, 1.0}};
        for (const StatementScore &s : r.largestDisagreements)
            spread.rows << QStringList{statementText(c, s.statementId, lang) + QStringLiteral(" (") + buildingBlockTitle(c, s.buildingBlock, lang) + QLatin1Char(')'),
                                       s.stats.all.mean ? decimal(*s.stats.all.mean, lang) : QStringLiteral("–"), decimal(s.stats.all.spread, lang)};
        out << Block::tableBlock(spread);
    }

    // Who is missing.
    out << Block::subheading(L(lang, "Partners zonder respondent", "Partners without a respondent"));
    if (r.partnersWithoutRespondent.isEmpty())
        out << Block::paragraph(L(lang, "Van iedere partner heeft ten minste één persoon de vragenlijst ingevuld.", "At least one person from every partner filled in the questionnaire."));
    else
        out << Block::paragraph(L(lang, "Van %1 heeft niemand de vragenlijst ingevuld; hun kijk ontbreekt in deze resultaten.",
                                  "No one from %1 filled in the questionnaire; their view is missing from these results.")
                                    .arg(partnerNames(d, r.partnersWithoutRespondent, lang)));

    if (withComments) {
        QHash<RecordId, bool> inRound;
        for (const Respondent &x : d.respondents)
            if (x.round == latest.id)
                inRound.insert(x.id, true);
        DocumentTable comments{.header = {L(lang, "Bouwsteen", "Building block"), L(lang, "Toelichting", "Comment")}, .columnWeights = {1.4, 4.6}};
        for (const BuildingBlock &b : c.buildingBlocks)
            for (const AssessmentComment &x : d.comments)
                if (x.buildingBlock == b.id && inRound.contains(x.respondent) && !x.text.trimmed().isEmpty())
                    comments.rows << QStringList{b.title.in(lang), x.text.trimmed()};
        if (!comments.rows.isEmpty()) {
            out << Block::subheading(L(lang, "Toelichtingen van respondenten", "Respondents’ comments"));
            out << Block::note(L(lang, "Zonder namen, zoals gegeven.", "Without names, as given."));
            out << Block::tableBlock(comments);
        }
    }
    return out;
}

} // namespace doctext

} // namespace akkoord
