#include "domain/catalog.h"

#include <array>

namespace akkoord {

namespace {
constexpr std::array<std::pair<AnswerKind, const char *>, 11> kKinds{{
    {AnswerKind::Text, "text"},
    {AnswerKind::List, "list"},
    {AnswerKind::PartnerRating, "partnerRating"},
    {AnswerKind::PartnerChecklist, "partnerChecklist"},
    {AnswerKind::DomainChecklist, "domainChecklist"},
    {AnswerKind::Ambitions, "ambitions"},
    {AnswerKind::Agreements, "agreements"},
    {AnswerKind::Accountability, "accountability"},
    {AnswerKind::Situation, "situation"},
    {AnswerKind::Gaps, "gaps"},
    {AnswerKind::Dilemmas, "dilemmas"},
}};

constexpr std::array<std::pair<Audience, const char *>, 3> kAudiences{{
    {Audience::All, "all"},
    {Audience::Professionals, "professionals"},
    {Audience::ParentsYoungPeople, "parents-young-people"},
}};
} // namespace

QString audienceKey(Audience a)
{
    for (const auto &[audience, key] : kAudiences)
        if (audience == a)
            return QString::fromLatin1(key);
    return {};
}

std::optional<Audience> audienceFromKey(const QString &key)
{
    for (const auto &[audience, k] : kAudiences)
        if (key == QLatin1String(k))
            return audience;
    return std::nullopt;
}

QString answerKindKey(AnswerKind k)
{
    for (const auto &[kind, key] : kKinds)
        if (kind == k)
            return QString::fromLatin1(key);
    return {};
}

std::optional<AnswerKind> answerKindFromKey(const QString &key)
{
    for (const auto &[kind, k] : kKinds)
        if (key == QLatin1String(k))
            return kind;
    return std::nullopt;
}

LocalizedText::LocalizedText(std::initializer_list<std::pair<QString, QString>> texts)
{
    for (const auto &[language, text] : texts) {
        if (m_primary.isEmpty())
            m_primary = language;
        set(language, text);
    }
}

void LocalizedText::set(const QString &language, const QString &text)
{
    if (text.isEmpty())
        m_texts.remove(language);
    else
        m_texts.insert(language, text);
}

QString LocalizedText::in(const QString &language) const
{
    const auto it = m_texts.constFind(language);
    return it != m_texts.cend() ? *it : primary();
}

const Phase *Catalog::phase(const QString &id) const
{
    for (const Phase &p : phases)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Question *Catalog::question(const QString &id) const
{
    for (const Phase &p : phases)
        for (const Question &q : p.questions)
            if (q.id == id)
                return &q;
    return nullptr;
}

const BuildingBlock *Catalog::buildingBlock(const QString &id) const
{
    for (const BuildingBlock &b : buildingBlocks)
        if (b.id == id)
            return &b;
    return nullptr;
}

const Question *Catalog::firstOfKind(AnswerKind kind) const
{
    for (const Phase &p : phases)
        for (const Question &q : p.questions)
            if (q.kind == kind)
                return &q;
    return nullptr;
}

const GlossaryEntry *Catalog::glossaryEntry(const QString &idOrTerm) const
{
    for (const GlossaryEntry &e : glossary)
        if (e.id == idOrTerm)
            return &e;
    for (const GlossaryEntry &e : glossary)
        for (const QString &lang : e.term.languages())
            if (e.term.exactly(lang).compare(idOrTerm, Qt::CaseInsensitive) == 0)
                return &e;
    return nullptr;
}

} // namespace akkoord
