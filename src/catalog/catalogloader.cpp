#include "catalog/catalogloader.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <initializer_list>

namespace akkoord {

using json = nlohmann::json;

namespace {

constexpr qsizetype kMaxCatalogFileBytes = 16 * 1024 * 1024;
constexpr int kMaxDepth = 32;

const QStringList &requiredPhases()
{
    static const QStringList ids{QStringLiteral("verkennen"), QStringLiteral("ambities"), QStringLiteral("inventariseren"),
                                 QStringLiteral("analyseren"), QStringLiteral("ontwikkelen"), QStringLiteral("verantwoorden")};
    return ids;
}

const QStringList &requiredBlocks()
{
    static const QStringList ids{QStringLiteral("visie-beleid"), QStringLiteral("regie-organisatie"), QStringLiteral("werkprocessen"),
                                 QStringLiteral("inzet-professionals"), QStringLiteral("middelen"), QStringLiteral("prestaties")};
    return ids;
}

// Walks one JSON file, recording every problem instead of stopping at the
// first, so an editor of the catalogue sees all of them in one run.
class FileReader
{
public:
    FileReader(CatalogLoad &load, QString file, QStringList languages)
        : m_load(load)
        , m_file(std::move(file))
        , m_languages(std::move(languages))
    {
    }

    void error(const QString &path, const QString &message) { add(CatalogProblem::Severity::Error, path, message); }
    void warning(const QString &path, const QString &message) { add(CatalogProblem::Severity::Warning, path, message); }

    bool isObject(const json &j, const QString &path, std::initializer_list<const char *> allowed)
    {
        if (!j.is_object()) {
            error(path, QCoreApplication::translate("akkoord::Catalog", "an object {…} is expected"));
            return false;
        }
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool known = false;
            for (const char *k : allowed)
                known = known || it.key() == k;
            if (!known)
                error(path + QLatin1Char('/') + QString::fromStdString(it.key()), QCoreApplication::translate("akkoord::Catalog", "unknown field"));
        }
        return true;
    }

    QString string(const json &o, const char *key, const QString &path, bool required = true)
    {
        const QString p = path + QLatin1Char('/') + QLatin1String(key);
        auto it = o.find(key);
        if (it == o.end()) {
            if (required)
                error(p, QCoreApplication::translate("akkoord::Catalog", "missing"));
            return {};
        }
        if (!it->is_string()) {
            error(p, QCoreApplication::translate("akkoord::Catalog", "text is expected"));
            return {};
        }
        return QString::fromStdString(it->get<std::string>());
    }

    int integer(const json &o, const char *key, const QString &path, bool required)
    {
        const QString p = path + QLatin1Char('/') + QLatin1String(key);
        auto it = o.find(key);
        if (it == o.end()) {
            if (required)
                error(p, QCoreApplication::translate("akkoord::Catalog", "missing"));
            return 0;
        }
        if (!it->is_number_integer() || it->get<qint64>() < 0 || it->get<qint64>() > 100000) {
            error(p, QCoreApplication::translate("akkoord::Catalog", "a whole number of zero or more is expected"));
            return 0;
        }
        return int(it->get<qint64>());
    }

    bool boolean(const json &o, const char *key, const QString &path)
    {
        auto it = o.find(key);
        if (it == o.end())
            return false;
        if (!it->is_boolean()) {
            error(path + QLatin1Char('/') + QLatin1String(key), QCoreApplication::translate("akkoord::Catalog", "true or false is expected"));
            return false;
        }
        return it->get<bool>();
    }

