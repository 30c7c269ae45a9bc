// Covenant assembly: from a trajectory to a covenant as a legal department
// expects it. The parties with their identification and representation,
// recitals from accepted dialogue clauses only, the standard articles of
// covenanttext.cpp as numbered articles with numbered paragraphs, the
// signatures, and the dated agreements as the work agenda annex. What the
// dialogue only discussed (urgency, perspectives, open points, proposals)
// stays in the session report.

#include "domain/covenanttext.h"
#include "domain/document.h"
#include "domain/documenttext.h"

#include <QHash>

#include <algorithm>

namespace akkoord {

using namespace doctext;

namespace {

using Section = DocumentSection;
using Block = DocumentBlock;

bool isMunicipality(const Partner &p)
{
    return p.legalForm == LegalForm::Municipality || (p.legalForm == LegalForm::Unknown && p.domain == PartnerDomain::Municipality);
}

QString legalNameOf(const Partner &p)
{
    const QString legal = p.legalName.trimmed();
    return legal.isEmpty() ? p.organisation.trimmed() : legal;
}

// The legal form as a covenant writes it after the name.
QString legalFormWords(LegalForm f, const QString &lang)
{
    switch (f) {
    case LegalForm::Municipality:
        return Doc::tr("a public body", lang);
    case LegalForm::CommonArrangement:
        return Doc::tr("a public body established by joint arrangement", lang);
    case LegalForm::PublicBody:
        return Doc::tr("a public-law body", lang);
    case LegalForm::Foundation:
        return Doc::tr("a foundation", lang);
    case LegalForm::Association:
        return Doc::tr("an association", lang);
    case LegalForm::PrivateCompany:
        return Doc::tr("a private limited company", lang);
    case LegalForm::PublicCompany:
        return Doc::tr("a public limited company", lang);
    case LegalForm::Cooperative:
        return Doc::tr("a cooperative", lang);
    case LegalForm::Unknown:
    case LegalForm::Other:
        break;
    }
    return {};
}

// One paragraph of an article's wording: its first lines are the clause,
// lines starting with "- " its items ("- **Lead** text": with a lead-in).
QList<Block> paragraphBlocks(const QString &paragraph, int number)
{
    QList<Block> out;
    QStringList clause;
    QList<Block> items;
    for (QString line : paragraph.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("- "))) {
            QString text = line.mid(2).trimmed();
            QString lead;
            if (text.startsWith(QLatin1String("**"))) {
                const qsizetype end = text.indexOf(QLatin1String("**"), 2);
                if (end > 2) {
                    lead = text.mid(2, end - 2).trimmed();
                    // "**Lead**" gets a colon; "**Lead —**" or "**Lead:**" keeps its own.
                    const bool punctuated = lead.endsWith(QChar(u'—')) || lead.endsWith(QChar(u'–')) || lead.endsWith(QLatin1Char(':'));
                    lead += punctuated ? QStringLiteral(" ") : QStringLiteral(": ");
                    text = text.mid(end + 2).trimmed();
                }
            }
            items << Block::bullet(text, lead);
        } else if (items.isEmpty()) {
            clause << line;
        } else {
            items << Block::paragraph(line);
        }
    }
    out << Block::clause(QString::number(number) + QLatin1Char('.'), clause.join(QLatin1Char(' ')));
    out << items;
    return out;
}

class CovenantBuilder
{
public:
    CovenantBuilder(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options)
        : d(data)
        , c(catalog)
        , o(options)
        , lang(options.language)
        , agreements(covenantAgreements(data, catalog, false))
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
        switch (o.draft) {
        case DocumentOptions::Draft::Draft:
            doc.draft = true;
            break;
        case DocumentOptions::Draft::Final:
            doc.draft = false;
            break;
        case DocumentOptions::Draft::Auto:
            doc.draft = !covenantGapList(d, c, lang).isEmpty();
            break;
        }
        draft = doc.draft;
        doc.titlePage = titlePage(doc.title);
        doc.sections << parties() << recitals();

