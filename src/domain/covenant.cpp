// Covenant assembly: from a trajectory to the articles of a covenant.

#include "domain/document.h"
#include "domain/documenttext.h"

#include <algorithm>
#include <functional>

namespace akkoord {

using namespace doctext;

namespace {

using Section = DocumentSection;
using Block = DocumentBlock;

class CovenantBuilder
{
public:
    CovenantBuilder(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options)
        : d(data)
        , c(catalog)
        , o(options)
        , lang(options.language)
        , agreements(covenantAgreements(data, catalog, options.includeProposals))
    {
    }

    Document build()
    {
        Document doc;
        doc.kind = DocumentKind::Covenant;
        doc.language = lang;
        doc.title = d.info.title.trimmed().isEmpty() ? L(lang, "Samenwerkingsconvenant", "Collaboration covenant") : d.info.title;
        doc.shortTitle = d.info.shortTitle.trimmed().isEmpty() ? doc.title : d.info.shortTitle;
        doc.subject = L(lang, "Convenant", "Covenant") + (d.info.municipality.isEmpty() ? QString() : QStringLiteral(" — ") + d.info.municipality);
        doc.author = o.author.isEmpty() ? d.info.facilitator : o.author;
        const bool hasGaps = !covenantGaps(d, c, lang).isEmpty();
        doc.draft = o.draft == DocumentOptions::Draft::Draft || (o.draft == DocumentOptions::Draft::Auto && hasGaps);
        draft = doc.draft;
        doc.titlePage = titlePage(doc.title);
        doc.sections << parties() << considerations();
        for (const auto &article : {&CovenantBuilder::purpose, &CovenantBuilder::partnersAndRoles})
            addArticle(doc, (this->*article)());
        for (const BuildingBlock &b : c.buildingBlocks)
            addArticle(doc, buildingBlockArticle(b));
        for (const auto &article : {&CovenantBuilder::accountability, &CovenantBuilder::duration, &CovenantBuilder::amendment,
                                    &CovenantBuilder::disputes, &CovenantBuilder::finalProvisions})
            addArticle(doc, (this->*article)());
        doc.sections << signatures();
        if (o.includeAnnexes) {
            // Each annex builder returns an empty section when it has nothing
            // to show.
            for (const auto &annex : {&CovenantBuilder::agreementsAnnex, &CovenantBuilder::urgencyAnnex, &CovenantBuilder::assessmentAnnex})
                addAnnex(doc, (this->*annex)());
        }
        return doc;
    }

private:
    void addArticle(Document &doc, Section s)
    {
        if (s.blocks.isEmpty())
            return;
        s.role = Section::Role::Article;
        s.number = L(lang, "Artikel %1", "Article %1").arg(++articleCount);
        doc.sections << s;
    }

    void addAnnex(Document &doc, Section s)
    {
        if (s.blocks.isEmpty())
            return;
        s.role = Section::Role::Annex;
        s.number = L(lang, "Bijlage %1", "Annex %1").arg(++annexCount);
        s.newPage = true;
        doc.sections << s;
    }

    // Numbers the clauses of one article: "1.", "2.", …
    static void numberClauses(Section &s)
    {
        int n = 0;
        for (Block &b : s.blocks)
            if (b.kind == Block::Kind::Clause)
                b.number = QString::number(++n) + QLatin1Char('.');
    }

    static Block clause(const QString &text) { return Block::clause({}, text); }

    QString issueText() const
    {
        if (!d.info.issue.trimmed().isEmpty())
            return d.info.issue.trimmed();
        const Answer *a = d.answer(QStringLiteral("verkennen.vraagstuk"));
        return a ? a->text.trimmed() : QString();
    }

    QString answerText(const char *questionId) const
    {
        const Answer *a = d.answer(QString::fromLatin1(questionId));
        return a ? a->text.trimmed() : QString();
    }