    // A text: one string per language of the catalogue. The primary
    // language's is required; one missing (or empty) in another language is
    // recorded as a missing translation, and in() falls back to the primary.
    LocalizedText text(const json &j, const QString &p)
    {
        const QString primary = m_languages.value(0);
        LocalizedText t(primary);
        if (!j.is_object()) {
            error(p, QCoreApplication::translate("akkoord::Catalog", "a text per language is expected, like %1").arg(textExample()));
            return t;
        }
        ++m_load.textCount;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (!m_languages.contains(QString::fromStdString(it.key())))
                error(p + QLatin1Char('/') + QString::fromStdString(it.key()), QCoreApplication::translate("akkoord::Catalog", "not a language of this catalogue"));
        }
        for (const QString &lang : m_languages) {
            const bool isPrimary = lang == primary;
            const QString lp = p + QLatin1Char('/') + lang;
            auto it = j.find(lang.toStdString());
            if (it == j.end()) {
                if (isPrimary)
                    error(lp, QCoreApplication::translate("akkoord::Catalog", "missing"));
                else
                    missingTranslation(lang, lp);
                continue;
            }
            if (!it->is_string()) {
                error(lp, QCoreApplication::translate("akkoord::Catalog", "text is expected"));
                continue;
            }
            const QString value = QString::fromStdString(it->get<std::string>());
            if (value.trimmed().isEmpty()) {
                if (isPrimary)
                    error(lp, QCoreApplication::translate("akkoord::Catalog", "empty"));
                else
                    missingTranslation(lang, lp);
                continue;
            }
            t.set(lang, value);
        }
        return t;
    }

    LocalizedText text(const json &o, const char *key, const QString &path)
    {
        const QString p = path + QLatin1Char('/') + QLatin1String(key);
        auto it = o.find(key);
        if (it == o.end()) {
            error(p, QCoreApplication::translate("akkoord::Catalog", "missing"));
            return {};
        }
        return text(*it, p);
    }

    void array(const json &o, const char *key, const QString &path, const std::function<void(const json &, const QString &)> &each)
    {
        const QString p = path + QLatin1Char('/') + QLatin1String(key);
        auto it = o.find(key);
        if (it == o.end()) {
            error(p, QCoreApplication::translate("akkoord::Catalog", "missing"));
            return;
        }
        if (!it->is_array()) {
            error(p, QCoreApplication::translate("akkoord::Catalog", "a list […] is expected"));
            return;
        }
        for (std::size_t i = 0; i < it->size(); ++i)
            each((*it)[i], p + QLatin1Char('/') + QString::number(i));
    }

    QList<LocalizedText> examples(const json &o, const QString &path, int minimum)
    {
        QList<LocalizedText> out;
        array(o, "examples", path, [&](const json &e, const QString &p) { out.append(text(e, p)); });
        if (out.size() < minimum)
            error(path + QStringLiteral("/examples"), QCoreApplication::translate("akkoord::Catalog", "at least %1 example is needed").arg(minimum));
        return out;
    }

