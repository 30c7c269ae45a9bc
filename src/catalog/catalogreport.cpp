// What `akkoord catalog check` prints: the summary as JSON and the report
// for people (problems, then missing translations).

#include "catalog/catalogloader.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>

namespace akkoord {

QByteArray catalogSummaryJson(const CatalogLoad &load)
{
    nlohmann::ordered_json out;
    nlohmann::ordered_json phases = nlohmann::ordered_json::object();
    for (const Phase &p : load.catalog.phases) {
        int examples = 0;
        for (const Question &q : p.questions)
            examples += int(q.examples.size());
        phases[p.id.toStdString()] = {{"questions", p.questions.size()}, {"examples", examples}};
    }
    out["phases"] = phases;
    nlohmann::ordered_json blocks = nlohmann::ordered_json::object();
    for (const BuildingBlock &b : load.catalog.buildingBlocks) {
        int examples = 0;
        for (const BuilderQuestion &q : b.questions)
            examples += int(q.examples.size());
        blocks[b.id.toStdString()] = {{"questions", b.questions.size()}, {"examples", examples}, {"statements", b.statements.size()}};
    }
    out["buildingBlocks"] = blocks;
    out["glossary"] = load.catalog.glossary.size();
    QStringList languages = load.catalog.languages;
    languages.sort();
    nlohmann::ordered_json langs = nlohmann::ordered_json::array();
    for (const QString &l : languages)
        langs.push_back(l.toStdString());
    out["languages"] = langs;
    out["primaryLanguage"] = load.catalog.primaryLanguage().toStdString();
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
    for (const CatalogProblem &p : load.problems) {
        nlohmann::ordered_json e{{"file", p.file.toStdString()}, {"path", p.path.toStdString()}, {"message", p.message.toStdString()}};
        (p.severity == CatalogProblem::Severity::Error ? errors : warnings).push_back(e);
    }
    out["errors"] = errors;
    out["warnings"] = warnings;
    // Per language other than the primary one (each listed, also when
    // complete): how many texts lack a translation into it, and where.
    nlohmann::ordered_json missing = nlohmann::ordered_json::object();
    for (const QString &l : load.catalog.languages.mid(1)) {
        nlohmann::ordered_json texts = nlohmann::ordered_json::array();
        for (const MissingTranslation &m : load.missingTranslations)
            if (m.language == l)
                texts.push_back({{"file", m.file.toStdString()}, {"path", m.path.toStdString()}});
        missing[l.toStdString()] = {{"count", texts.size()}, {"texts", texts}};
    }
    out["missingTranslations"] = missing;
    return QByteArray::fromStdString(out.dump(2) + "\n");
}

QString catalogReport(const CatalogLoad &load, const QString &dir)
{
    QString out;
    for (const CatalogProblem &p : load.problems)
        out += p.toString() + QLatin1Char('\n');
    // Missing translations: a section per language, after the problems.
    for (const QString &l : load.catalog.languages.mid(1)) {
        const int missing = load.missingTranslationCount(l);
        if (missing == 0)
            continue;
        out += QCoreApplication::translate("akkoord::Catalog", "Missing translations into \"%1\": %2 of %3 texts (the \"%4\" text is shown instead):")
                   .arg(l)
                   .arg(missing)
                   .arg(load.textCount)
                   .arg(load.catalog.primaryLanguage())
            + QLatin1Char('\n');
        for (const MissingTranslation &m : load.missingTranslations)
            if (m.language == l)
                out += QStringLiteral("%1: %2: %3\n").arg(m.file, m.path, QCoreApplication::translate("akkoord::Catalog", "missing translation"));
    }
    int questions = 0, examples = 0, builder = 0, statements = 0;
    for (const Phase &p : load.catalog.phases)
        for (const Question &q : p.questions) {
            ++questions;
            examples += int(q.examples.size());
        }
    for (const BuildingBlock &b : load.catalog.buildingBlocks) {
        builder += int(b.questions.size());
        statements += int(b.statements.size());
    }
    out += QCoreApplication::translate("akkoord::Catalog", "Catalogue %1 (version %2): %3 phases with %4 questions and %5 examples; %6 building blocks with %7 covenant questions and %8 statements; %9 reference topics, %10 dilemmas.")
               .arg(dir == builtinCatalogDir() ? QCoreApplication::translate("akkoord::Catalog", "built in") : QDir::toNativeSeparators(dir), load.catalog.catalogVersion)
               .arg(load.catalog.phases.size())
               .arg(questions)
               .arg(examples)
               .arg(load.catalog.buildingBlocks.size())
               .arg(builder)
               .arg(statements)
               .arg(load.catalog.reference.size())
               .arg(load.catalog.dilemmas.size())
        + QLatin1Char('\n');
    out += QCoreApplication::translate("akkoord::Catalog", "Errors: %1, warnings: %2.").arg(load.errorCount()).arg(load.warningCount()) + QLatin1Char('\n');
    if (load.catalog.languages.size() > 1) {
        QStringList counts;
        for (const QString &l : load.catalog.languages.mid(1))
            counts << QStringLiteral("%1 %2").arg(l).arg(load.missingTranslationCount(l));
        out += QCoreApplication::translate("akkoord::Catalog", "Missing translations: %1.").arg(counts.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    return out;
}

} // namespace akkoord