    TitlePage titlePage(const QString &title) const
    {
        TitlePage t;
        t.kindLabel = L(lang, "Convenant", "Covenant");
        t.title = title;
        t.subtitle = L(lang, "Samenwerkingsafspraken voor kinderen, jongeren en hun ouders",
                       "Collaboration agreements for children, young people and their parents");
        t.municipality = d.info.municipality;
        t.partiesHeading = L(lang, "Partijen", "Parties");
        for (const Partner &p : d.partners)
            t.parties << p.organisation;
        const QString place = d.info.signingPlace.trimmed();
        const QString date = longDate(d.info.signingDate, lang);
        if (!place.isEmpty() && !date.isEmpty())
            t.placeAndDate = place + QStringLiteral(", ") + date;
        else if (!place.isEmpty() || !date.isEmpty())
            t.placeAndDate = place + date;
        return t;
    }

    Section parties() const
    {
        Section s{.role = Section::Role::Preamble, .key = QStringLiteral("parties"), .title = L(lang, "Partijen", "The parties"),
                  .newPage = true};
        s.blocks << Block::paragraph(L(lang, "De ondergetekenden:", "The undersigned:"));
        int n = 0;
        for (const Partner &p : d.partners) {
            QString text = p.organisation;
            if (!p.signatory.name.trimmed().isEmpty()) {
                text += L(lang, ", vertegenwoordigd door %1", ", represented by %1").arg(p.signatory.name.trimmed());
                if (!p.signatory.function.trimmed().isEmpty())
                    text += QStringLiteral(", ") + p.signatory.function.trimmed();
            }
            if (p.signatory.underMandateReservation)
                text += L(lang, ", onder voorbehoud van mandaat", ", subject to mandate");
            text += L(lang, " (%1);", " (%1);").arg(roleText(p.role, lang));
            s.blocks << Block::clause(QString::number(++n) + QLatin1Char('.'), text);
        }
        s.blocks << Block::paragraph(L(lang, "hierna gezamenlijk te noemen: partijen,", "hereinafter jointly referred to as: the parties,"));
        return s;
    }

    Section considerations() const
    {
        Section s{.role = Section::Role::Preamble, .key = QStringLiteral("considerations"), .title = L(lang, "Overwegingen", "Recitals")};
        s.blocks << Block::paragraph(L(lang, "Partijen, overwegende dat:", "The parties, considering that:"));
        const QString issue = issueText();
        if (!issue.isEmpty())
            s.blocks << Block::bullet(L(lang, "zij een gezamenlijk vraagstuk zien: %1", "they share a joint issue: %1").arg(issue));
        const QString elaborated = answerText("verkennen.vraagstuk");
        if (!elaborated.isEmpty() && elaborated != issue)
            s.blocks << Block::bullet(L(lang, "zij dit vraagstuk als volgt hebben verkend: %1", "they have explored this issue as follows: %1").arg(elaborated));
        const UrgencyChartData urgency = urgencyChartData(d, c, lang);
        if (!urgency.averageLabel.isEmpty()) {
            int rated = 0;
            for (const UrgencyEntry &e : urgency.entries)
                rated += e.score > 0 ? 1 : 0;
            s.blocks << Block::bullet(L(lang, "%1 van de %2 partijen de urgentie van dit vraagstuk hebben gewogen, %3 op een schaal van 1 tot 5;",
                                        "%1 of the %2 parties have rated the urgency of this issue, %3 on a scale of 1 to 5;")
                                          .arg(rated)
                                          .arg(urgency.entries.size())
                                          .arg(urgency.averageLabel));
        }
        if (!d.ambitions.isEmpty()) {
            QStringList titles;
            for (const Ambition &a : d.ambitions)
                titles << QStringLiteral("‘") + a.title.trimmed() + QStringLiteral("’");
            s.blocks << Block::bullet(L(lang, "zij de volgende gezamenlijke ambities delen: %1;", "they share the following ambitions: %1;")
                                          .arg(joinedList(titles, lang)));
        }
        QStringList blocks;
        for (const BuildingBlock &b : c.buildingBlocks)
            blocks << b.title.in(lang).toLower();
        if (!blocks.isEmpty())
            s.blocks << Block::bullet(L(lang, "duurzame samenwerking afspraken vraagt op alle bouwstenen: %1;",
                                        "lasting collaboration needs agreements on every building block: %1;")
                                          .arg(joinedList(blocks, lang)));
        s.blocks << Block::bullet(L(lang, "een integraal kindcentrum of andere samenwerkingsvorm een middel is en nooit een doel op zich;",
                                    "an integrated child centre or any other form of collaboration is a means, never a goal in itself;"));
        s.blocks << Block::paragraph(L(lang, "komen het volgende overeen.", "agree as follows."));
        return s;
    }

