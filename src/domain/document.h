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

#include <optional>

namespace akkoord {

enum class DocumentKind { Covenant, SessionReport, Questionnaire };

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
    // Highlighted when the ratings lie far apart (a revealed round): the
    // lowest and highest score, and a line saying so. Empty: no highlight.
    int spreadLow = 0;
    int spreadHigh = 0;
    QString spreadLabel;
    bool operator==(const UrgencyChartData &) const = default;
};

// One line of a radar chart: a value per axis, in axis order.
struct RadarSeries
{
    QString label;
    int colour = 0; // index into the chart palette
    QList<std::optional<double>> values; // nullopt: no data, drawn as a gap (never as 0)
    bool dashed = false; // e.g. an earlier round drawn under the latest
    bool operator==(const RadarSeries &) const = default;
};

// What the radar chart draws: the self-assessment per building block.
struct RadarChartData
{
    QString title;
    QStringList axes; // the building blocks' titles, clockwise from the top
    double minimum = 1;
    double maximum = 5;
    QList<RadarSeries> series;
    QString note; // a short line under the legend; may be empty
    bool operator==(const RadarChartData &) const = default;
};

// Now versus desired per building block: one row per block with the
// current and the desired score (the partners' mean, or one partner's), and
// the range of the partners' "now" scores behind it.
struct GapChartRow
{
    QString label;
    std::optional<double> now; // nullopt: no data
    std::optional<double> desired;
    int nowLow = 0; // lowest and highest "now" among the partners; 0: none
    int nowHigh = 0;
    bool largestGap = false; // a discussion topic
    bool largestDisagreement = false;
    bool operator==(const GapChartRow &) const = default;
};

struct GapChartData
{
    QString title;
    int maxScore = 5;
    QList<GapChartRow> rows;
    QString nowLabel; // legend: "nu"
    QString desiredLabel; // legend: "gewenst"
    QString spreadLabel; // legend: "spreiding tussen partners (nu)"; empty: no band
    QString language = QStringLiteral("nl"); // for the numbers: "+1,5" or "+1.5"
    bool operator==(const GapChartData &) const = default;
};

// Charts a document can hold.
enum class ChartKind { Urgency, Radar, Gaps };

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
        Notice, // a prominent, boxed warning the reader must not miss
        ScaleHeader, // column labels over the tick boxes of the items below (choices)
        ScaleItem, // a numbered statement with one tick box per choice
        Field, // a label with a line to write on, or with labelled tick boxes (choices)
    };
    Kind kind = Kind::Paragraph;
    QString number; // clauses: "1.", "2." …
    QString lead;
    QString text;
    DocumentTable table;
    ChartKind chart = ChartKind::Urgency;
    UrgencyChartData urgency;
    QList<SignatureBlock> signatures;
    RadarChartData radar;
    GapChartData gaps;
    QStringList choices; // ScaleHeader, ScaleItem, Field
    int writeLines = 0; // Field: lines to write on
    bool operator==(const DocumentBlock &) const = default;

    static DocumentBlock paragraph(const QString &text, const QString &lead = {});
    static DocumentBlock clause(const QString &number, const QString &text);
    static DocumentBlock bullet(const QString &text, const QString &lead = {});
    static DocumentBlock subheading(const QString &text);
    static DocumentBlock note(const QString &text);
    static DocumentBlock tableBlock(const DocumentTable &table);
    static DocumentBlock urgencyChart(const UrgencyChartData &data);
    static DocumentBlock signatureBlocks(const QList<SignatureBlock> &blocks);
    static DocumentBlock radarChart(const RadarChartData &data);
    static DocumentBlock gapChart(const GapChartData &data);
    static DocumentBlock notice(const QString &text, const QString &lead = {});
    static DocumentBlock scaleHeader(const QStringList &labels, const QString &caption = {});
    static DocumentBlock scaleItem(const QString &number, const QString &text, const QStringList &labels);
    // A write-in field (`lines` lines), or with `choices` a row of tick boxes.
    static DocumentBlock field(const QString &label, int lines = 1, const QStringList &choices = {});
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
    QString kindLabel; // "Convenant", "Verslag"; also in every page header
    // An empty title: no title page (the questionnaire starts on page 1).
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
    // Auto: draft while covenantGaps() is not empty. Final: no draft mark
    // and no "subject to mandate"; callers refuse first while
    // covenantGapList() is not empty (the command line's --final does).
    enum class Draft { Auto, Draft, Final };
    QString language = QStringLiteral("nl");
    Draft draft = Draft::Auto;
    QString author; // e.g. the facilitator; empty: info.facilitator
    // Kept for callers; the covenant never holds proposals (issue 15): they
    // are in the gap list and the session report.
    bool includeProposals = true;
    bool includeAnnexes = true;
    QDate today; // invalid: QDate::currentDate(); the session report's date
    // The questionnaire: only the statements for this audience (numbered
    // as in the full questionnaire, so typing in follows the same numbers).
    Audience audience = Audience::All;
};

