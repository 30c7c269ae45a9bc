// The covenant's standard articles and their wording. The clauses proposed
// from the dialogue are in covenantclauses.cpp, the list of what stands
// between a trajectory and a covenant to sign in covenantgaps.cpp.

#include "domain/covenanttext.h"
#include "domain/document.h"
#include "domain/documenttext.h"
#include "domain/language.h"

#include <QRegularExpression>

#include <algorithm>

namespace akkoord {

using namespace doctext;

namespace covenantdetail {

QString upperFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString lowerFirst(QString s)
{
    // Keep an acronym or a name ("GGD", "Kinderen" stays only when the
    // second letter is a capital too).
    if (s.size() > 1 && s[0].isUpper() && !s[1].isUpper())
        s[0] = s[0].toLower();
    return s;
}

QString withFullStop(QString s)
{
    s = s.trimmed();
    while (s.endsWith(QLatin1Char(';')) || s.endsWith(QLatin1Char(',')) || s.endsWith(QLatin1Char(':')))
        s.chop(1);
    if (!s.isEmpty() && !s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('?')) && !s.endsWith(QLatin1Char('!')))
        s += QLatin1Char('.');
    return s;
}

bool isMunicipality(const Partner &p)
{
    return p.legalForm == LegalForm::Municipality || (p.legalForm == LegalForm::Unknown && p.domain == PartnerDomain::Municipality);
}

bool isPublic(const Partner &p)
{
    return isPublicBody(p.legalForm) || isMunicipality(p);
}

QString legalNameOf(const Partner &p)
{
    const QString legal = p.legalName.trimmed();
    return legal.isEmpty() ? p.organisation.trimmed() : legal;
}

QString accepted(const TrajectoryData &d, const QString &key)
{
    const CovenantText *t = d.covenantText(key);
    return t && t->enabled ? t->text.trimmed() : QString();
}

QStringList acceptedWithPrefix(const TrajectoryData &d, const QString &prefix)
{
    QStringList out;
    for (const CovenantText &t : d.covenantTexts)
        if (t.key.startsWith(prefix) && t.enabled && !t.text.trimmed().isEmpty())
            out << t.text.trimmed();
    return out;
}

QString answerOf(const TrajectoryData &d, const QString &question)
{
    const Answer *a = d.answer(question);
    return a ? a->text.trimmed() : QString();
}

} // namespace covenantdetail

using namespace covenantdetail;