    Section purpose() const
    {
        Section s{.key = QStringLiteral("article.purpose"), .title = L(lang, "Doel en ambities", "Purpose and ambitions")};
        const QString issue = issueText();
        if (!issue.isEmpty())
            s.blocks << clause(L(lang, "Partijen werken samen aan het gezamenlijke vraagstuk: %1", "The parties work together on the joint issue: %1").arg(issue));
        if (!d.ambitions.isEmpty())
            s.blocks << clause(L(lang, "Partijen streven de volgende ambities na:", "The parties pursue the following ambitions:"));
        for (const Ambition &a : d.ambitions) {
            s.blocks << Block::bullet(a.title.trimmed());
            if (!a.intendedResult.trimmed().isEmpty())
                s.blocks << Block::paragraph(a.intendedResult.trimmed(), L(lang, "Beoogd resultaat voor kinderen en ouders: ", "Intended result for children and parents: "));
        }
        const auto yields = [&](const char *question, const char *nl, const char *en) {
            const QStringList items = listItems(answerText(question));
            if (items.isEmpty())
                return;
            s.blocks << clause(L(lang, nl, en));
            for (const QString &item : items)
                s.blocks << Block::bullet(item);
        };
        yields("ambities.opbrengst-kinderen", "Kinderen merken dit aan:", "Children will notice:");
        yields("ambities.opbrengst-ouders", "Ouders merken dit aan:", "Parents will notice:");
        numberClauses(s);
        return s;
    }

    Section partnersAndRoles() const
    {
        Section s{.key = QStringLiteral("article.partners"), .title = L(lang, "Partners en rollen", "Partners and roles")};
        QStringList core;
        QStringList outer;
        for (const Partner &p : d.partners)
            (p.role == PartnerRole::Core ? core : outer) << p.organisation;
        if (!core.isEmpty())
            s.blocks << clause(L(lang, "Kernpartners zijn %1. Zij dragen samen de verantwoordelijkheid voor het bereiken van de ambities en nemen deel aan het regulier overleg.",
                                 "The core partners are %1. Together they are responsible for achieving the ambitions and take part in the regular meetings.")
                                   .arg(joinedList(core, lang)));
        if (!outer.isEmpty())
            s.blocks << clause(L(lang, "Schilpartners zijn %1. Zij leveren een bijdrage aan afspraken waarbij zij betrokken zijn en worden periodiek geïnformeerd.",
                                 "The outer partners are %1. They contribute to the agreements they are involved in and are kept informed periodically.")
                                   .arg(joinedList(outer, lang)));
        const Question *lead = c.question(QStringLiteral("verkennen.trekker"));
        const Answer *leadAnswer = d.answer(QStringLiteral("verkennen.trekker"));
        if (lead && leadAnswer) {
            const QStringList names = choiceLabels(*lead, *leadAnswer, d, lang);
            if (!names.isEmpty())
                s.blocks << clause(L(lang, "De samenwerking wordt getrokken door %1.", "The collaboration is led by %1.").arg(joinedList(names, lang)));
        }
        const QString municipalityRole = answerText("verkennen.rol-gemeente");
        if (!municipalityRole.isEmpty())
            s.blocks << clause(L(lang, "De rol van de gemeente: %1", "The role of the municipality: %1").arg(municipalityRole));
        if (!s.blocks.isEmpty())
            s.blocks << clause(L(lang, "Iedere partij blijft verantwoordelijk voor de eigen taken en legt daarover verantwoording af aan het eigen bestuur, de eigen raad of toezichthouder.",
                                 "Each party remains responsible for its own tasks and accounts for them to its own board, council or supervisory body."));
        numberClauses(s);
        return s;
    }

