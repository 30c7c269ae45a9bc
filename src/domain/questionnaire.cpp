// The blank self-assessment questionnaire, for respondents who answer on
// paper; the facilitator types the answers in afterwards.

#include "domain/assessment.h"
#include "domain/document.h"
#include "domain/documenttext.h"

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
    doc.title = L(lang, "Vragenlijst zelfevaluatie", "Self-assessment questionnaire") + (trajectory.isEmpty() ? QString() : QStringLiteral(" — ") + trajectory);
    doc.shortTitle = d.info.shortTitle.trimmed().isEmpty() ? (trajectory.isEmpty() ? doc.title : trajectory) : d.info.shortTitle.trimmed();
    doc.subject = L(lang, "Vragenlijst zelfevaluatie", "Self-assessment questionnaire");
    doc.author = o.author.isEmpty() ? d.info.facilitator : o.author;
    doc.draft = false;
    doc.titlePage.kindLabel = L(lang, "Vragenlijst", "Questionnaire"); // no title: no title page

    Section intro{.role = Section::Role::Chapter, .key = QStringLiteral("questionnaire.intro"),
                  .title = L(lang, "Vragenlijst zelfevaluatie", "Self-assessment questionnaire")};
    if (!trajectory.isEmpty())
        intro.blocks << Block::paragraph(trajectory + (d.info.municipality.trimmed().isEmpty() ? QString() : QStringLiteral(", ") + d.info.municipality.trimmed()),
                                         L(lang, "Samenwerking: ", "Collaboration: "));
    intro.blocks << Block::paragraph(
        L(lang, "Deze vragenlijst gaat over hoe u de samenwerking op dit moment ervaart. Geef bij iedere stelling aan in hoeverre u het ermee eens bent, van 1 (helemaal oneens) tot 5 (helemaal eens). Zet per stelling één kruisje. Weet u het niet, of past de stelling niet bij uw werk, kruis dan ‘weet niet / n.v.t.’ aan. Er zijn geen goede of foute antwoorden: het gaat om uw eigen ervaring.",
          "This questionnaire is about how you experience the collaboration at the moment. For each statement, say how much you agree, from 1 (strongly disagree) to 5 (strongly agree). Tick one box per statement. If you do not know, or the statement does not fit your work, tick ‘don’t know / n/a’. There are no right or wrong answers: it is about your own experience."));
    intro.blocks << Block::paragraph(L(lang, "Uw antwoorden worden alleen samengevoegd getoond, per groep van ten minste %1 personen. Niemand krijgt uw antwoorden afzonderlijk te zien. Onder iedere bouwsteen is ruimte voor een toelichting.",
                                       "Your answers are only shown combined, per group of at least %1 people. No one gets to see your answers on their own. Below each building block there is room for a comment.")
                                         .arg(kMinGroupSize));
    intro.blocks << Block::field(L(lang, "Naam", "Name")) << Block::field(L(lang, "Organisatie", "Organisation"))
                 << Block::field(L(lang, "Mijn organisatie is", "My organisation is"),
                                 1, {L(lang, "kernpartner", "core partner"), L(lang, "schilpartner", "outer partner"), L(lang, "weet ik niet", "I don’t know")});
    doc.sections << intro;

    const QStringList scale{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                            L(lang, "weet niet / n.v.t.", "don’t know / n/a")};
    int number = 0;
    int blockNumber = 0;
    for (const BuildingBlock &b : c.buildingBlocks) {
        if (b.statements.isEmpty())
            continue;
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("questionnaire.") + b.id, .number = QString::number(++blockNumber), .title = b.title.in(lang)};
        s.blocks << Block::scaleHeader(scale, L(lang, "1 = helemaal oneens · 5 = helemaal eens", "1 = strongly disagree · 5 = strongly agree"));
        for (const Statement &st : b.statements)
            s.blocks << Block::scaleItem(QString::number(++number), st.text.in(lang), scale);
        s.blocks << Block::field(L(lang, "Toelichting bij %1 (niet verplicht)", "Comment on %1 (optional)").arg(b.title.in(lang).toLower()), 3);
        doc.sections << s;
    }
    doc.sections.last().blocks << Block::note(L(lang, "Dank u wel. Geef de ingevulde vragenlijst terug aan de procesbegeleider%1.", "Thank you. Please hand the completed questionnaire to the facilitator%1.")
                                     .arg(d.info.facilitator.trimmed().isEmpty() ? QString() : QStringLiteral(" (") + d.info.facilitator.trimmed() + QLatin1Char(')')));
    return doc;
}

} // namespace akkoord
