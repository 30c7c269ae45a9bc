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

// Who a self-assessment statement is written for. A statement without one in
// the catalogue is for everyone (All), as before audiences existed.
enum class Audience {
    All,
    Professionals, // about one's own work and organisation
    ParentsYoungPeople, // answerable by parents and young people
};

// "all", "professionals", "parents-young-people" (the catalogue's keys).
QString audienceKey(Audience a);
std::optional<Audience> audienceFromKey(const QString &key);

struct Statement
{
    QString id;
    LocalizedText text;
    Audience audience = Audience::All;
    // True when a person of this audience is asked this statement: an "All"
    // statement is for everyone, and asking for All gives every statement.
    bool isFor(Audience who) const { return audience == Audience::All || who == Audience::All || audience == who; }
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

// One entry of the catalogue's glossary (glossary.json): an abbreviation or
// term the catalogue and the documents use, explained in plain words, e.g.
// {"JGZ", "Jeugdgezondheidszorg: …"}.
struct GlossaryEntry
{
    QString id; // e.g. "jgz"; unique in the glossary
    LocalizedText term;
    LocalizedText explanation;
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
    // Sorted by the primary language's term, case-insensitively; empty when
    // the catalogue has no glossary.json.
    QList<GlossaryEntry> glossary;

    QString primaryLanguage() const { return languages.value(0); }

    const Phase *phase(const QString &id) const;
    const Question *question(const QString &id) const;
    const BuildingBlock *buildingBlock(const QString &id) const;
    // The first question of the given kind, e.g. the urgency rating.
    const Question *firstOfKind(AnswerKind kind) const;
    // The glossary entry with this id, or with this term in any language
    // (case-insensitive); nullptr when there is none.
    const GlossaryEntry *glossaryEntry(const QString &idOrTerm) const;
};

} // namespace akkoord