Document buildCovenant(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options = {});
Document buildSessionReport(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options = {});
// A blank self-assessment questionnaire for paper: fields for the
// respondent, then per building block its statements with tick boxes 1–5
// and "weet niet / n.v.t.", and a comment field.
Document buildQuestionnaire(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options = {});

// What still stands between this trajectory and a covenant to sign, as
// finished sentences in the options' language. Empty: ready to sign.
QStringList covenantGaps(const TrajectoryData &data, const Catalog &catalog, const QString &language = QStringLiteral("nl"));

// The first 12 hex digits of SHA-256 over a canonical serialisation of the
// document's content (not of its draft mark or metadata), printed on every
// page so a paper copy can be checked against the file.
QString fingerprint(const Document &document);
QByteArray canonicalContent(const Document &document);

// How much a document holds before it is laid out: the characters of all
// its text and the pieces the layout makes of it (blocks, table cells,
// chart entries, signature blocks). The renderers refuse a document whose
// weight would need more memory than a desktop can spare.
struct DocumentSize
{
    qint64 characters = 0;
    qint64 pieces = 0;
};
DocumentSize documentSize(const Document &document);

// The urgency ratings as chart data, in partner order, for the covenant
// (without the spread highlight).
UrgencyChartData urgencyChartData(const TrajectoryData &data, const Catalog &catalog, const QString &language);

// Urgency chart data for any rating question; a hidden round yields no
// scores (only who has rated), a revealed one highlights a wide spread.
UrgencyChartData ratingChartData(const TrajectoryData &data, const Catalog &catalog, const QString &questionId, const QString &language);

// Now versus desired as chart data: the partners' means, or one partner's
// own scores when `partner` is set. A hidden round yields no rows' values.
GapChartData gapChartData(const TrajectoryData &data, const Catalog &catalog, const QString &language, std::optional<PartnerId> partner = std::nullopt);

// The self-assessment rounds that have respondents, oldest first (by date,
// then id). The documents report on the last one and compare it with the
// one before.
QList<AssessmentRound> answeredRounds(const TrajectoryData &data);

// The radar of one round: a series for all respondents, core and outer
// partners, each only when its group has at least kMinGroupSize
// respondents; a building block without valid ratings is a gap.
// `round` 0: the latest answered round.
RadarChartData assessmentRadar(const TrajectoryData &data, const Catalog &catalog, const QString &language, RecordId round = 0);

// The glossary entries whose term (in LANGUAGE; "VE/VVE" counts for either
// part) occurs as a whole word in the document's text, in glossary order.
QList<const GlossaryEntry *> glossaryTermsUsedIn(const Document &document, const Catalog &catalog, const QString &language);

// A date as written in the document's language ("1 januari 2027").
QString longDate(const QDate &date, const QString &language);

} // namespace akkoord
