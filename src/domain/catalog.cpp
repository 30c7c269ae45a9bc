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
} // namespace

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

} // namespace akkoord
