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

struct CatalogLoad
{
    Catalog catalog;
    QList<CatalogProblem> problems;
    bool ok() const;
    int errorCount() const;
    int warningCount() const;
};

// Loads and validates a catalogue folder (a path on disk or a Qt resource
// path such as ":/catalog"). Every problem is collected with its file and
// JSON path; a catalogue with errors must not be used.
CatalogLoad loadCatalog(const QString &dir);

// The folder of the catalogue shipped inside the program.
QString builtinCatalogDir();

// The summary printed by `akkoord catalog check --json`.
QByteArray catalogSummaryJson(const CatalogLoad &load);
// The human-readable report printed by `akkoord catalog check`.
QString catalogReport(const CatalogLoad &load, const QString &dir);

} // namespace akkoord
