#pragma once

#include "domain/catalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace akkoord {

inline constexpr int kCatalogFormatVersion = 1;

struct CatalogProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file; // relative to the catalogue folder, e.g. "phases/verkennen.json"
    QString path; // JSON path, e.g. "/questions/3/help/en"
    QString message;
    QString toString() const;
};

// A text the catalogue has in its primary language but not (or only empty)
// in another of its languages. Not an error: the catalogue loads and shows
// the primary language's text instead; `akkoord catalog check` lists them.
struct MissingTranslation
{
    QString language; // e.g. "en"
    QString file; // relative to the catalogue folder, e.g. "phases/verkennen.json"
    QString path; // JSON path of the text in that language, e.g. "/questions/3/help/en"
};

struct CatalogLoad
{
    Catalog catalog;
    QList<CatalogProblem> problems;
    QList<MissingTranslation> missingTranslations;
    int textCount = 0; // the texts read, each counted once for all its languages
    bool ok() const;
    int errorCount() const;
    int warningCount() const;
    // How many texts have no translation into this language.
    int missingTranslationCount(const QString &language) const;
};

// Loads and validates a catalogue folder (a path on disk or a Qt resource
// path such as ":/catalog"). Every problem is collected with its file and
// JSON path; a catalogue with errors must not be used.
CatalogLoad loadCatalog(const QString &dir);

// The folder of the catalogue shipped inside the program.
QString builtinCatalogDir();

// The summary printed by `akkoord catalog check --json`: counts, languages,
// errors, warnings and, per language other than the primary one, the texts
// missing in it.
QByteArray catalogSummaryJson(const CatalogLoad &load);
// The human-readable report printed by `akkoord catalog check`.
QString catalogReport(const CatalogLoad &load, const QString &dir);

} // namespace akkoord
