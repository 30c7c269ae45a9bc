// What stands between a trajectory and a covenant to sign, each with the
// place to fix it, and the warning for a party that looks like a department.

#include "domain/covenantparts.h"
#include "domain/covenanttext.h"
#include "domain/document.h"
#include "domain/documenttext.h"
#include "domain/language.h"

#include <algorithm>

namespace akkoord {

using namespace doctext;
using namespace covenantdetail;

namespace {

QString identificationMissing(const Partner &p, const QString &lang)
{
    QStringList missing;
    if (p.legalForm == LegalForm::Unknown)
        missing << Doc::tr("legal form", lang);
    if (p.seat.trimmed().isEmpty())
        missing << Doc::tr("seat", lang);
    if (p.kvkNumber.trimmed().isEmpty() && !isPublic(p))
        missing << Doc::tr("KvK number", lang);
    if (p.signatory.name.trimmed().isEmpty())
        missing << Doc::tr("name of the signatory", lang);
    if (p.signatory.function.trimmed().isEmpty())
        missing << Doc::tr("function of the signatory", lang);
    if (p.signatory.basis == RepresentationBasis::Unknown)
        missing << Doc::tr("basis of representation", lang);
    else if ((p.signatory.basis == RepresentationBasis::Mandate || p.signatory.basis == RepresentationBasis::PowerOfAttorney)
             && !p.signatory.decisionDate.isValid())
        missing << Doc::tr("date of the decision", lang);
    return missing.isEmpty() ? QString() : joinedList(missing, lang);
}

} // namespace

QList<CovenantGap> covenantGapList(const TrajectoryData &data, const Catalog &catalog, const QString &lang)
{
    using W = CovenantGap::Where;
    QList<CovenantGap> gaps;
    const auto gap = [&](W where, RecordId id, const QString &key, const QString &text) { gaps << CovenantGap{where, id, key, text}; };
    const TrajectoryInfo &info = data.info;

    if (info.title.trimmed().isEmpty())
        gap(W::Trajectory, 0, QStringLiteral("title"), Doc::tr("The trajectory has no title yet.", lang));
    if (info.municipality.trimmed().isEmpty())
        gap(W::Trajectory, 0, QStringLiteral("municipality"), Doc::tr("The municipality or region has not been filled in.", lang));
    if (data.partners.size() < 2)
        gap(W::Trajectory, 0, QStringLiteral("partners"), Doc::tr("A covenant needs at least two parties.", lang));
    if (data.ambitions.isEmpty())
        gap(W::Trajectory, 0, QStringLiteral("ambitions"), Doc::tr("No shared ambitions have been recorded yet.", lang));

    // Agreements: proposals by name; agreed ones need someone responsible.
    const QList<Agreement> all = covenantAgreements(data, catalog, true);
    // An agreement named in quotes, without its own full stop.
    const auto named = [&](const Agreement &a) {
        QString what = a.what.trimmed();
        while (what.endsWith(QLatin1Char('.')) && !what.endsWith(QLatin1String("...")))
            what.chop(1);
        return what.isEmpty() ? Doc::tr("(without description)", lang) : what;
    };
    for (const Agreement &a : all) {
        const QString what = named(a);
        if (a.status == AgreementStatus::Proposed)
            gap(W::Agreement, a.id, {}, Doc::tr("The agreement ‘%1’ is still a proposal.", lang).arg(what));
    }
    for (const Agreement &a : all) {
        const QString what = named(a);
        if (a.status != AgreementStatus::Proposed && (!a.owner || !data.partner(*a.owner)))
            gap(W::Agreement, a.id, {}, Doc::tr("The agreement ‘%1’ has no owner yet.", lang).arg(what));
    }
    for (const BuildingBlock &b : catalog.buildingBlocks) {
        const bool any = std::any_of(all.cbegin(), all.cend(), [&](const Agreement &a) { return a.buildingBlock == b.id && a.status != AgreementStatus::Proposed; });
        if (!any)
            gap(W::Trajectory, 0, QStringLiteral("agreements"), Doc::tr("There are no agreed agreements yet for the building block %1.", lang).arg(b.title.in(lang)));
    }
    for (const DilemmaEntry &e : data.dilemmas)
        if (e.status == DilemmaStatus::Open && !e.agreements.isEmpty())
            gap(W::Dilemma, e.id, {}, Doc::tr("The dilemma ‘%1’ is still open while agreements depend on it.", lang).arg(e.title.trimmed()));

    // Parties.
    for (const Partner &p : data.partners)
        if (p.signatory.underMandateReservation)
            gap(W::Partner, p.id, QStringLiteral("signatory"),
                p.signatory.reservationDeadline.isValid()
                    ? Doc::tr("%1 still signs subject to a mandate reservation (to be confirmed by %2).", lang)
                          .arg(legalNameOf(p), longDate(p.signatory.reservationDeadline, lang))
                    : Doc::tr("%1 still signs subject to a mandate reservation.", lang).arg(legalNameOf(p)));
    for (const Partner &p : data.partners)
        if (const QString missing = identificationMissing(p, lang); !missing.isEmpty())
            gap(W::Partner, p.id, QStringLiteral("legal"), Doc::tr("%1 is not fully identified; missing: %2.", lang).arg(legalNameOf(p), missing));
    for (const Partner &p : data.partners)
        if (const QString warning = departmentWarning(p, data, lang); !warning.isEmpty())
            gap(W::Partner, p.id, QStringLiteral("legalName"), warning);

    // Covenant settings.
    if (info.signingPlace.trimmed().isEmpty())
        gap(W::Settings, 0, QStringLiteral("signingPlace"), Doc::tr("The place of signing has not been filled in.", lang));
    if (!info.signingDate.isValid())
        gap(W::Settings, 0, QStringLiteral("signingDate"), Doc::tr("The date of signing has not been filled in.", lang));
    if (info.entryIntoForce != EntryIntoForce::LastSignature) {
        if (!info.startDate.isValid())
            gap(W::Settings, 0, QStringLiteral("startDate"), Doc::tr("The date of entry into force has not been filled in.", lang));
        else if (info.entryIntoForce == EntryIntoForce::OnDate && info.signingDate.isValid() && info.startDate < info.signingDate)
            gap(W::Settings, 0, QStringLiteral("startDate"),
                Doc::tr("The covenant would enter into force on %1, before it is signed on %2; choose a later date, the last signature, or retroactive effect.", lang)
                    .arg(longDate(info.startDate, lang), longDate(info.signingDate, lang)));
    }
    if (info.sharesPersonalData && info.dataProtocol.trimmed().isEmpty())
        gap(W::Settings, 0, QStringLiteral("dataProtocol"), Doc::tr("Personal data are shared, but the data-sharing protocol has not been named.", lang));
    if (data.accountability.isEmpty())
        gap(W::Trajectory, 0, QStringLiteral("accountability"), Doc::tr("How the parties will account for their results has not been recorded.", lang));
    if (data.evaluations.isEmpty() && info.evaluationRhythm.trimmed().isEmpty())
        gap(W::Trajectory, 0, QStringLiteral("evaluation"), Doc::tr("When the collaboration will be evaluated has not been recorded.", lang));

    // Wording.
    for (const StandardArticle &a : standardArticles(data, lang)) {
        const CovenantText *t = data.covenantText(QStringLiteral("article.") + a.id);
        if (!a.optional && a.applies && t && !t->enabled)
            gap(W::Article, 0, a.id, Doc::tr("The article ‘%1’ is required and cannot be switched off.", lang).arg(a.title));
    }
    if (acceptedWithPrefix(data, QStringLiteral("clause.recital.")).isEmpty())
        gap(W::Clause, 0, QStringLiteral("clause.recital.issue"), Doc::tr("No recital has been accepted yet.", lang));
    return gaps;
}

QString departmentWarning(const Partner &partner, const TrajectoryData &data, const QString &lang)
{
    const QString name = legalNameOf(partner);
    if (name.isEmpty())
        return {};
    const QString lower = name.toLower();
    // Another party's name followed by a unit: "GGD Noord, Jeugdgezondheidszorg".
    for (const Partner &other : data.partners) {
        if (other.id == partner.id)
            continue;
        const QString otherName = legalNameOf(other);
        if (otherName.size() < 3 || !lower.startsWith(otherName.toLower()) || name.size() == otherName.size())
            continue;
        const QChar next = name.at(otherName.size());
        if (next == QLatin1Char(',') || next == QLatin1Char(' ') || next == QLatin1Char('/') || next == QLatin1Char('-'))
            return Doc::tr("%1 looks like a department of %2 rather than a party of its own; a covenant is signed by the legal entity.", lang).arg(name, otherName);
    }
    static const QStringList unitWords = {QStringLiteral("afdeling"), QStringLiteral("department"), QStringLiteral("sector"), QStringLiteral("team"),
                                          QStringLiteral("unit"), QStringLiteral("divisie"), QStringLiteral("division"), QStringLiteral("jeugdgezondheidszorg"),
                                          QStringLiteral("locatie"), QStringLiteral("vestiging")};
    bool looksLikeUnit = false;
    for (const QString &w : unitWords)
        if (lower.startsWith(w + QLatin1Char(' ')))
            looksLikeUnit = true;
    if (const qsizetype comma = lower.indexOf(QLatin1Char(',')); comma > 0) {
        const QString rest = lower.mid(comma + 1);
        for (const QString &w : unitWords)
            if (rest.contains(w))
                looksLikeUnit = true;
    }
    if (looksLikeUnit)
        return Doc::tr("%1 looks like a department rather than a legal entity; a covenant is signed by the legal entity it belongs to.", lang).arg(name);
    return {};
}

} // namespace akkoord