    Section buildingBlockArticle(const BuildingBlock &b) const
    {
        Section s{.key = QStringLiteral("article.block.") + b.id, .title = b.title.in(lang)};
        int n = 0;
        for (const Agreement &a : agreements) {
            if (a.buildingBlock != b.id)
                continue;
            QString what = a.what.trimmed();
            if (a.status == AgreementStatus::Proposed)
                what += L(lang, " (voorstel)", " (proposal)");
            s.blocks << Block::clause(QString::number(++n) + QLatin1Char('.'), what);
            if (a.owner || !a.contributors.isEmpty()) {
                QString who = a.owner ? L(lang, "%1 (eigenaar)", "%1 (owner)").arg(partnerName(d, *a.owner, lang)) : QString();
                if (!a.contributors.isEmpty())
                    who += (who.isEmpty() ? QString() : L(lang, ", met ", ", with ")) + partnerNames(d, a.contributors, lang);
                s.blocks << Block::bullet(who, L(lang, "Wie: ", "Who: "));
            }
            if (a.deadline.isValid())
                s.blocks << Block::bullet(L(lang, "uiterlijk %1", "by %1").arg(longDate(a.deadline, lang)), L(lang, "Wanneer: ", "When: "));
            if (!a.means.trimmed().isEmpty())
                s.blocks << Block::bullet(a.means.trimmed(), L(lang, "Middelen: ", "Means: "));
            if (!a.indicator.trimmed().isEmpty())
                s.blocks << Block::bullet(a.indicator.trimmed(), L(lang, "Indicator: ", "Indicator: "));
            if (!a.target.trimmed().isEmpty())
                s.blocks << Block::bullet(a.target.trimmed(), L(lang, "Streefwaarde: ", "Target: "));
            const QString serves = ambitionTitles(d, a.ambitions, lang);
            if (!serves.isEmpty())
                s.blocks << Block::bullet(serves, L(lang, "Draagt bij aan: ", "Serves: "));
        }
        if (n == 0 && draft)
            s.blocks << Block::note(L(lang, "Voor deze bouwsteen zijn nog geen afspraken gemaakt.", "No agreements have been made for this building block yet."));
        return s;
    }

    Section accountability() const
    {
        Section s{.key = QStringLiteral("article.accountability"), .title = L(lang, "Verantwoording en evaluatie", "Accountability and evaluation")};
        for (const AccountabilityItem &item : d.accountability) {
            QString text = L(lang, "Partijen leggen verantwoording af over %1", "The parties account for %1").arg(item.about.trimmed());
            if (!item.toWhom.trimmed().isEmpty())
                text += L(lang, " aan %1", " to %1").arg(item.toWhom.trimmed());
            if (!item.frequency.trimmed().isEmpty())
                text += QStringLiteral(", ") + item.frequency.trimmed();
            if (!item.form.trimmed().isEmpty())
                text += L(lang, ", in de vorm van %1", ", in the form of %1").arg(item.form.trimmed());
            s.blocks << clause(text + QLatin1Char('.'));
        }
        if (!d.info.evaluationRhythm.trimmed().isEmpty())
            s.blocks << clause(L(lang, "Partijen evalueren de samenwerking en de resultaten %1.", "The parties evaluate the collaboration and its results %1.")
                                   .arg(d.info.evaluationRhythm.trimmed()));
        if (!d.evaluations.isEmpty()) {
            s.blocks << clause(L(lang, "De volgende evaluatiemomenten zijn vastgelegd:", "The following evaluations are planned:"));
            for (const Evaluation &e : d.evaluations)
                s.blocks << Block::bullet(e.description.trimmed(), e.date.isValid() ? longDate(e.date, lang) + QStringLiteral(": ") : QString());
        }
        numberClauses(s);
        return s;
    }

