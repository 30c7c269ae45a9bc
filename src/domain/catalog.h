#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace akkoord {

// A text of the catalogue, by language code ("nl", "en", …). One language is
// the catalogue's primary one (the first in catalog.json's "languages"): its
// text is always there, and in() falls back to it for a language the
// catalogue has no text in (a translation still missing, or an interface
// language the catalogue lacks).
class LocalizedText
{
public:
    LocalizedText() = default;
    // No texts yet; set() adds them.
    explicit LocalizedText(QString primaryLanguage)
        : m_primary(std::move(primaryLanguage))
    {
    }
    // {{"nl", "…"}, {"en", "…"}}: the first language is the primary one.
    LocalizedText(std::initializer_list<std::pair<QString, QString>> texts);

    QString primaryLanguage() const { return m_primary; }
    // Sets the text in one language; an empty text removes it.
    void set(const QString &language, const QString &text);

    // The text in this language, or the primary language's when there is
    // none in it.
    QString in(const QString &language) const;
    // The text in exactly this language, without falling back: empty when
    // there is none.
    QString exactly(const QString &language) const { return m_texts.value(language); }
    bool has(const QString &language) const { return m_texts.contains(language); }
    QString primary() const { return exactly(m_primary); }
    // The languages with a text, sorted by code.
    QStringList languages() const { return m_texts.keys(); }
    bool isEmpty() const { return m_texts.isEmpty(); }

    bool operator==(const LocalizedText &) const = default;

private:
    QString m_primary;
    QMap<QString, QString> m_texts;
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
    // The languages of the catalogue's texts; the first is the primary one.
    QStringList languages;
    QList<Phase> phases;
    QList<BuildingBlock> buildingBlocks;
    QList<ReferenceTopic> reference;
    QList<Dilemma> dilemmas;

    QString primaryLanguage() const { return languages.value(0); }

    const Phase *phase(const QString &id) const;
    const Question *question(const QString &id) const;
    const BuildingBlock *buildingBlock(const QString &id) const;
    // The first question of the given kind, e.g. the urgency rating.
    const Question *firstOfKind(AnswerKind kind) const;
};

} // namespace akkoord
