#pragma once

// The documents as data: a covenant or a session report assembled from a
// trajectory, before any rendering. Pure and testable; renderers in
// src/report lay this model out as PDF or ODT. Every string here is plain
// user-visible text, never markup.

#include "domain/catalog.h"
#include "domain/trajectory.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace akkoord {

enum class DocumentKind { Covenant, SessionReport };

struct DocumentTable
{
    QStringList header;
    QList<QStringList> rows;
    // Relative column widths (same length as header); empty: equal widths.
    QList<double> columnWeights;
    bool operator==(const DocumentTable &) const = default;
};

struct UrgencyEntry
{
    QString partner;
    int score = 0; // 1..maxScore; 0: not rated yet
    QString reason;
    bool operator==(const UrgencyEntry &) const = default;
};

// What the urgency chart draws; the GUI draws the same data on screen.
struct UrgencyChartData
{
    QString title;
    int maxScore = 5;
    QList<UrgencyEntry> entries;
    QString averageLabel; // e.g. "gemiddeld 4,2"; empty: none rated
    bool operator==(const UrgencyChartData &) const = default;
};

// Charts a document can hold. The self-assessment radar joins this list
// when the self-assessment arrives in the domain.
enum class ChartKind { Urgency };

struct SignatureBlock
{
    QString organisation;
    QString name;
    QString function;
    QString place;
    QDate date; // invalid: filled in by hand
    bool underMandateReservation = false;
    bool operator==(const SignatureBlock &) const = default;
};

struct DocumentBlock
{
    enum class Kind {
        Paragraph, // text, optionally with a bold lead-in ("Wie: ")
        Clause, // numbered clause: number + text
        Bullet, // one item of a bulleted list
        Subheading, // a heading inside a section
        Note, // small, muted text (a status, a remark)
        Table,
        Chart,
        Signatures,
    };
    Kind kind = Kind::Paragraph;
    QString number; // clauses: "1.", "2." …
    QString lead;
    QString text;
    DocumentTable table;
    ChartKind chart = ChartKind::Urgency;
    UrgencyChartData urgency;
    QList<SignatureBlock> signatures;
    bool operator==(const DocumentBlock &) const = default;

    static DocumentBlock paragraph(const QString &text, const QString &lead = {});
    static DocumentBlock clause(const QString &number, const QString &text);
    static DocumentBlock bullet(const QString &text, const QString &lead = {});
    static DocumentBlock subheading(const QString &text);
    static DocumentBlock note(const QString &text);
    static DocumentBlock tableBlock(const DocumentTable &table);
    static DocumentBlock urgencyChart(const UrgencyChartData &data);
    static DocumentBlock signatureBlocks(const QList<SignatureBlock> &blocks);
};

struct DocumentSection
{
    enum class Role { Preamble, Article, Chapter, Signatures, Annex };
    Role role = Role::Chapter;
    QString key; // stable, e.g. "parties", "article.block.werkprocessen", "annex.agreements"
    QString number; // "Artikel 3", "Bijlage 1"; empty for unnumbered
    QString title;
    QList<DocumentBlock> blocks;
    bool newPage = false;
    bool operator==(const DocumentSection &) const = default;
};

struct TitlePage
{
    QString kindLabel; // "Convenant", "Verslag"
    QString title;
    QString subtitle;
    QString municipality;
    QString partiesHeading;
    QStringList parties;
    QString placeAndDate;
    bool operator==(const TitlePage &) const = default;
};

struct Document
{
    DocumentKind kind = DocumentKind::Covenant;
    QString language = QStringLiteral("nl");
    // Metadata: not part of the fingerprint except where it is also content.
    QString title;
    QString shortTitle; // printed in every page header
    QString subject;
    QString author;
    bool draft = true; // "CONCEPT" on every page
    TitlePage titlePage;
    QList<DocumentSection> sections;
    bool operator==(const Document &) const = default;

    const DocumentSection *section(const QString &key) const;
    QList<const DocumentSection *> sectionsWithRole(DocumentSection::Role role) const;
};

struct DocumentOptions
{
    enum class Draft { Auto, Draft, Final }; // Auto: draft while covenantGaps() is not empty
    QString language = QStringLiteral("nl");
    Draft draft = Draft::Auto;
    QString author; // e.g. the facilitator; empty: info.facilitator
    bool includeProposals = true; // agreements not yet agreed (never the dropped ones)
    bool includeAnnexes = true;
    QDate today; // invalid: QDate::currentDate(); the session report's date
};

Document buildCovenant(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options = {});
Document buildSessionReport(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options = {});

// What still stands between this trajectory and a covenant to sign, as
// finished sentences in the options' language. Empty: ready to sign.
QStringList covenantGaps(const TrajectoryData &data, const Catalog &catalog, const QString &language = QStringLiteral("nl"));

// The first 12 hex digits of SHA-256 over a canonical serialisation of the
// document's content (not of its draft mark or metadata), printed on every
// page so a paper copy can be checked against the file.
QString fingerprint(const Document &document);
QByteArray canonicalContent(const Document &document);

// The urgency ratings as chart data, in partner order.
UrgencyChartData urgencyChartData(const TrajectoryData &data, const Catalog &catalog, const QString &language);

// A date as written in the document's language ("1 januari 2027").
QString longDate(const QDate &date, const QString &language);

} // namespace akkoord