    Section duration() const
    {
        Section s{.key = QStringLiteral("article.duration"), .title = L(lang, "Looptijd, ingang en herziening", "Duration, start and review")};
        const int years = std::max(1, d.info.durationYears);
        if (d.info.startDate.isValid())
            s.blocks << clause(L(lang, "Dit convenant treedt in werking op %1 en geldt voor %2 jaar.", "This covenant takes effect on %1 and runs for %2 years.")
                                   .arg(longDate(d.info.startDate, lang))
                                   .arg(years));
        else
            s.blocks << clause(L(lang, "Dit convenant treedt in werking op de dag na ondertekening door alle partijen en geldt voor %1 jaar.",
                                 "This covenant takes effect on the day after all parties have signed it and runs for %1 years.")
                                   .arg(years));
        s.blocks << clause(L(lang, "Uiterlijk zes maanden voor het einde van de looptijd besluiten partijen of, en in welke vorm, zij de samenwerking voortzetten.",
                             "No later than six months before the end of its term, the parties decide whether, and in what form, they continue the collaboration."));
        s.blocks << clause(L(lang, "De afspraken blijven na gemeenteraadsverkiezingen onverminderd van kracht. Binnen zes maanden na het aantreden van een nieuw college bespreken partijen met het college de voortgang en of herijking nodig is.",
                             "The agreements remain in force after municipal elections. Within six months after a new municipal executive takes office, the parties discuss the progress with it and whether a review is needed."));
        const QString lasting = answerText("verantwoorden.bestendigheid");
        if (!lasting.isEmpty())
            s.blocks << clause(lasting);
        numberClauses(s);
        return s;
    }

    Section amendment() const
    {
        Section s{.key = QStringLiteral("article.amendment"), .title = L(lang, "Wijziging, toetreding en uittreding", "Amendment, joining and leaving")};
        s.blocks << clause(L(lang, "Iedere partij kan de andere partijen schriftelijk verzoeken dit convenant te wijzigen. Partijen overleggen binnen zes weken over het verzoek; een wijziging geldt na schriftelijke instemming van alle partijen.",
                             "Any party may ask the other parties in writing to amend this covenant. The parties consult on the request within six weeks; an amendment takes effect once all parties have agreed in writing."));
        s.blocks << clause(L(lang, "Een organisatie die wil bijdragen aan de ambities kan met instemming van alle partijen toetreden door het convenant mede te ondertekenen.",
                             "An organisation that wants to contribute to the ambitions may join, with the consent of all parties, by co-signing the covenant."));
        s.blocks << clause(L(lang, "Een partij kan het convenant opzeggen met een opzegtermijn van zes maanden, na overleg met de andere partijen over de gevolgen voor de lopende afspraken.",
                             "A party may leave the covenant with six months' notice, after consulting the other parties on the consequences for ongoing agreements."));
        const QString joining = answerText("verantwoorden.toe-en-uittreden");
        if (!joining.isEmpty())
            s.blocks << clause(joining);
        numberClauses(s);
        return s;
    }

    Section disputes() const
    {
        Section s{.key = QStringLiteral("article.disputes"), .title = L(lang, "Geschillen", "Disputes")};
        s.blocks << clause(L(lang, "Partijen lossen verschillen van inzicht over de uitvoering van dit convenant eerst op in onderling overleg.",
                             "The parties first resolve differences of opinion about carrying out this covenant among themselves."));
        s.blocks << clause(L(lang, "Komen partijen er samen niet uit, dan kunnen zij in gezamenlijk overleg een onafhankelijke bemiddelaar inschakelen.",
                             "If they cannot agree, the parties may jointly call in an independent mediator."));
        s.blocks << clause(L(lang, "Dit convenant is geen overeenkomst die in rechte afdwingbaar is; partijen spreken elkaar aan op hun inzet.",
                             "This covenant is not a contract enforceable in law; the parties hold each other to their commitment."));
        numberClauses(s);
        return s;
    }

