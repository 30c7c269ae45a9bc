#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace akkoord {

// A text in every language the catalogue ships; Dutch is primary.
struct LocalizedText
{
    QString nl;
    QString en;
    QString in(const QString &language) const { return language == QLatin1String("en") && !en.isEmpty() ? en : nl; }
    bool operator==(const LocalizedText &) const = default;
};

enum class AnswerKind {
    Text,
    List,
    PartnerRating,
    PartnerChecklist,
    DomainChecklist,
    Ambitions,
    Agreements,
    Accountability,
    Situation, // now versus desired per building block and partner
    Gaps, // the gap analysis of the now-versus-desired ratings
    Dilemmas, // the dilemma register
};

QString answerKindKey(AnswerKind k);
std::optional<AnswerKind> answerKindFromKey(const QString &key);

struct Question
{
    QString id;
    QString phaseId;
    LocalizedText text;
    LocalizedText help;
    AnswerKind kind = AnswerKind::Text;
    bool perspectives = false;
    int timeboxMinutes = 0; // 0: none suggested
    QList<LocalizedText> examples;
};

struct Phase
{
    QString id;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText intro;
    int timeboxMinutes = 0;
    QList<Question> questions;
};

struct BuilderQuestion
{
    QString id;
    LocalizedText text;
    LocalizedText help;
    QList<LocalizedText> examples; // example covenant clauses
};

struct Statement
{
    QString id;
    LocalizedText text;
};

struct BuildingBlock
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    QList<BuilderQuestion> questions;
    QList<Statement> statements;
};

struct ReferenceSection
{
    LocalizedText title;
    LocalizedText body;
};

struct ReferenceTopic
{
    QString id;
    LocalizedText title;
    QList<ReferenceSection> sections;
};

struct Dilemma
{
    QString id;
    LocalizedText title;
    LocalizedText description;
};

struct Catalog
{
    QString catalogVersion;
    QStringList languages;
    QList<Phase> phases;
    QList<BuildingBlock> buildingBlocks;
    QList<ReferenceTopic> reference;
    QList<Dilemma> dilemmas;

    const Phase *phase(const QString &id) const;
    const Question *question(const QString &id) const;
    const BuildingBlock *buildingBlock(const QString &id) const;
    // The first question of the given kind, e.g. the urgency rating.
    const Question *firstOfKind(AnswerKind kind) const;
};

} // namespace akkoord