    void uniqueId(QSet<QString> &seen, const QString &id, const QString &path)
    {
        if (id.isEmpty())
            return;
        if (seen.contains(id))
            error(path + QStringLiteral("/id"), QCoreApplication::translate("akkoord::Catalog", "the id \"%1\" is used more than once").arg(id));
        seen.insert(id);
    }

private:
    void missingTranslation(const QString &language, const QString &path) { m_load.missingTranslations.append(MissingTranslation{language, m_file, path}); }
    // {"nl": "…", "en": "…"} in the catalogue's languages.
    QString textExample() const
    {
        QStringList parts;
        for (const QString &lang : m_languages.isEmpty() ? QStringList{QStringLiteral("nl")} : m_languages.mid(0, 3))
            parts << QStringLiteral("\"%1\": \"…\"").arg(lang);
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    void add(CatalogProblem::Severity s, const QString &path, const QString &message)
    {
        m_load.problems.append(CatalogProblem{s, m_file, path.isEmpty() ? QStringLiteral("/") : path, message});
    }
    CatalogLoad &m_load;
    QString m_file;
    QStringList m_languages;
};

std::optional<json> readJson(CatalogLoad &load, const QString &dir, const QString &file)
{
    QFile f(QDir(dir).filePath(file));
    auto problem = [&](const QString &message) {
        load.problems.append(CatalogProblem{CatalogProblem::Severity::Error, file, QStringLiteral("/"), message});
        return std::nullopt;
    };
    if (!f.exists())
        return problem(QCoreApplication::translate("akkoord::Catalog", "the file is missing"));
    if (!f.open(QIODevice::ReadOnly))
        return problem(QCoreApplication::translate("akkoord::Catalog", "the file cannot be read"));
    if (f.size() > kMaxCatalogFileBytes)
        return problem(QCoreApplication::translate("akkoord::Catalog", "the file is larger than 16 MB"));
    const QByteArray bytes = f.readAll();
    try {
        json j = json::parse(bytes.cbegin(), bytes.cend(), [](int depth, json::parse_event_t, json &) {
            if (depth > kMaxDepth)
                throw std::length_error("too deep");
            return true;
        });
        return j;
    } catch (const json::parse_error &e) {
        return problem(QCoreApplication::translate("akkoord::Catalog", "not valid JSON at byte %1: %2").arg(qulonglong(e.byte)).arg(QString::fromUtf8(e.what())));
    } catch (const std::length_error &) {
        return problem(QCoreApplication::translate("akkoord::Catalog", "nested more than %1 levels deep").arg(kMaxDepth));
    } catch (const json::exception &e) {
        return problem(QCoreApplication::translate("akkoord::Catalog", "not valid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
}

const QRegularExpression &slugPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

void checkId(FileReader &r, const QString &id, const QString &prefix, const QString &path)
{
    if (id.isEmpty())
        return;
    const bool good = id.startsWith(prefix + QLatin1Char('.')) && slugPattern().match(id.mid(prefix.size() + 1)).hasMatch();
    if (!good)
        r.error(path + QStringLiteral("/id"), QCoreApplication::translate("akkoord::Catalog", "the id \"%1\" must look like \"%2.some-name\" (lowercase letters, digits, hyphens)").arg(id, prefix));
}

void loadPhase(CatalogLoad &load, const QString &dir, const QString &phaseId, const QStringList &languages, QSet<QString> &ids)
{
    const QString file = QStringLiteral("phases/%1.json").arg(phaseId);
    const auto doc = readJson(load, dir, file);
    if (!doc)
        return;
    FileReader r(load, file, languages);
    const QString root;
    if (!r.isObject(*doc, root, {"formatVersion", "id", "title", "summary", "intro", "timeboxMinutes", "questions"}))
        return;
    if (r.integer(*doc, "formatVersion", root, true) != kCatalogFormatVersion)
        r.error(QStringLiteral("/formatVersion"), QCoreApplication::translate("akkoord::Catalog", "this Akkoord reads catalogue format %1").arg(kCatalogFormatVersion));
    Phase phase;
    phase.id = r.string(*doc, "id", root);
    if (phase.id != phaseId)
        r.error(QStringLiteral("/id"), QCoreApplication::translate("akkoord::Catalog", "must be \"%1\", the name of the file").arg(phaseId));
    phase.id = phaseId;
    phase.title = r.text(*doc, "title", root);
    phase.summary = r.text(*doc, "summary", root);
    phase.intro = r.text(*doc, "intro", root);
    phase.timeboxMinutes = r.integer(*doc, "timeboxMinutes", root, true);
    r.array(*doc, "questions", root, [&](const json &j, const QString &p) {
        if (!r.isObject(j, p, {"id", "text", "help", "kind", "perspectives", "timeboxMinutes", "examples"}))
            return;
        Question q;
        q.phaseId = phaseId;
        q.id = r.string(j, "id", p);
        checkId(r, q.id, phaseId, p);
        r.uniqueId(ids, q.id, p);
        q.text = r.text(j, "text", p);
        q.help = r.text(j, "help", p);
        const QString kind = r.string(j, "kind", p);
        if (const auto k = answerKindFromKey(kind))
            q.kind = *k;
        else if (!kind.isEmpty())
            r.error(p + QStringLiteral("/kind"), QCoreApplication::translate("akkoord::Catalog", "unknown kind \"%1\"").arg(kind));
        q.perspectives = r.boolean(j, "perspectives", p);
        q.timeboxMinutes = r.integer(j, "timeboxMinutes", p, false);
        q.examples = r.examples(j, p, 1);
        phase.questions.append(q);
    });
    // The facilitator's clock: the questions' own time boxes should fit in
    // the phase's.
    int questionMinutes = 0;
    for (const Question &q : phase.questions)
        questionMinutes += q.timeboxMinutes;
    if (phase.timeboxMinutes > 0 && questionMinutes > phase.timeboxMinutes)
        r.warning(QStringLiteral("/timeboxMinutes"),
                  QCoreApplication::translate("akkoord::Catalog", "the questions' time boxes add up to %1 minutes, more than the phase's %2")
                      .arg(questionMinutes)
                      .arg(phase.timeboxMinutes));
    if (phase.questions.size() < 6 || phase.questions.size() > 12)
        r.warning(QStringLiteral("/questions"), QCoreApplication::translate("akkoord::Catalog", "a phase works best with 6 to 12 questions; this one has %1").arg(phase.questions.size()));
    load.catalog.phases.append(phase);
}

void loadBuildingBlocks(CatalogLoad &load, const QString &dir, const QStringList &languages, QSet<QString> &ids)
{
    const QString file = QStringLiteral("building-blocks.json");
    const auto doc = readJson(load, dir, file);
    if (!doc)
        return;
    FileReader r(load, file, languages);
    if (!r.isObject(*doc, {}, {"formatVersion", "buildingBlocks"}))
        return;
    if (r.integer(*doc, "formatVersion", {}, true) != kCatalogFormatVersion)
        r.error(QStringLiteral("/formatVersion"), QCoreApplication::translate("akkoord::Catalog", "this Akkoord reads catalogue format %1").arg(kCatalogFormatVersion));
    r.array(*doc, "buildingBlocks", {}, [&](const json &j, const QString &p) {
        if (!r.isObject(j, p, {"id", "title", "description", "questions", "statements"}))
            return;
        BuildingBlock b;
        b.id = r.string(j, "id", p);
        if (!b.id.isEmpty() && !requiredBlocks().contains(b.id))
            r.error(p + QStringLiteral("/id"), QCoreApplication::translate("akkoord::Catalog", "unknown building block \"%1\"").arg(b.id));
        r.uniqueId(ids, b.id, p);
        b.title = r.text(j, "title", p);
        b.description = r.text(j, "description", p);
        r.array(j, "questions", p, [&](const json &qj, const QString &qp) {
            if (!r.isObject(qj, qp, {"id", "text", "help", "examples"}))
                return;
            BuilderQuestion q;
            q.id = r.string(qj, "id", qp);
            checkId(r, q.id, b.id, qp);
            r.uniqueId(ids, q.id, qp);
            q.text = r.text(qj, "text", qp);
            if (qj.contains("help"))
                q.help = r.text(qj, "help", qp);
            q.examples = r.examples(qj, qp, 1);
            b.questions.append(q);
        });
        r.array(j, "statements", p, [&](const json &sj, const QString &sp) {
            if (!r.isObject(sj, sp, {"id", "text", "audience"}))
                return;
            Statement s;
            s.id = r.string(sj, "id", sp);
            checkId(r, s.id, b.id, sp);
            r.uniqueId(ids, s.id, sp);
            s.text = r.text(sj, "text", sp);
            // Optional: who the statement is written for; everyone when absent.
            const QString audience = r.string(sj, "audience", sp, false);
            if (const auto a = audienceFromKey(audience))
                s.audience = *a;
            else if (sj.contains("audience") && sj.at("audience").is_string())
                r.error(sp + QStringLiteral("/audience"),
                        QCoreApplication::translate("akkoord::Catalog", "unknown audience \"%1\" (all, professionals or parents-young-people)").arg(audience));
            b.statements.append(s);
        });
        if (b.questions.isEmpty())
            r.error(p + QStringLiteral("/questions"), QCoreApplication::translate("akkoord::Catalog", "a building block needs covenant-builder questions"));
        if (b.statements.isEmpty())
            r.error(p + QStringLiteral("/statements"), QCoreApplication::translate("akkoord::Catalog", "a building block needs self-assessment statements"));
        load.catalog.buildingBlocks.append(b);
    });
    for (const QString &id : requiredBlocks()) {
        if (!load.catalog.buildingBlock(id))
            r.error(QStringLiteral("/buildingBlocks"), QCoreApplication::translate("akkoord::Catalog", "the building block \"%1\" is missing").arg(id));
    }
}

void loadReference(CatalogLoad &load, const QString &dir, const QStringList &languages, QSet<QString> &ids)
{
    const QString file = QStringLiteral("reference.json");
    const auto doc = readJson(load, dir, file);
    if (!doc)
        return;
    FileReader r(load, file, languages);
    if (!r.isObject(*doc, {}, {"formatVersion", "topics", "dilemmas"}))
        return;
    if (r.integer(*doc, "formatVersion", {}, true) != kCatalogFormatVersion)
        r.error(QStringLiteral("/formatVersion"), QCoreApplication::translate("akkoord::Catalog", "this Akkoord reads catalogue format %1").arg(kCatalogFormatVersion));
    r.array(*doc, "topics", {}, [&](const json &j, const QString &p) {
        if (!r.isObject(j, p, {"id", "title", "sections"}))
            return;
        ReferenceTopic t;
        t.id = r.string(j, "id", p);
        r.uniqueId(ids, QStringLiteral("topic:") + t.id, p);
        t.title = r.text(j, "title", p);
        r.array(j, "sections", p, [&](const json &sj, const QString &sp) {
            if (!r.isObject(sj, sp, {"title", "body"}))
                return;
            t.sections.append(ReferenceSection{r.text(sj, "title", sp), r.text(sj, "body", sp)});
        });
        load.catalog.reference.append(t);
    });
    r.array(*doc, "dilemmas", {}, [&](const json &j, const QString &p) {
        if (!r.isObject(j, p, {"id", "title", "description"}))
            return;
        Dilemma d;
        d.id = r.string(j, "id", p);
        r.uniqueId(ids, QStringLiteral("dilemma:") + d.id, p);
        d.title = r.text(j, "title", p);
        d.description = r.text(j, "description", p);
        load.catalog.dilemmas.append(d);
    });
}

// glossary.json (optional): the abbreviations and terms the catalogue and the
// documents use, each with a plain explanation, so parents at the table can
// follow.
void loadGlossary(CatalogLoad &load, const QString &dir, const QStringList &languages)
{
    const QString file = QStringLiteral("glossary.json");
    if (!QFile::exists(QDir(dir).filePath(file)))
        return;
    const auto doc = readJson(load, dir, file);
    if (!doc)
        return;
    FileReader r(load, file, languages);
    if (!r.isObject(*doc, {}, {"formatVersion", "entries"}))
        return;
    if (r.integer(*doc, "formatVersion", {}, true) != kCatalogFormatVersion)
        r.error(QStringLiteral("/formatVersion"), QCoreApplication::translate("akkoord::Catalog", "this Akkoord reads catalogue format %1").arg(kCatalogFormatVersion));
    QSet<QString> ids;
    QSet<QString> terms;
    r.array(*doc, "entries", {}, [&](const json &j, const QString &p) {
        if (!r.isObject(j, p, {"id", "term", "explanation"}))
            return;
        GlossaryEntry e;
        e.id = r.string(j, "id", p);
        if (!e.id.isEmpty() && !slugPattern().match(e.id).hasMatch())
            r.error(p + QStringLiteral("/id"), QCoreApplication::translate("akkoord::Catalog", "the id \"%1\" must be lowercase letters, digits and hyphens").arg(e.id));
        r.uniqueId(ids, e.id, p);
        e.term = r.text(j, "term", p);
        e.explanation = r.text(j, "explanation", p);
        const QString term = e.term.primary().toLower();
        if (!term.isEmpty() && terms.contains(term))
            r.error(p + QStringLiteral("/term"), QCoreApplication::translate("akkoord::Catalog", "the term \"%1\" is explained more than once").arg(e.term.primary()));
        terms.insert(term);
        load.catalog.glossary.append(e);
    });
    std::stable_sort(load.catalog.glossary.begin(), load.catalog.glossary.end(), [](const GlossaryEntry &a, const GlossaryEntry &b) {
        return a.term.primary().compare(b.term.primary(), Qt::CaseInsensitive) < 0;
    });
}

} // namespace

QString CatalogProblem::toString() const
{
    const QString kind = severity == Severity::Error ? QCoreApplication::translate("akkoord::Catalog", "error") : QCoreApplication::translate("akkoord::Catalog", "warning");
    return QStringLiteral("%1: %2: %3: %4").arg(file, path, kind, message);
}

bool CatalogLoad::ok() const { return errorCount() == 0; }

int CatalogLoad::errorCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const CatalogProblem &p) { return p.severity == CatalogProblem::Severity::Error; }));
}

