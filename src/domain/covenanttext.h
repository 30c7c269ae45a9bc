#pragma once

// The covenant's legal skeleton and what stands between a trajectory and a
// covenant to sign. Pure domain code (QtCore only): the document builder
// (covenant.cpp), the command line (`report --final`) and the GUI's
// Documents page all use these functions, so they agree on every word.
//
// Wording kept per trajectory lives in TrajectoryData::covenantTexts
// (domain/trajectory.h, CovenantText):
// - "article.<id>": a standard article edited (text not empty) or switched
//   off (enabled false; only optional articles);
// - "clause.<key>": a recital or clause from the dialogue as the facilitator
//   accepted or rewrote it. Only accepted clauses enter the covenant; raw
//   answers never do.

#include "domain/catalog.h"
#include "domain/trajectory.h"

#include <QList>
#include <QString>

namespace akkoord {

// One standard article, in the order the covenant prints them.
struct StandardArticle
{
    QString id; // stable: "parties", "purpose", "commitments", "governance", "finances", …
    QString title; // in the requested language, e.g. "Looptijd en verlenging"
    bool optional = false; // may be switched off per trajectory or house template
    // Applies to this trajectory at all (e.g. the budget reservation only
    // when a public body is a party and money is promised; the privacy
    // article's DPIA paragraph only when personal data are shared).
    bool applies = true;
};

// The standard articles for this trajectory, in print order.
QList<StandardArticle> standardArticles(const TrajectoryData &data, const QString &language);

// The standard wording of article ID for this trajectory: paragraphs
// separated by an empty line ("\n\n"), each becoming a numbered paragraph
// ("lid") of the article; the trajectory's facts (governing body, notice,
// term, renewal, protocol name, …) already filled in. Empty for an unknown id.
QString standardArticleText(const QString &id, const TrajectoryData &data, const QString &language);
// The same with the catalogue, so the lasting commitments are grouped under
// their building blocks' titles (the covenant uses this one).
QString standardArticleText(const QString &id, const TrajectoryData &data, const Catalog &catalog, const QString &language);

// Whether article ID is in the covenant: applies, and not switched off.
bool articleEnabled(const QString &id, const TrajectoryData &data);

// The wording the covenant uses for article ID: the trajectory's own text
// when it has one ("article.<id>"), else the standard wording.
QString articleText(const QString &id, const TrajectoryData &data, const QString &language);
QString articleText(const QString &id, const TrajectoryData &data, const Catalog &catalog, const QString &language);

// A recital or clause that comes from the dialogue: the facilitator sees
// the proposal (a short sentence made from the answers, never an answer
// pasted whole) and accepts it as it is or rewritten. Stored, once
// accepted, as CovenantText "clause.<key>".
struct DialogueClause
{
    QString key; // "clause.recital.issue", "clause.purpose.children", …
    QString label; // where it goes, in the requested language ("Recital: the joint issue")
    QString proposal; // may be empty when the dialogue has nothing for it yet
    QString sourceQuestion; // the catalogue question it is made from; may be empty
    QString accepted; // the accepted text; empty: not accepted (not in the covenant)
};

QList<DialogueClause> dialogueClauses(const TrajectoryData &data, const Catalog &catalog, const QString &language);

// One thing that stands between this trajectory and a covenant to sign, as
// one finished sentence, with the place to fix it.
struct CovenantGap
{
    enum class Where {
        Trajectory, // title, municipality, issue, …  (key: the field)
        Partner, // id: the partner
        Agreement, // id: the agreement
        Dilemma, // id: the dilemma
        Settings, // covenant settings (key: the field, e.g. "signingDate", "startDate")
        Article, // key: the article id
        Clause, // key: the clause key
    };
    Where where = Where::Trajectory;
    RecordId id = 0;
    QString key;
    QString text;
    bool operator==(const CovenantGap &) const = default;
};

// Everything that stands in the way of a final covenant, in a stable order:
// agreements still proposals, open dilemmas linked to agreements, signatures
// under a mandate reservation, parties without identification, parties that
// look like a department of another, missing signing place or date, an entry
// into force before signing (unless retroactive effect was chosen),
// mandatory articles switched off, no accepted recital, … Empty: ready to sign.
QList<CovenantGap> covenantGapList(const TrajectoryData &data, const Catalog &catalog, const QString &language);

// Non-empty (one sentence) when PARTNER looks like a department of another
// party rather than a party of its own (e.g. "GGD Noord, Jeugdgezondheidszorg"
// beside "GGD Noord", or a name starting with "Afdeling"/"Department").
QString departmentWarning(const Partner &partner, const TrajectoryData &data, const QString &language);

} // namespace akkoord