namespace {

struct ArticleSpec
{
    const char *id;
    const char *title;
    bool optional;
};

// Print order. Optional articles may be switched off per trajectory.
constexpr ArticleSpec kArticles[] = {
    {"definitions", QT_TRANSLATE_NOOP("akkoord::Document", "Definitions"), true},
    {"purpose", QT_TRANSLATE_NOOP("akkoord::Document", "Purpose and ambitions"), false},
    {"commitments", QT_TRANSLATE_NOOP("akkoord::Document", "Commitments"), false},
    {"governance", QT_TRANSLATE_NOOP("akkoord::Document", "Governance and work agenda"), false},
    {"finances", QT_TRANSLATE_NOOP("akkoord::Document", "Finances and costs"), true},
    {"budget-reservation", QT_TRANSLATE_NOOP("akkoord::Document", "Budget reservation"), false},
    {"privacy", QT_TRANSLATE_NOOP("akkoord::Document", "Personal data"), false},
    {"evaluation", QT_TRANSLATE_NOOP("akkoord::Document", "Accountability and evaluation"), false},
    {"duration", QT_TRANSLATE_NOOP("akkoord::Document", "Entry into force, term and renewal"), false},
    {"amendment", QT_TRANSLATE_NOOP("akkoord::Document", "Amendment"), false},
    {"accession", QT_TRANSLATE_NOOP("akkoord::Document", "Accession of new parties"), false},
    {"leaving", QT_TRANSLATE_NOOP("akkoord::Document", "Leaving"), false},
    {"disputes", QT_TRANSLATE_NOOP("akkoord::Document", "Disputes"), true},
    {"legal-status", QT_TRANSLATE_NOOP("akkoord::Document", "Legal status"), false},
    {"publication", QT_TRANSLATE_NOOP("akkoord::Document", "Publication"), true},
    {"applicable-law", QT_TRANSLATE_NOOP("akkoord::Document", "Applicable law"), true},
    {"annexes", QT_TRANSLATE_NOOP("akkoord::Document", "Annexes"), false},
    {"citation", QT_TRANSLATE_NOOP("akkoord::Document", "Citation"), true},
};

const ArticleSpec *spec(const QString &id)
{
    for (const ArticleSpec &s : kArticles)
        if (id == QLatin1String(s.id))
            return &s;
    return nullptr;
}

QString yearsText(int n, const QString &lang)
{
    return n == 1 ? Doc::tr("one year", lang) : Doc::tr("%1 years", lang).arg(n);
}

QString monthsText(int n, const QString &lang)
{
    return n == 1 ? Doc::tr("one month", lang) : Doc::tr("%1 months", lang).arg(n);
}

QString timesText(int n, const QString &lang)
{
    if (n <= 1)
        return Doc::tr("once", lang);
    if (n == 2)
        return Doc::tr("twice", lang);
    return Doc::tr("%1 times", lang).arg(n);
}

// The agreements that are part of the covenant (never proposals, never
// dropped ones).
QList<Agreement> agreedAgreements(const TrajectoryData &d, const Catalog &c)
{
    return covenantAgreements(d, c, false);
}

QString governingBody(const TrajectoryData &d, const QString &lang)
{
    const QString body = d.info.governingBody.trimmed();
    return body.isEmpty() ? Doc::tr("the steering group", lang) : body;
}

// The governing body as the subject of a sentence.
QString GoverningBody(const TrajectoryData &d, const QString &lang) { return upperFirst(governingBody(d, lang)); }

QString citationName(const TrajectoryData &d)
{
    const QString s = d.info.shortTitle.trimmed();
    return s.isEmpty() ? d.info.title.trimmed() : s;
}

bool hasWorkAgenda(const TrajectoryData &d, const Catalog &c)
{
    const QList<Agreement> list = agreedAgreements(d, c);
    return std::any_of(list.cbegin(), list.cend(), [](const Agreement &a) { return a.deadline.isValid(); });
}

bool budgetReservationApplies(const TrajectoryData &d, const Catalog &c)
{
    const bool publicParty = std::any_of(d.partners.cbegin(), d.partners.cend(), isPublic);
    const QList<Agreement> list = agreedAgreements(d, c);
    const bool money = std::any_of(list.cbegin(), list.cend(), [](const Agreement &a) { return !a.means.trimmed().isEmpty(); });
    return publicParty && money;
}

// --- The standard wording, article by article --------------------------

QString definitions(const TrajectoryData &d, const Catalog &c, const QString &lang)
{
    QStringList p;
    p << Doc::tr("In this covenant the following terms have the meaning given below.", lang);
    p << Doc::tr("Covenant: this agreement between the parties, including its annexes.", lang);
    if (hasWorkAgenda(d, c))
        p << Doc::tr("Work agenda: the annex to this covenant that sets out the dated agreements, each with who carries it out, by when and with what resources.", lang);
    // "de stuurgroep" is defined as "Stuurgroep: …".
    QString body = governingBody(d, lang);
    for (const char *article : {"de ", "het ", "the "})
        if (body.startsWith(QLatin1String(article), Qt::CaseInsensitive) && body.size() > int(qstrlen(article)))
            body = body.mid(qstrlen(article));
    p << Doc::tr("%1: the body in which the parties direct the collaboration together.", lang).arg(upperFirst(body));
    p << Doc::tr("Parents: the parents, carers and others who raise a child.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString purpose(const TrajectoryData &d, const QString &lang)
{
    QStringList p;
    p << Doc::tr("The purpose of this covenant is that the parties, each from its own task and responsibility, work together so that children, young people and their parents benefit from it.", lang);
    QStringList items;
    for (const Ambition &a : d.ambitions) {
        const QString title = a.title.trimmed();
        if (title.isEmpty())
            continue;
        const QString result = a.intendedResult.trimmed();
        items << QStringLiteral("- ") + (result.isEmpty() ? withFullStop(title) : Doc::tr("%1. Intended result: %2", lang).arg(title, lowerFirst(withFullStop(result))));
    }
    if (!items.isEmpty())
        p << Doc::tr("To this end the parties pursue the following ambitions:", lang) + QLatin1Char('\n') + items.join(QLatin1Char('\n'));
    p << acceptedWithPrefix(d, QStringLiteral("clause.purpose."));
    return p.join(QStringLiteral("\n\n"));
}

QString commitments(const TrajectoryData &d, const Catalog &c, const QString &lang)
{
    QStringList p;
    p << Doc::tr("Each party contributes to the purpose of this covenant from its own task and expertise, and puts in the people and resources needed for the agreements it has taken on.", lang);
    const QList<Agreement> list = agreedAgreements(d, c);
    for (const BuildingBlock &b : c.buildingBlocks) {
        QStringList items;
        for (const Agreement &a : list) {
            if (a.buildingBlock != b.id || a.deadline.isValid() || a.what.trimmed().isEmpty())
                continue;
            QString item = withFullStop(a.what);
            if (a.owner && d.partner(*a.owner)) {
                QString who = Doc::tr("Responsible: %1", lang).arg(partnerName(d, *a.owner, lang));
                if (!a.contributors.isEmpty())
                    who += Doc::tr(", together with %1", lang).arg(partnerNames(d, a.contributors, lang));
                item += QLatin1Char(' ') + who + QLatin1Char('.');
            }
            items << QStringLiteral("- ") + item;
        }
        if (!items.isEmpty())
            p << Doc::tr("As regards %1, the parties have agreed the following lasting commitments:", lang).arg(b.title.in(lang).toLower())
                    + QLatin1Char('\n') + items.join(QLatin1Char('\n'));
    }
    QStringList others;
    for (const Agreement &a : list)
        if (!c.buildingBlock(a.buildingBlock) && !a.deadline.isValid() && !a.what.trimmed().isEmpty())
            others << QStringLiteral("- ") + withFullStop(a.what);
    if (!others.isEmpty())
        p << Doc::tr("The parties have agreed the following lasting commitments:", lang) + QLatin1Char('\n') + others.join(QLatin1Char('\n'));
    if (hasWorkAgenda(d, c))
        p << Doc::tr("The agreements with a deadline are set out in the work agenda annexed to this covenant. They elaborate the commitments in this article.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString governance(const TrajectoryData &d, const QString &lang)
{
    const QString body = governingBody(d, lang);
    QStringList p;
    p << Doc::tr("%1 directs the collaboration under this covenant. Each party that carries out agreements is represented in it by a person who may take decisions on its behalf.", lang)
             .arg(upperFirst(body));
    p << Doc::tr("%1 monitors the progress of the agreements, prepares the evaluations and keeps the other parties informed.", lang).arg(upperFirst(body));
    p << Doc::tr("%1 may, by joint decision, update the work agenda annexed to this covenant, for example to add an agreement or to change a deadline, without this covenant having to be amended. Each update is recorded in writing and sent to all parties.", lang)
             .arg(upperFirst(body));
    p << acceptedWithPrefix(d, QStringLiteral("clause.role."));
    p << acceptedWithPrefix(d, QStringLiteral("clause.lasting"));
    p << Doc::tr("Each party remains responsible for its own tasks and accounts for them to its own board, council or supervisory body.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString finances(const QString &lang)
{
    QStringList p;
    p << Doc::tr("Each party bears its own costs of carrying out this covenant, unless the work agenda provides otherwise.", lang);
    p << Doc::tr("A party that makes resources available for an agreement does so under its own rules and procedures.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString budgetReservation(const TrajectoryData &d, const QString &lang)
{
    QStringList names;
    for (const Partner &p : d.partners)
        if (isPublic(p))
            names << legalNameOf(p);
    QStringList p;
    p << Doc::tr("Commitments of %1 that require funds are made subject to the approval of the necessary funds by the competent body in the budget concerned.", lang)
             .arg(joinedList(names, lang));
    p << Doc::tr("If funds are not or not fully made available, the party concerned informs the other parties without delay, and the parties consult on the consequences for the work agenda.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString privacy(const TrajectoryData &d, const QString &lang)
{
    QStringList p;
    p << Doc::tr("Each party is the controller within the meaning of the General Data Protection Regulation for the personal data it processes in carrying out this covenant.", lang);
    if (d.info.sharesPersonalData) {
        const QString protocol = d.info.dataProtocol.trimmed();
        p << (protocol.isEmpty()
                  ? Doc::tr("The parties share personal data of children and their parents only under a separate data-sharing protocol that they adopt before any data are shared. This covenant is not itself a basis for sharing personal data.", lang)
                  : Doc::tr("The parties share personal data of children and their parents only under the separate data-sharing protocol ‘%1’, which they adopt before any data are shared. This covenant is not itself a basis for sharing personal data.", lang)
                        .arg(protocol));
        p << Doc::tr("Before the sharing of personal data begins, the parties carry out a data protection impact assessment (DPIA) and take the measures it calls for.", lang);
    } else {
        p << Doc::tr("This covenant does not provide for the sharing of personal data of children or their parents. Should the parties wish to share such data, they first adopt a separate data-sharing protocol and carry out a data protection impact assessment (DPIA).", lang);
    }
    return p.join(QStringLiteral("\n\n"));
}

QString evaluation(const TrajectoryData &d, const QString &lang)
{
    QStringList p;
    QStringList items;
    for (const AccountabilityItem &a : d.accountability) {
        const QString about = a.about.trimmed();
        if (about.isEmpty())
            continue;
        QStringList parts;
        if (!a.toWhom.trimmed().isEmpty())
            parts << Doc::tr("to: %1", lang).arg(a.toWhom.trimmed());
        if (!a.frequency.trimmed().isEmpty())
            parts << Doc::tr("how often: %1", lang).arg(a.frequency.trimmed());
        if (!a.form.trimmed().isEmpty())
            parts << Doc::tr("form: %1", lang).arg(a.form.trimmed());
        items << QStringLiteral("- **") + about + QStringLiteral(" —** ") + parts.join(QStringLiteral("; "));
    }
    if (!items.isEmpty())
        p << Doc::tr("The parties account for the collaboration and its results as follows:", lang) + QLatin1Char('\n') + items.join(QLatin1Char('\n'));
    const QString rhythm = d.info.evaluationRhythm.trimmed();
    if (!rhythm.isEmpty())
        p << Doc::tr("The parties evaluate the collaboration and its results %1.", lang).arg(rhythm);
    QStringList planned;
    for (const Evaluation &e : d.evaluations)
        if (!e.description.trimmed().isEmpty())
            planned << QStringLiteral("- ") + (e.date.isValid() ? QStringLiteral("**") + longDate(e.date, lang) + QStringLiteral("** ") : QString())
                    + withFullStop(e.description);
    if (!planned.isEmpty())
        p << Doc::tr("The following evaluations are planned:", lang) + QLatin1Char('\n') + planned.join(QLatin1Char('\n'));
    p << Doc::tr("%1 discusses the outcome of each evaluation and, where needed, proposes changes to the work agenda or to this covenant.", lang)
             .arg(GoverningBody(d, lang));
    return p.join(QStringLiteral("\n\n"));
}

QString duration(const TrajectoryData &d, const QString &lang)
{
    const TrajectoryInfo &i = d.info;
    const QString term = yearsText(std::max(1, i.durationYears), lang);
    QStringList p;
    if (i.entryIntoForce == EntryIntoForce::OnDate && i.startDate.isValid())
        p << Doc::tr("This covenant enters into force on %1 and applies for a term of %2 from that date.", lang).arg(longDate(i.startDate, lang), term);
    else if (i.entryIntoForce == EntryIntoForce::Retroactive && i.startDate.isValid() && i.signingDate.isValid() && i.startDate >= i.signingDate)
        // Retroactive effect chosen, but the date lies after signing: it is simply the date.
        p << Doc::tr("This covenant enters into force on %1 and applies for a term of %2 from that date.", lang).arg(longDate(i.startDate, lang), term);
    else if (i.entryIntoForce == EntryIntoForce::Retroactive && i.startDate.isValid())
        p << Doc::tr("This covenant enters into force on the day on which the last party signs it and applies with retroactive effect from %1, for a term of %2 from that date.", lang)
                 .arg(longDate(i.startDate, lang), term);
    else
        p << Doc::tr("This covenant enters into force on the day on which the last party signs it and applies for a term of %1 from that day.", lang).arg(term);
    switch (i.renewal) {
    case Renewal::None:
        p << Doc::tr("The covenant ends by operation of law at the end of its term.", lang);
        break;
    case Renewal::Tacit:
        p << Doc::tr("Unless a party gives notice no later than %1 before the end of the term, the covenant is tacitly renewed for %2 each time, at most %3.", lang)
                 .arg(monthsText(std::max(1, i.noticeMonths), lang), yearsText(std::max(1, i.renewalYears), lang), timesText(i.renewalTimes, lang));
        break;
    case Renewal::ByDecision:
        p << Doc::tr("No later than six months before the end of the term, the parties decide whether they renew the covenant and for how long. A renewal is agreed in writing by all parties.", lang);
        break;
    }
    p << Doc::tr("Municipal elections or a change in the board of a party do not affect this covenant. After a new municipal executive takes office, the parties discuss the progress with it.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString amendment(const TrajectoryData &d, const QString &lang)
{
    QStringList p;
    p << Doc::tr("Each party may ask the other parties in writing to amend this covenant. The parties consult on the request within six weeks.", lang);
    p << Doc::tr("An amendment requires the written consent of all parties and is annexed to this covenant. It takes effect on the day on which the last party has signed it.", lang);
    p << Doc::tr("An update of the work agenda by %1 is not an amendment of this covenant.", lang).arg(governingBody(d, lang));
    return p.join(QStringLiteral("\n\n"));
}

QString accession(const QString &lang)
{
    QStringList p;
    p << Doc::tr("An organisation that wants to contribute to the purpose of this covenant may accede to it if all parties consent in writing.", lang);
    p << Doc::tr("The organisation accedes by signing a statement of accession, which is annexed to this covenant. From the day of that signature it has the same rights and obligations as the other parties.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString leaving(const TrajectoryData &d, const QString &lang)
{
    QStringList p;
    p << Doc::tr("Each party may leave this covenant by giving written notice to the other parties, subject to a notice period of %1.", lang)
             .arg(monthsText(std::max(1, d.info.noticeMonths), lang));
    p << Doc::tr("Before its departure takes effect, the party completes the agreements in the work agenda for which it is responsible, or transfers them in consultation with %1.", lang)
             .arg(governingBody(d, lang));
    p << Doc::tr("The covenant remains in force between the other parties.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString disputes(const TrajectoryData &d, const QString &lang)
{
    QStringList p;
    p << Doc::tr("If the parties differ in opinion about carrying out this covenant, the parties concerned first try to resolve the matter by consulting each other.", lang);
    p << Doc::tr("If this does not lead to a solution within eight weeks, %1 discusses the matter. The parties may jointly call in an independent mediator.", lang)
             .arg(governingBody(d, lang));
    return p.join(QStringLiteral("\n\n"));
}

QString legalStatus(const QString &lang)
{
    QStringList p;
    p << Doc::tr("This covenant records the commitment of the parties to work together on its purpose. The parties hold each other to that commitment.", lang);
    p << Doc::tr("The parties do not intend this covenant to create obligations that are enforceable in law.", lang);
    p << Doc::tr("This covenant does not affect the statutory tasks and powers of the parties, nor the powers of their boards, councils and supervisory bodies.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString publication(const TrajectoryData &d, const QString &lang)
{
    QString municipality;
    for (const Partner &p : d.partners)
        if (isMunicipality(p)) {
            municipality = legalNameOf(p);
            break;
        }
    if (municipality.isEmpty())
        municipality = d.info.municipality.trimmed();
    QStringList p;
    p << (municipality.isEmpty()
              ? Doc::tr("This covenant is public. After it has been signed, the municipality publishes it in accordance with the Open Government Act (Woo).", lang)
              : Doc::tr("This covenant is public. After it has been signed, %1 publishes it in accordance with the Open Government Act (Woo).", lang).arg(municipality));
    p << Doc::tr("Before publication, personal data other than the names and functions of the signatories are removed.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString applicableLaw(const QString &lang) { return Doc::tr("This covenant is governed by Dutch law.", lang); }

QString annexes(const QString &lang)
{
    // The article applies only when there is a work agenda, Annex 1.
    QStringList p;
    p << Doc::tr("The work agenda is annexed to this covenant as Annex 1. The annexes to this covenant form part of it.", lang);
    p << Doc::tr("If an annex conflicts with the articles of this covenant, the articles prevail.", lang);
    return p.join(QStringLiteral("\n\n"));
}

QString citation(const TrajectoryData &d, const QString &lang)
{
    return Doc::tr("This covenant may be cited as: %1.", lang).arg(citationName(d));
}

} // namespace

QList<StandardArticle> standardArticles(const TrajectoryData &data, const QString &language)
{
    QList<StandardArticle> out;
    for (const ArticleSpec &s : kArticles) {
        StandardArticle a{.id = QLatin1String(s.id), .title = Doc::tr(s.title, language), .optional = s.optional};
        if (a.id == QLatin1String("budget-reservation"))
            a.applies = budgetReservationApplies(data, Catalog{});
        else if (a.id == QLatin1String("annexes"))
            a.applies = hasWorkAgenda(data, Catalog{});
        else if (a.id == QLatin1String("citation"))
            a.applies = !citationName(data).isEmpty();
        out << a;
    }
    return out;
}

QString standardArticleText(const QString &id, const TrajectoryData &data, const QString &language)
{
    // Without the catalogue the lasting commitments are listed without
    // their building blocks' titles.
    return standardArticleText(id, data, Catalog{}, language);
}

QString standardArticleText(const QString &id, const TrajectoryData &data, const Catalog &catalog, const QString &lang)
{
    if (id == QLatin1String("definitions"))
        return definitions(data, catalog, lang);
    if (id == QLatin1String("purpose"))
        return purpose(data, lang);
    if (id == QLatin1String("commitments"))
        return commitments(data, catalog, lang);
    if (id == QLatin1String("governance"))
        return governance(data, lang);
    if (id == QLatin1String("finances"))
        return finances(lang);
    if (id == QLatin1String("budget-reservation"))
        return budgetReservation(data, lang);
    if (id == QLatin1String("privacy"))
        return privacy(data, lang);
    if (id == QLatin1String("evaluation"))
        return evaluation(data, lang);
    if (id == QLatin1String("duration"))
        return duration(data, lang);
    if (id == QLatin1String("amendment"))
        return amendment(data, lang);
    if (id == QLatin1String("accession"))
        return accession(lang);
    if (id == QLatin1String("leaving"))
        return leaving(data, lang);
    if (id == QLatin1String("disputes"))
        return disputes(data, lang);
    if (id == QLatin1String("legal-status"))
        return legalStatus(lang);
    if (id == QLatin1String("publication"))
        return publication(data, lang);
    if (id == QLatin1String("applicable-law"))
        return applicableLaw(lang);
    if (id == QLatin1String("annexes"))
        return annexes(lang);
    if (id == QLatin1String("citation"))
        return citation(data, lang);
    return {};
}

bool articleEnabled(const QString &id, const TrajectoryData &data)
{
    const ArticleSpec *s = spec(id);
    if (!s)
        return false;
    const QList<StandardArticle> all = standardArticles(data, QStringLiteral("en"));
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const StandardArticle &a) { return a.id == id; });
    if (it == all.cend() || !it->applies)
        return false;
    // A mandatory article switched off in the file stays in the covenant
    // (and the gap list names it).
    const CovenantText *t = data.covenantText(QStringLiteral("article.") + id);
    return !(t && !t->enabled && s->optional);
}

QString articleText(const QString &id, const TrajectoryData &data, const QString &language)
{
    return articleText(id, data, Catalog{}, language);
}

QString articleText(const QString &id, const TrajectoryData &data, const Catalog &catalog, const QString &language)
{
    const CovenantText *t = data.covenantText(QStringLiteral("article.") + id);
    if (t && !t->text.trimmed().isEmpty())
        return t->text.trimmed();
    return standardArticleText(id, data, catalog, language);
}

} // namespace akkoord