        // Number the articles first, so the work agenda can refer to them.
        QList<StandardArticle> articles;
        for (const StandardArticle &a : standardArticles(d, lang))
            if (articleEnabled(a.id, d))
                articles << a;
        for (qsizetype i = 0; i < articles.size(); ++i)
            articleNumber.insert(articles[i].id, int(i) + 1);
        for (const StandardArticle &a : articles)
            doc.sections << article(a);

        doc.sections << signatures();
        if (o.includeAnnexes)
            addAnnex(doc, workAgenda());
        return doc;
    }

private:
    Section article(const StandardArticle &a) const
    {
        Section s{.role = Section::Role::Article, .key = QStringLiteral("article.") + a.id,
                  .number = Doc::tr("Article %1", lang).arg(articleNumber.value(a.id)), .title = a.title};
        QString text = articleText(a.id, d, c, lang);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        int n = 0;
        for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            if (!paragraph.trimmed().isEmpty())
                s.blocks << paragraphBlocks(paragraph, ++n);
        return s;
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

    TitlePage titlePage(const QString &title) const
    {
        TitlePage t;
        t.kindLabel = Doc::tr("Covenant", lang);
        t.title = title;
        t.subtitle = Doc::tr("Collaboration agreements for children, young people and their parents", lang);
        t.municipality = d.info.municipality;
        t.partiesHeading = Doc::tr("Parties", lang);
        for (const Partner &p : d.partners)
            t.parties << legalNameOf(p);
        const QString place = d.info.signingPlace.trimmed();
        const QString date = longDate(d.info.signingDate, lang);
        if (!place.isEmpty() && !date.isEmpty())
            t.placeAndDate = place + QStringLiteral(", ") + date;
        else if (!place.isEmpty() || !date.isEmpty())
            t.placeAndDate = place + date;
        return t;
    }

    // "represented by …" with the basis of the representation.
    QString representation(const Partner &p) const
    {
        const Signatory &s = p.signatory;
        const QString name = s.name.trimmed();
        if (name.isEmpty())
            return {};
        const QString who = s.function.trimmed().isEmpty() ? name : name + QStringLiteral(", ") + s.function.trimmed();
        const QString date = longDate(s.decisionDate, lang);
        QString text;
        if (isMunicipality(p)) {
            switch (s.basis) {
            case RepresentationBasis::Statutory:
                text = Doc::tr(", represented by its mayor, %1, under Article 171(1) of the Municipalities Act", lang).arg(name);
                break;
            case RepresentationBasis::Mandate:
                text = date.isEmpty() ? Doc::tr(", represented by %1, authorised by the mayor under Article 171(2) of the Municipalities Act", lang).arg(who)
                                      : Doc::tr(", represented by %1, authorised by the mayor under Article 171(2) of the Municipalities Act, acting in implementation of the decision of the municipal executive of %2", lang)
                                            .arg(who, date);
                break;
            case RepresentationBasis::PowerOfAttorney:
                text = date.isEmpty() ? Doc::tr(", represented by %1, by power of attorney of the mayor", lang).arg(who)
                                      : Doc::tr(", represented by %1, by power of attorney of the mayor dated %2", lang).arg(who, date);
                break;
            case RepresentationBasis::Unknown:
                text = Doc::tr(", represented by %1", lang).arg(who);
                break;
            }
        } else {
            switch (s.basis) {
            case RepresentationBasis::Statutory:
                text = isPublicBody(p.legalForm) ? Doc::tr(", represented by %1, under the rules that govern it", lang).arg(who)
                                                 : Doc::tr(", represented by %1, under its articles of association", lang).arg(who);
                break;
            case RepresentationBasis::Mandate:
                text = date.isEmpty() ? Doc::tr(", represented by %1, by mandate", lang).arg(who)
                                      : Doc::tr(", represented by %1, by mandate granted on %2", lang).arg(who, date);
                break;
            case RepresentationBasis::PowerOfAttorney:
                text = date.isEmpty() ? Doc::tr(", represented by %1, by power of attorney", lang).arg(who)
                                      : Doc::tr(", represented by %1, by power of attorney dated %2", lang).arg(who, date);
                break;
            case RepresentationBasis::Unknown:
                text = Doc::tr(", represented by %1", lang).arg(who);
                break;
            }
        }
        if (s.underMandateReservation && draft)
            text += Doc::tr(", subject to mandate", lang);
        return text;
    }

    QString partyText(const Partner &p) const
    {
        QString text = legalNameOf(p);
        if (const QString form = legalFormWords(p.legalForm, lang); !form.isEmpty())
            text += QStringLiteral(", ") + form;
        const bool isPublic = isPublicBody(p.legalForm) || isMunicipality(p);
        if (!p.seat.trimmed().isEmpty())
            text += (isPublic ? Doc::tr(", seated in %1", lang) : Doc::tr(", having its registered office in %1", lang)).arg(p.seat.trimmed());
        if (!p.address.trimmed().isEmpty())
            text += Doc::tr(", with its office at %1", lang).arg(p.address.trimmed());
        if (!p.kvkNumber.trimmed().isEmpty())
            text += Doc::tr(", registered with the Chamber of Commerce under number %1", lang).arg(p.kvkNumber.trimmed());
        return text + representation(p);
    }

    Section parties() const
    {
        Section s{.role = Section::Role::Preamble, .key = QStringLiteral("parties"), .title = Doc::tr("The parties", lang), .newPage = true};
        s.blocks << Block::paragraph(Doc::tr("The undersigned:", lang));
        int n = 0;
        for (const Partner &p : d.partners) {
            ++n;
            s.blocks << Block::clause(QString::number(n) + QLatin1Char('.'), partyText(p) + (n == d.partners.size() ? QStringLiteral(",") : QStringLiteral(";")));
        }
        s.blocks << Block::paragraph(Doc::tr("hereinafter jointly referred to as: the parties,", lang));
        return s;
    }

    Section recitals() const
    {
        Section s{.role = Section::Role::Preamble, .key = QStringLiteral("considerations"), .title = Doc::tr("Recitals", lang)};
        s.blocks << Block::paragraph(Doc::tr("The parties take the following into consideration.", lang));
        QStringList texts;
        // The accepted recitals from the dialogue, the joint issue first.
        QStringList keys{QStringLiteral("clause.recital.issue"), QStringLiteral("clause.recital.exploration")};
        for (const CovenantText &t : d.covenantTexts)
            if (t.key.startsWith(QLatin1String("clause.recital.")) && !keys.contains(t.key))
                keys << t.key;
        for (const QString &key : keys)
            if (const CovenantText *t = d.covenantText(key); t && t->enabled && !t->text.trimmed().isEmpty())
                texts << t->text.trimmed();
        texts << Doc::tr("Children and young people grow up best when the organisations around them work together, with each other and with their parents.", lang);
        texts << Doc::tr("The parties wish to record their collaboration and the agreements they have made in this covenant.", lang);
        int n = 0;
        for (const QString &t : texts)
            s.blocks << Block::clause(QString(QChar(u'a' + n++)) + QLatin1Char('.'), t);
        s.blocks << Block::paragraph(Doc::tr("agree as follows.", lang));
        return s;
    }

    Section signatures() const
    {
        Section s{.role = Section::Role::Signatures, .key = QStringLiteral("signatures"), .title = Doc::tr("Signatures", lang), .newPage = true};
        const QString place = d.info.signingPlace.trimmed();
        if (!place.isEmpty() && d.info.signingDate.isValid())
            s.blocks << Block::paragraph(Doc::tr("Thus agreed and signed at %1 on %2.", lang).arg(place, longDate(d.info.signingDate, lang)));
        else
            s.blocks << Block::paragraph(Doc::tr("Thus agreed and signed.", lang));
        QList<SignatureBlock> blocks;
        for (const Partner &p : d.partners) {
            // The function with the basis of the signature, as in the parties.
            QString function = p.signatory.function.trimmed();
            QString basis;
            switch (p.signatory.basis) {
            case RepresentationBasis::Statutory:
                if (isMunicipality(p) && function.isEmpty())
                    function = Doc::tr("mayor", lang);
                break;
            case RepresentationBasis::Mandate:
                basis = isMunicipality(p) ? Doc::tr("on behalf of the mayor", lang) : Doc::tr("by mandate", lang);
                break;
            case RepresentationBasis::PowerOfAttorney:
                basis = isMunicipality(p) ? Doc::tr("by power of attorney of the mayor", lang) : Doc::tr("by power of attorney", lang);
                break;
            case RepresentationBasis::Unknown:
                break;
            }
            if (!basis.isEmpty())
                function = function.isEmpty() ? basis : function + QStringLiteral(", ") + basis;
            blocks << SignatureBlock{.organisation = legalNameOf(p),
                                     .name = p.signatory.name,
                                     .function = function,
                                     .place = place,
                                     .date = d.info.signingDate,
                                     .underMandateReservation = p.signatory.underMandateReservation && draft};
        }
        if (!blocks.isEmpty())
            s.blocks << Block::signatureBlocks(blocks);
        return s;
    }

    // The dated agreements, per building block, one block per agreement (no
    // wide table: every word keeps its width).
    Section workAgenda() const
    {
        Section s{.key = QStringLiteral("annex.workagenda"), .title = Doc::tr("Work agenda", lang)};
        QList<Agreement> dated;
        for (const Agreement &a : agreements)
            if (a.deadline.isValid())
                dated << a;
        if (dated.isEmpty())
            return s;
        const QString body = [&] {
            const QString b = d.info.governingBody.trimmed();
            return b.isEmpty() ? Doc::tr("the steering group", lang) : b;
        }();
        if (articleNumber.contains(QStringLiteral("governance")))
            s.blocks << Block::paragraph(Doc::tr("This work agenda sets out the agreements with a deadline. Under Article %1, %2 may update it without this covenant having to be amended.", lang)
                                             .arg(articleNumber.value(QStringLiteral("governance")))
                                             .arg(body));
        else
            s.blocks << Block::paragraph(Doc::tr("This work agenda sets out the agreements with a deadline.", lang));
        QStringList blockOrder;
        for (const Agreement &a : dated)
            if (!blockOrder.contains(a.buildingBlock))
                blockOrder << a.buildingBlock;
        int n = 0;
        for (const QString &blockId : blockOrder) {
            s.blocks << Block::subheading(buildingBlockTitle(c, blockId, lang));
            for (const Agreement &a : dated) {
                if (a.buildingBlock != blockId)
                    continue;
                s.blocks << Block::clause(QString::number(++n) + QLatin1Char('.'), a.what.trimmed());
                if (a.owner && d.partner(*a.owner))
                    s.blocks << Block::bullet(partnerName(d, *a.owner, lang), Doc::tr("Responsible: ", lang));
                if (!a.contributors.isEmpty())
                    s.blocks << Block::bullet(partnerNames(d, a.contributors, lang), Doc::tr("Contributing: ", lang));
                s.blocks << Block::bullet(longDate(a.deadline, lang), Doc::tr("Deadline: ", lang));
                if (!a.means.trimmed().isEmpty())
                    s.blocks << Block::bullet(a.means.trimmed(), Doc::tr("Resources: ", lang));
                if (!a.indicator.trimmed().isEmpty())
                    s.blocks << Block::bullet(a.indicator.trimmed(), Doc::tr("Indicator: ", lang));
                if (!a.target.trimmed().isEmpty())
                    s.blocks << Block::bullet(a.target.trimmed(), Doc::tr("Target: ", lang));
                if (const QString serves = ambitionTitles(d, a.ambitions, lang); !serves.isEmpty())
                    s.blocks << Block::bullet(serves, Doc::tr("Ambition served: ", lang));
            }
        }
        return s;
    }

    const TrajectoryData &d;
    const Catalog &c;
    const DocumentOptions &o;
    const QString lang;
    const QList<Agreement> agreements;
    QHash<QString, int> articleNumber;
    bool draft = true;
    int annexCount = 0;
};

} // namespace

Document buildCovenant(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options)
{
    return CovenantBuilder(data, catalog, options).build();
}

} // namespace akkoord
