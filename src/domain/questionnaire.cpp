// The blank self-assessment questionnaire, for respondents who answer on
// paper; the facilitator types the answers in afterwards.

#include "domain/assessment.h"
#include "domain/document.h"
#include "domain/documenttext.h"

#include <algorithm>

namespace akkoord {

using namespace doctext;

Document buildQuestionnaire(const TrajectoryData &d, const Catalog &c, const DocumentOptions &o)
{
    using Block = DocumentBlock;
    using Section = DocumentSection;
    const QString lang = o.language;
    Document doc;
    doc.kind = DocumentKind::Questionnaire;
    doc.language = lang;
    const QString trajectory = d.info.title.trimmed();
    doc.title = Doc::tr("Self-assessment questionnaire", lang) + (trajectory.isEmpty() ? QString() : QStringLiteral(" — ") + trajectory);
    doc.shortTitle = d.info.shortTitle.trimmed().isEmpty() ? (trajectory.isEmpty() ? doc.title : trajectory) : d.info.shortTitle.trimmed();
    doc.subject = Doc::tr("Self-assessment questionnaire", lang);
    doc.author = o.author.isEmpty() ? d.info.facilitator : o.author;
    doc.draft = false;
    doc.titlePage.kindLabel = Doc::tr("Questionnaire", lang); // no title: no title page
    const bool forParents = o.audience == Audience::ParentsYoungPeople;

    Section intro{.role = Section::Role::Chapter, .key = QStringLiteral("questionnaire.intro"),
                  .title = Doc::tr("Self-assessment questionnaire", lang)};
    if (!trajectory.isEmpty())
        intro.blocks << Block::paragraph(trajectory + (d.info.municipality.trimmed().isEmpty() ? QString() : QStringLiteral(", ") + d.info.municipality.trimmed()),
                                         Doc::tr("Collaboration: ", lang));
    if (forParents)
        intro.blocks << Block::paragraph(
            Doc::tr("This questionnaire is for parents and young people. It asks how you experience the way the organisations around children work together. For each statement, say how much you agree, from 1 (strongly disagree) to 5 (strongly agree). Tick one box per statement. If you do not know, tick ‘don’t know / n/a’. There are no right or wrong answers.", lang));
    else
        intro.blocks << Block::paragraph(
            Doc::tr("This questionnaire is about how you experience the collaboration at the moment. For each statement, say how much you agree, from 1 (strongly disagree) to 5 (strongly agree). Tick one box per statement. If you do not know, or the statement does not fit your work, tick ‘don’t know / n/a’. There are no right or wrong answers: it is about your own experience.", lang));
    intro.blocks << Block::paragraph(Doc::tr("Your answers are only shown combined, per group of at least %1 people. No one gets to see your answers on their own. Below each building block there is room for a comment.", lang)
                                         .arg(kMinGroupSize));
    // No name: the results are anonymous (issue 16); only what the scoring
    // needs — the organisation and its role, or parent or young person.
    if (forParents)
        intro.blocks << Block::field(Doc::tr("I fill this in as", lang), 1, {Doc::tr("parent or carer", lang), Doc::tr("young person", lang)});
    else
        intro.blocks << Block::field(Doc::tr("Organisation", lang))
                     << Block::field(Doc::tr("My organisation is", lang),
                                     1, {Doc::tr("core partner", lang), Doc::tr("outer partner", lang), Doc::tr("I don’t know", lang)});
    doc.sections << intro;

    const QStringList scale{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                            Doc::tr("don’t know / n/a", lang)};
    int number = 0;
    int blockNumber = 0;
    for (const BuildingBlock &b : c.buildingBlocks) {
        const bool any = std::any_of(b.statements.cbegin(), b.statements.cend(), [&](const Statement &st) { return st.isFor(o.audience); });
        if (!any) {
            number += int(b.statements.size());
            continue;
        }
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("questionnaire.") + b.id, .number = QString::number(++blockNumber), .title = b.title.in(lang)};
        s.blocks << Block::scaleHeader(scale, Doc::tr("1 = strongly disagree · 5 = strongly agree", lang));
        for (const Statement &st : b.statements) {
            ++number;
            if (st.isFor(o.audience))
                s.blocks << Block::scaleItem(QString::number(number), st.text.in(lang), scale);
        }
        s.blocks << Block::field(Doc::tr("Comment on %1 (optional)", lang).arg(b.title.in(lang).toLower()), 3);
        doc.sections << s;
    }
    doc.sections.last().blocks << Block::note(Doc::tr("Thank you. Please hand the completed questionnaire to the facilitator%1.", lang)
                                     .arg(d.info.facilitator.trimmed().isEmpty() ? QString() : QStringLiteral(" (") + d.info.facilitator.trimmed() + QLatin1Char(')')));
    return doc;
}

} // namespace akkoord
