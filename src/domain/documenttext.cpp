#include "domain/documenttext.h"

#include <algorithm>

namespace akkoord::doctext {

QString partnerName(const TrajectoryData &data, PartnerId id, const QString &language)
{
    const Partner *p = data.partner(id);
    return p ? p->organisation : Doc::tr("(unknown partner)", language);
}

QString partnerNames(const TrajectoryData &data, const QList<PartnerId> &ids, const QString &language)
{
    QStringList names;
    for (PartnerId id : ids)
        names << partnerName(data, id, language);
    return joinedList(names, language);
}

QString roleText(PartnerRole role, const QString &language)
{
    return role == PartnerRole::Core ? Doc::tr("core partner", language) : Doc::tr("outer partner", language);
}

QString domainText(PartnerDomain domain, const QString &language)
{
    return domainLabel(domain, Language(language));
}

QString agreementStatusText(AgreementStatus status, const QString &language)
{
    switch (status) {
    case AgreementStatus::Proposed: return Doc::tr("proposed", language);
    case AgreementStatus::Agreed: return Doc::tr("agreed", language);
    case AgreementStatus::InProgress: return Doc::tr("in progress", language);
    case AgreementStatus::Done: return Doc::tr("done", language);
    case AgreementStatus::Dropped: return Doc::tr("dropped", language);
    }
    return {};
}

QString answerStatusText(AnswerStatus status, const QString &language)
{
    switch (status) {
    case AnswerStatus::Open: return Doc::tr("open", language);
    case AnswerStatus::Discussed: return Doc::tr("discussed", language);
    case AnswerStatus::Agreed: return Doc::tr("agreed on", language);
    }
    return {};
}

QString joinedList(const QStringList &items, const QString &language)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + Doc::tr(" and ", language) + items.last();
}

QString firstSentence(const QString &text, int maxLength)
{
    QString t = text.trimmed();
    if (const qsizetype nl = t.indexOf(QLatin1Char('\n')); nl >= 0)
        t = t.left(nl).trimmed();
    for (qsizetype i = 0; i + 2 < t.size(); ++i) {
        const QChar c = t.at(i);
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && t.at(i + 1).isSpace()) {
            qsizetype j = i + 1;
            while (j < t.size() && t.at(j).isSpace())
                ++j;
            if (j < t.size() && (t.at(j).isUpper() || t.at(j).isDigit())) {
                t = t.left(i + 1);
                break;
            }
        }
    }
    if (t.size() > maxLength) {
        qsizetype cut = t.lastIndexOf(QLatin1Char(' '), maxLength);
        if (cut <= maxLength / 2)
            cut = maxLength;
        t = t.left(cut).trimmed() + QStringLiteral("…");
    }
    return t;
}

QStringList listItems(const QString &text)
{
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        for (const QString &bullet : {QStringLiteral("- "), QStringLiteral("* "), QStringLiteral("• ")})
            if (line.startsWith(bullet))
                line = line.mid(bullet.size()).trimmed();
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

QString ambitionTitles(const TrajectoryData &data, const QList<RecordId> &ids, const QString &language)
{
    QStringList titles;
    for (RecordId id : ids)
        for (const Ambition &a : data.ambitions)
            if (a.id == id)
                titles << QStringLiteral("‘") + a.title.trimmed() + QStringLiteral("’");
    return joinedList(titles, language);
}

QList<Agreement> covenantAgreements(const TrajectoryData &data, const Catalog &catalog, bool includeProposals)
{
    QList<Agreement> out;
    auto blockIndex = [&](const QString &id) {
        for (qsizetype i = 0; i < catalog.buildingBlocks.size(); ++i)
            if (catalog.buildingBlocks[i].id == id)
                return i;
        return catalog.buildingBlocks.size();
    };
    for (const Agreement &a : data.agreements) {
        if (a.status == AgreementStatus::Dropped || (!includeProposals && a.status == AgreementStatus::Proposed))
            continue;
        out.append(a);
    }
    std::stable_sort(out.begin(), out.end(), [&](const Agreement &x, const Agreement &y) {
        const auto bx = blockIndex(x.buildingBlock);
        const auto by = blockIndex(y.buildingBlock);
        return bx != by ? bx < by : x.position < y.position;
    });
    return out;
}

QString buildingBlockTitle(const Catalog &catalog, const QString &id, const QString &language)
{
    const BuildingBlock *b = catalog.buildingBlock(id);
    return b ? b->title.in(language) : id;
}

QString decimal(double value, const QString &language)
{
    return Language(language).locale().toString(value, 'f', 1);
}

QStringList choiceLabels(const Question &q, const Answer &a, const TrajectoryData &data, const QString &language)
{
    QStringList out;
    for (const QString &choice : a.choices) {
        if (q.kind == AnswerKind::PartnerChecklist) {
            bool ok = false;
            const PartnerId id = choice.toLongLong(&ok);
            out << (ok ? partnerName(data, id, language) : choice);
        } else if (const auto d = domainFromKey(choice)) {
            out << domainText(*d, language);
        } else {
            out << choice;
        }
    }
    return out;
}

DocumentTable agreementsTable(const TrajectoryData &data, const Catalog &catalog, const QList<Agreement> &agreements, const QString &lang)
{
    DocumentTable t;
    // Grouped by building block: the block's name stands on its first row.
    t.header = {Doc::tr("Building block", lang), Doc::tr("Agreement", lang), Doc::tr("Who", lang), Doc::tr("When", lang),
                Doc::tr("Indicator and target", lang), Doc::tr("Status", lang)};
    t.columnWeights = {1.0, 2.8, 2.6, 0.8, 2.1, 0.8};
    QString previousBlock;
    for (const Agreement &a : agreements) {
        QString who = a.owner ? partnerName(data, *a.owner, lang) : QString();
        if (!a.contributors.isEmpty())
            who += (who.isEmpty() ? QString() : QStringLiteral("; ")) + Doc::tr("with ", lang) + partnerNames(data, a.contributors, lang);
        QString measure = a.indicator;
        if (!a.target.trimmed().isEmpty())
            measure += (measure.isEmpty() ? QString() : QStringLiteral(" — ")) + a.target;
        const QString block = buildingBlockTitle(catalog, a.buildingBlock, lang);
        t.rows.append({block == previousBlock ? QString() : block, a.what, who,
                       a.deadline.isValid() ? a.deadline.toString(QStringLiteral("dd-MM-yyyy")) : QString(), measure,
                       agreementStatusText(a.status, lang)});
        previousBlock = block;
    }
    return t;
}

} // namespace akkoord::doctext
