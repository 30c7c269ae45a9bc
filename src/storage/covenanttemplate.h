#pragma once

// A municipality's house template: its own wording of the covenant's
// standard articles (and which optional ones it leaves out), saved as a
// small JSON file colleagues can share, and the start of every new
// trajectory that uses it. Format "akkoord-covenant-template", version 1:
//
//   {"format": "akkoord-covenant-template", "formatVersion": 1,
//    "name": "Gemeente Lommerwolde, 2027",
//    "articles": [{"id": "disputes", "text": "…", "enabled": true}, …]}
//
// Loading checks it the way `catalog check` checks a catalogue: every
// problem is one sentence naming where it is; a file that is refused is
// never changed.

#include "domain/safewrite.h"
#include "domain/trajectory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace akkoord {

struct CovenantTemplate
{
    QString name;
    // "article.<id>" texts only (a template holds no dialogue clauses);
    // empty text and enabled: the standard wording (not stored).
    QList<CovenantText> articles;
    bool operator==(const CovenantTemplate &) const = default;
};

// The article wording and switches of DATA, under NAME.
CovenantTemplate templateFrom(const TrajectoryData &data, const QString &name);

// Writes the template through writeFileSafely (owner-only, atomic; an
// existing file only when RULES allow). Throws UserError in one sentence.
void saveTemplate(const QString &path, const CovenantTemplate &t, const OutputRules &rules = {true, {}});

// Every problem of the file at PATH, one sentence each (empty: sound):
// not readable, too large (over 4 MB), not JSON, another format, a newer
// version, an unknown article id, a mandatory article switched off, a text
// over the field limit, a duplicate id.
QStringList checkTemplate(const QString &path);

// The template at PATH; throws UserError with the first problem.
CovenantTemplate loadTemplate(const QString &path);

} // namespace akkoord