    Section finalProvisions() const
    {
        Section s{.key = QStringLiteral("article.final"), .title = L(lang, "Slotbepaling", "Final provision")};
        const QString name = d.info.shortTitle.trimmed().isEmpty() ? d.info.title.trimmed() : d.info.shortTitle.trimmed();
        if (!name.isEmpty())
            s.blocks << clause(L(lang, "Dit convenant wordt aangehaald als: %1.", "This covenant may be cited as: %1.").arg(name));
        numberClauses(s);
        return s;
    }

    Section signatures() const
    {
        Section s{.role = Section::Role::Signatures, .key = QStringLiteral("signatures"), .title = L(lang, "Ondertekening", "Signatures"),
                  .newPage = true};
        const QString place = d.info.signingPlace.trimmed();
        if (!place.isEmpty() && d.info.signingDate.isValid())
            s.blocks << Block::paragraph(L(lang, "Aldus overeengekomen en ondertekend te %1 op %2.", "Thus agreed and signed at %1 on %2.")
                                             .arg(place, longDate(d.info.signingDate, lang)));
        else
            s.blocks << Block::paragraph(L(lang, "Aldus overeengekomen en ondertekend.", "Thus agreed and signed."));
        QList<SignatureBlock> blocks;
        for (const Partner &p : d.partners)
            blocks << SignatureBlock{.organisation = p.organisation,
                                     .name = p.signatory.name,
                                     .function = p.signatory.function,
                                     .place = place,
                                     .date = d.info.signingDate,
                                     .underMandateReservation = p.signatory.underMandateReservation};
        if (!blocks.isEmpty())
            s.blocks << Block::signatureBlocks(blocks);
        return s;
    }

    Section agreementsAnnex() const
    {
        Section s{.key = QStringLiteral("annex.agreements"), .title = L(lang, "Overzicht van de afspraken", "Overview of the agreements")};
        if (!agreements.isEmpty())
            s.blocks << Block::tableBlock(agreementsTable(d, c, agreements, lang));
        return s;
    }

    Section urgencyAnnex() const
    {
        Section s{.key = QStringLiteral("annex.urgency"), .title = L(lang, "Urgentie per partner", "Urgency per partner")};
        const UrgencyChartData chart = urgencyChartData(d, c, lang);
        if (chart.averageLabel.isEmpty())
            return s;
        s.blocks << Block::paragraph(L(lang, "Bij de verkenning gaf iedere partner aan hoe urgent hij het vraagstuk vindt, op een schaal van 1 (niet urgent) tot 5 (zeer urgent).",
                                       "During the exploration each partner rated how urgent it finds the issue, on a scale of 1 (not urgent) to 5 (very urgent)."));
        s.blocks << Block::urgencyChart(chart);
        DocumentTable reasons{.header = {L(lang, "Partner", "Partner"), L(lang, "Score", "Score"), L(lang, "Toelichting", "Reason")},
                              .columnWeights = {2.0, 0.6, 4.0}};
        for (const UrgencyEntry &e : chart.entries)
            reasons.rows.append({e.partner, e.score > 0 ? QString::number(e.score) : QStringLiteral("–"), e.reason});
        s.blocks << Block::tableBlock(reasons);
        return s;
    }

    Section assessmentAnnex() const
    {
        return Section{.key = QStringLiteral("annex.assessment"), .title = L(lang, "Resultaten zelfevaluatie", "Self-assessment results"),
                       .blocks = assessmentBlocks(d, c, lang, false)};
    }

    const TrajectoryData &d;
    const Catalog &c;
    const DocumentOptions &o;
    const QString lang;
    const QList<Agreement> agreements;
    bool draft = true;
    int articleCount = 0;
    int annexCount = 0;
};

} // namespace

Document buildCovenant(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options)
{
    return CovenantBuilder(data, catalog, options).build();
}

} // namespace akkoord
