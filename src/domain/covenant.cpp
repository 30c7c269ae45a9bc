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
        doc.title = d.info.title.trimmed().isEmpty() ? Doc::tr("Collaboration covenant", lang) : d.info.title;
        doc.shortTitle = d.info.shortTitle.trimmed().isEmpty() ? doc.title : d.info.shortTitle;
        doc.subject = Doc::tr("Covenant", lang) + (d.info.municipality.isEmpty() ? QString() : QStringLiteral(" — ") + d.info.municipality);
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
        s.number = Doc::tr("Article %1", lang).arg(++articleCount);
        doc.sections << s;
    }

    void addAnnex(Document &doc, Section s)
    {
        if (s.blocks.isEmpty())
            return;
        s.role = Section::Role::Annex;
        s.number = Doc::tr("Annex %1", lang).arg(++annexCount);
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
        t.kindLabel = Doc::tr("Covenant", lang);
        t.title = title;
        t.subtitle = Doc::tr("Collaboration agreements for children, young people and their parents", lang);
        t.municipality = d.info.municipality;
        t.partiesHeading = Doc::tr("Parties", lang);
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
        Section s{.role = Section::Role::Preamble, .key = QStringLiteral("parties"), .title = Doc::tr("The parties", lang),
                  .newPage = true};
        s.blocks << Block::paragraph(Doc::tr("The undersigned:", lang));
        int n = 0;
        for (const Partner &p : d.partners) {
            QString text = p.organisation;
            if (!p.signatory.name.trimmed().isEmpty()) {
                text += Doc::tr(", represented by %1", lang).arg(p.signatory.name.trimmed());
                if (!p.signatory.function.trimmed().isEmpty())
                    text += QStringLiteral(", ") + p.signatory.function.trimmed();
            }
            if (p.signatory.underMandateReservation)
                text += Doc::tr(", subject to mandate", lang);
            text += Doc::tr(" (%1);", lang).arg(roleText(p.role, lang));
            s.blocks << Block::clause(QString::number(++n) + QLatin1Char('.'), text);
        }
        s.blocks << Block::paragraph(Doc::tr("hereinafter jointly referred to as: the parties,", lang));
        return s;
    }

    Section considerations() const
    {
        Section s{.role = Section::Role::Preamble, .key = QStringLiteral("considerations"), .title = Doc::tr("Recitals", lang)};
        s.blocks << Block::paragraph(Doc::tr("The parties, considering that:", lang));
        const QString issue = issueText();
        if (!issue.isEmpty())
            s.blocks << Block::bullet(Doc::tr("they share a joint issue: %1", lang).arg(issue));
        const QString elaborated = answerText("verkennen.vraagstuk");
        if (!elaborated.isEmpty() && elaborated != issue)
            s.blocks << Block::bullet(Doc::tr("they have explored this issue as follows: %1", lang).arg(elaborated));
        const UrgencyChartData urgency = urgencyChartData(d, c, lang);
        if (!urgency.averageLabel.isEmpty()) {
            int rated = 0;
            for (const UrgencyEntry &e : urgency.entries)
                rated += e.score > 0 ? 1 : 0;
            s.blocks << Block::bullet(Doc::tr("%1 of the %2 parties have rated the urgency of this issue, %3 on a scale of 1 to 5;", lang)
                                          .arg(rated)
                                          .arg(urgency.entries.size())
                                          .arg(urgency.averageLabel));
        }
        if (!d.ambitions.isEmpty()) {
            QStringList titles;
            for (const Ambition &a : d.ambitions)
                titles << QStringLiteral("‘") + a.title.trimmed() + QStringLiteral("’");
            s.blocks << Block::bullet(Doc::tr("they share the following ambitions: %1;", lang)
                                          .arg(joinedList(titles, lang)));
        }
        QStringList blocks;
        for (const BuildingBlock &b : c.buildingBlocks)
            blocks << b.title.in(lang).toLower();
        if (!blocks.isEmpty())
            s.blocks << Block::bullet(Doc::tr("lasting collaboration needs agreements on every building block: %1;", lang)
                                          .arg(joinedList(blocks, lang)));
        s.blocks << Block::bullet(Doc::tr("an integrated child centre or any other form of collaboration is a means, never a goal in itself;", lang));
        s.blocks << Block::paragraph(Doc::tr("agree as follows.", lang));
        return s;
    }

    Section purpose() const
    {
        Section s{.key = QStringLiteral("article.purpose"), .title = Doc::tr("Purpose and ambitions", lang)};
        const QString issue = issueText();
        if (!issue.isEmpty())
            s.blocks << clause(Doc::tr("The parties work together on the joint issue: %1", lang).arg(issue));
        if (!d.ambitions.isEmpty())
            s.blocks << clause(Doc::tr("The parties pursue the following ambitions:", lang));
        for (const Ambition &a : d.ambitions) {
            s.blocks << Block::bullet(a.title.trimmed());
            if (!a.intendedResult.trimmed().isEmpty())
                s.blocks << Block::paragraph(a.intendedResult.trimmed(), Doc::tr("Intended result for children and parents: ", lang));
        }
        const auto yields = [&](const char *question, const char *lead) {
            const QStringList items = listItems(answerText(question));
            if (items.isEmpty())
                return;
            s.blocks << clause(Doc::tr(lead, lang));
            for (const QString &item : items)
                s.blocks << Block::bullet(item);
        };
        yields("ambities.opbrengst-kinderen", QT_TRANSLATE_NOOP("akkoord::Document", "Children will notice:"));
        yields("ambities.opbrengst-ouders", QT_TRANSLATE_NOOP("akkoord::Document", "Parents will notice:"));
        numberClauses(s);
        return s;
    }

    Section partnersAndRoles() const
    {
        Section s{.key = QStringLiteral("article.partners"), .title = Doc::tr("Partners and roles", lang)};
        QStringList core;
        QStringList outer;
        for (const Partner &p : d.partners)
            (p.role == PartnerRole::Core ? core : outer) << p.organisation;
        if (!core.isEmpty())
            s.blocks << clause(Doc::tr("The core partners are %1. Together they are responsible for achieving the ambitions and take part in the regular meetings.", lang)
                                   .arg(joinedList(core, lang)));
        if (!outer.isEmpty())
            s.blocks << clause(Doc::tr("The outer partners are %1. They contribute to the agreements they are involved in and are kept informed periodically.", lang)
                                   .arg(joinedList(outer, lang)));
        const Question *lead = c.question(QStringLiteral("verkennen.trekker"));
        const Answer *leadAnswer = d.answer(QStringLiteral("verkennen.trekker"));
        if (lead && leadAnswer) {
            const QStringList names = choiceLabels(*lead, *leadAnswer, d, lang);
            if (!names.isEmpty())
                s.blocks << clause(Doc::tr("The collaboration is led by %1.", lang).arg(joinedList(names, lang)));
        }
        const QString municipalityRole = answerText("verkennen.rol-gemeente");
        if (!municipalityRole.isEmpty())
            s.blocks << clause(Doc::tr("The role of the municipality: %1", lang).arg(municipalityRole));
        if (!s.blocks.isEmpty())
            s.blocks << clause(Doc::tr("Each party remains responsible for its own tasks and accounts for them to its own board, council or supervisory body.", lang));
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
                what += Doc::tr(" (proposal)", lang);
            s.blocks << Block::clause(QString::number(++n) + QLatin1Char('.'), what);
            if (a.owner || !a.contributors.isEmpty()) {
                QString who = a.owner ? Doc::tr("%1 (owner)", lang).arg(partnerName(d, *a.owner, lang)) : QString();
                if (!a.contributors.isEmpty())
                    who += (who.isEmpty() ? QString() : Doc::tr(", with ", lang)) + partnerNames(d, a.contributors, lang);
                s.blocks << Block::bullet(who, Doc::tr("Who: ", lang));
            }
            if (a.deadline.isValid())
                s.blocks << Block::bullet(Doc::tr("by %1", lang).arg(longDate(a.deadline, lang)), Doc::tr("When: ", lang));
            if (!a.means.trimmed().isEmpty())
                s.blocks << Block::bullet(a.means.trimmed(), Doc::tr("Means: ", lang));
            if (!a.indicator.trimmed().isEmpty())
                s.blocks << Block::bullet(a.indicator.trimmed(), Doc::tr("Indicator: ", lang));
            if (!a.target.trimmed().isEmpty())
                s.blocks << Block::bullet(a.target.trimmed(), Doc::tr("Target: ", lang));
            const QString serves = ambitionTitles(d, a.ambitions, lang);
            if (!serves.isEmpty())
                s.blocks << Block::bullet(serves, Doc::tr("Serves: ", lang));
        }
        if (n == 0 && draft)
            s.blocks << Block::note(Doc::tr("No agreements have been made for this building block yet.", lang));
        return s;
    }

    Section accountability() const
    {
        Section s{.key = QStringLiteral("article.accountability"), .title = Doc::tr("Accountability and evaluation", lang)};
        for (const AccountabilityItem &item : d.accountability) {
            QString text = Doc::tr("The parties account for %1", lang).arg(item.about.trimmed());
            if (!item.toWhom.trimmed().isEmpty())
                text += Doc::tr(" to %1", lang).arg(item.toWhom.trimmed());
            if (!item.frequency.trimmed().isEmpty())
                text += QStringLiteral(", ") + item.frequency.trimmed();
            if (!item.form.trimmed().isEmpty())
                text += Doc::tr(", in the form of %1", lang).arg(item.form.trimmed());
            s.blocks << clause(text + QLatin1Char('.'));
        }
        if (!d.info.evaluationRhythm.trimmed().isEmpty())
            s.blocks << clause(Doc::tr("The parties evaluate the collaboration and its results %1.", lang)
                                   .arg(d.info.evaluationRhythm.trimmed()));
        if (!d.evaluations.isEmpty()) {
            s.blocks << clause(Doc::tr("The following evaluations are planned:", lang));
            for (const Evaluation &e : d.evaluations)
                s.blocks << Block::bullet(e.description.trimmed(), e.date.isValid() ? longDate(e.date, lang) + QStringLiteral(": ") : QString());
        }
        numberClauses(s);
        return s;
    }

    Section duration() const
    {
        Section s{.key = QStringLiteral("article.duration"), .title = Doc::tr("Duration, start and review", lang)};
        const int years = std::max(1, d.info.durationYears);
        if (d.info.startDate.isValid())
            s.blocks << clause(Doc::tr("This covenant takes effect on %1 and runs for %2 years.", lang)
                                   .arg(longDate(d.info.startDate, lang))
                                   .arg(years));
        else
            s.blocks << clause(Doc::tr("This covenant takes effect on the day after all parties have signed it and runs for %1 years.", lang)
                                   .arg(years));
        s.blocks << clause(Doc::tr("No later than six months before the end of its term, the parties decide whether, and in what form, they continue the collaboration.", lang));
        s.blocks << clause(Doc::tr("The agreements remain in force after municipal elections. Within six months after a new municipal executive takes office, the parties discuss the progress with it and whether a review is needed.", lang));
        const QString lasting = answerText("verantwoorden.bestendigheid");
        if (!lasting.isEmpty())
            s.blocks << clause(lasting);
        numberClauses(s);
        return s;
    }

    Section amendment() const
    {
        Section s{.key = QStringLiteral("article.amendment"), .title = Doc::tr("Amendment, joining and leaving", lang)};
        s.blocks << clause(Doc::tr("Any party may ask the other parties in writing to amend this covenant. The parties consult on the request within six weeks; an amendment takes effect once all parties have agreed in writing.", lang));
        s.blocks << clause(Doc::tr("An organisation that wants to contribute to the ambitions may join, with the consent of all parties, by co-signing the covenant.", lang));
        s.blocks << clause(Doc::tr("A party may leave the covenant with six months' notice, after consulting the other parties on the consequences for ongoing agreements.", lang));
        const QString joining = answerText("verantwoorden.toe-en-uittreden");
        if (!joining.isEmpty())
            s.blocks << clause(joining);
        numberClauses(s);
        return s;
    }

    Section disputes() const
    {
        Section s{.key = QStringLiteral("article.disputes"), .title = Doc::tr("Disputes", lang)};
        s.blocks << clause(Doc::tr("The parties first resolve differences of opinion about carrying out this covenant among themselves.", lang));
        s.blocks << clause(Doc::tr("If they cannot agree, the parties may jointly call in an independent mediator.", lang));
        s.blocks << clause(Doc::tr("This covenant is not a contract enforceable in law; the parties hold each other to their commitment.", lang));
        numberClauses(s);
        return s;
    }

    Section finalProvisions() const
    {
        Section s{.key = QStringLiteral("article.final"), .title = Doc::tr("Final provision", lang)};
        const QString name = d.info.shortTitle.trimmed().isEmpty() ? d.info.title.trimmed() : d.info.shortTitle.trimmed();
        if (!name.isEmpty())
            s.blocks << clause(Doc::tr("This covenant may be cited as: %1.", lang).arg(name));
        numberClauses(s);
        return s;
    }

    Section signatures() const
    {
        Section s{.role = Section::Role::Signatures, .key = QStringLiteral("signatures"), .title = Doc::tr("Signatures", lang),
                  .newPage = true};
        const QString place = d.info.signingPlace.trimmed();
        if (!place.isEmpty() && d.info.signingDate.isValid())
            s.blocks << Block::paragraph(Doc::tr("Thus agreed and signed at %1 on %2.", lang)
                                             .arg(place, longDate(d.info.signingDate, lang)));
        else
            s.blocks << Block::paragraph(Doc::tr("Thus agreed and signed.", lang));
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
        Section s{.key = QStringLiteral("annex.agreements"), .title = Doc::tr("Overview of the agreements", lang)};
        if (!agreements.isEmpty())
            s.blocks << Block::tableBlock(agreementsTable(d, c, agreements, lang));
        return s;
    }

    Section urgencyAnnex() const
    {
        Section s{.key = QStringLiteral("annex.urgency"), .title = Doc::tr("Urgency per partner", lang)};
        const UrgencyChartData chart = urgencyChartData(d, c, lang);
        if (chart.averageLabel.isEmpty())
            return s;
        s.blocks << Block::paragraph(Doc::tr("During the exploration each partner rated how urgent it finds the issue, on a scale of 1 (not urgent) to 5 (very urgent).", lang));
        s.blocks << Block::urgencyChart(chart);
        DocumentTable reasons{.header = {Doc::tr("Partner", lang), Doc::tr("Score", lang), Doc::tr("Reason", lang)},
                              .columnWeights = {2.0, 0.6, 4.0}};
        for (const UrgencyEntry &e : chart.entries)
            reasons.rows.append({e.partner, e.score > 0 ? QString::number(e.score) : QStringLiteral("–"), e.reason});
        s.blocks << Block::tableBlock(reasons);
        return s;
    }

    Section assessmentAnnex() const
    {
        return Section{.key = QStringLiteral("annex.assessment"), .title = Doc::tr("Self-assessment results", lang),
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