int CatalogLoad::warningCount() const { return int(problems.size()) - errorCount(); }

int CatalogLoad::missingTranslationCount(const QString &language) const
{
    return int(std::count_if(missingTranslations.cbegin(), missingTranslations.cend(), [&](const MissingTranslation &m) { return m.language == language; }));
}

QString builtinCatalogDir() { return QStringLiteral(":/catalog"); }

CatalogLoad loadCatalog(const QString &dir)
{
    CatalogLoad load;
    if (!QDir(dir).exists()) {
        load.problems.append(CatalogProblem{CatalogProblem::Severity::Error, dir, QStringLiteral("/"), QCoreApplication::translate("akkoord::Catalog", "the catalogue folder does not exist")});
        return load;
    }
    const QString manifest = QStringLiteral("catalog.json");
    const auto doc = readJson(load, dir, manifest);
    if (!doc)
        return load;
    FileReader r(load, manifest, {});
    if (!r.isObject(*doc, {}, {"formatVersion", "catalogVersion", "languages", "phases"}))
        return load;
    const int format = r.integer(*doc, "formatVersion", {}, true);
    if (format != kCatalogFormatVersion) {
        r.error(QStringLiteral("/formatVersion"), QCoreApplication::translate("akkoord::Catalog", "this Akkoord reads catalogue format %1, not %2").arg(kCatalogFormatVersion).arg(format));
        return load;
    }
    load.catalog.catalogVersion = r.string(*doc, "catalogVersion", {});
    // Any number of languages; the first is the primary one, whose text every
    // entry must have.
    r.array(*doc, "languages", {}, [&](const json &j, const QString &p) {
        const QString code = j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
        if (code.trimmed().isEmpty())
            r.error(p, QCoreApplication::translate("akkoord::Catalog", "a language code such as \"nl\" is expected"));
        else if (load.catalog.languages.contains(code))
            r.error(p, QCoreApplication::translate("akkoord::Catalog", "the language \"%1\" is listed more than once").arg(code));
        else
            load.catalog.languages.append(code);
    });
    if (doc->contains("languages") && doc->at("languages").is_array() && load.catalog.languages.isEmpty())
        r.error(QStringLiteral("/languages"), QCoreApplication::translate("akkoord::Catalog", "at least one language is needed; the first is the primary one"));
    QStringList phases;
    r.array(*doc, "phases", {}, [&](const json &j, const QString &p) {
        if (!j.is_string())
            r.error(p, QCoreApplication::translate("akkoord::Catalog", "a phase id is expected"));
        else
            phases.append(QString::fromStdString(j.get<std::string>()));
    });
    if (phases != requiredPhases())
        r.error(QStringLiteral("/phases"), QCoreApplication::translate("akkoord::Catalog", "the phases must be, in this order: %1").arg(requiredPhases().join(QStringLiteral(", "))));

    QSet<QString> ids;
    for (const QString &phase : requiredPhases())
        loadPhase(load, dir, phase, load.catalog.languages, ids);
    loadBuildingBlocks(load, dir, load.catalog.languages, ids);
    loadReference(load, dir, load.catalog.languages, ids);
    loadGlossary(load, dir, load.catalog.languages);
    return load;
}

} // namespace akkoord
