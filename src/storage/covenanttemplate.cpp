#include "storage/covenanttemplate.h"

#include "domain/covenanttext.h"
#include "domain/error.h"
#include "storage/exchange.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace akkoord {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

constexpr const char *kFormat = "akkoord-covenant-template";
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxTemplateBytes = 4 * 1024 * 1024;

class Template
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::CovenantTemplate)
};

QString articleKey(const QString &id) { return QStringLiteral("article.") + id; }

// The standard articles a template may name, with whether each may be left out.
QHash<QString, bool> knownArticles()
{
    QHash<QString, bool> out;
    for (const StandardArticle &a : standardArticles(TrajectoryData{}, QStringLiteral("en")))
        out.insert(a.id, a.optional);
    return out;
}

// Reads and checks; problems are collected, and the template is only
// meaningful when there are none.
CovenantTemplate parse(const QString &path, QStringList &problems)
{
    CovenantTemplate t;
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        problems << Template::tr("The house template %1 does not exist.").arg(printable(name));
        return t;
    }
    if (!info.isFile()) {
        problems << Template::tr("%1 is not a file, so it cannot be a house template.").arg(printable(name));
        return t;
    }
    if (info.size() > kMaxTemplateBytes) {
        problems << Template::tr("%1 is too large to be a house template (more than 4 MB).").arg(printable(name));
        return t;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problems << Template::tr("You have no permission to read the house template %1.").arg(printable(name));
        return t;
    }
    const QByteArray bytes = f.read(kMaxTemplateBytes + 1);
    json doc;
    try {
        doc = json::parse(bytes.cbegin(), bytes.cend());
    } catch (const json::exception &) {
        problems << Template::tr("%1 is not a house template: it is not valid JSON.").arg(printable(name));
        return t;
    }
    if (!doc.is_object() || !doc.contains("format") || doc["format"] != kFormat) {
        problems << Template::tr("%1 is not an Akkoord house template.").arg(printable(name));
        return t;
    }
    if (!doc.contains("formatVersion") || !doc["formatVersion"].is_number_integer() || doc["formatVersion"].get<std::int64_t>() < 1) {
        problems << Template::tr("%1 has no valid format version.").arg(printable(name));
        return t;
    }
    if (doc["formatVersion"].get<std::int64_t>() > kFormatVersion) {
        problems << Template::tr("%1 was made by a newer version of Akkoord; please update Akkoord to use it.").arg(printable(name));
        return t;
    }
    for (const auto &[key, value] : doc.items()) {
        if (key != "format" && key != "formatVersion" && key != "name" && key != "articles")
            problems << Template::tr("%1: the field \"%2\" is not part of a house template.").arg(printable(name), printable(QString::fromStdString(key)));
    }
    if (doc.contains("name")) {
        if (!doc["name"].is_string())
            problems << Template::tr("%1: the name must be text.").arg(printable(name));
        else
            t.name = QString::fromStdString(doc["name"].get<std::string>());
    }
    if (!doc.contains("articles"))
        return t;
    if (!doc["articles"].is_array()) {
        problems << Template::tr("%1: \"articles\" must be a list.").arg(printable(name));
        return t;
    }
    const QHash<QString, bool> known = knownArticles();
    QSet<QString> seen;
    int index = 0;
    for (const json &a : doc["articles"]) {
        const QString where = QStringLiteral("articles[%1]").arg(index++);
        if (!a.is_object() || !a.contains("id") || !a["id"].is_string()) {
            problems << Template::tr("%1, %2: an article needs an \"id\".").arg(printable(name), where);
            continue;
        }
        const QString id = QString::fromStdString(a["id"].get<std::string>());
        for (const auto &[key, value] : a.items())
            if (key != "id" && key != "text" && key != "enabled")
                problems << Template::tr("%1, %2: the field \"%3\" is not part of an article.").arg(printable(name), where, printable(QString::fromStdString(key)));
        if (!known.contains(id)) {
            problems << Template::tr("%1, %2: Akkoord has no standard article \"%3\".").arg(printable(name), where, printable(id));
            continue;
        }
        if (seen.contains(id)) {
            problems << Template::tr("%1, %2: the article \"%3\" is listed twice.").arg(printable(name), where, id);
            continue;
        }
        seen.insert(id);
        CovenantText text{articleKey(id), {}, true};
        if (a.contains("text")) {
            if (!a["text"].is_string()) {
                problems << Template::tr("%1, %2: the text must be text.").arg(printable(name), where);
                continue;
            }
            const std::string &s = a["text"].get_ref<const std::string &>();
            if (qint64(s.size()) > kMaxTextBytes) {
                problems << Template::tr("%1, %2: the text is longer than Akkoord takes.").arg(printable(name), where);
                continue;
            }
            text.text = QString::fromStdString(s);
        }
        if (a.contains("enabled")) {
            if (!a["enabled"].is_boolean()) {
                problems << Template::tr("%1, %2: \"enabled\" must be true or false.").arg(printable(name), where);
                continue;
            }
            text.enabled = a["enabled"].get<bool>();
        }
        if (!text.enabled && !known.value(id)) {
            problems << Template::tr("%1, %2: the article \"%3\" is required in every covenant and cannot be left out.").arg(printable(name), where, id);
            continue;
        }
        if (!text.text.isEmpty() || !text.enabled)
            t.articles.append(text);
    }
    return t;
}

} // namespace

CovenantTemplate templateFrom(const TrajectoryData &data, const QString &name)
{
    CovenantTemplate t;
    t.name = name;
    for (const CovenantText &text : data.covenantTexts)
        if (text.key.startsWith(QLatin1String("article.")) && (!text.text.isEmpty() || !text.enabled))
            t.articles.append(text);
    return t;
}

void saveTemplate(const QString &path, const CovenantTemplate &t, const OutputRules &rules)
{
    ojson doc;
    doc["format"] = kFormat;
    doc["formatVersion"] = kFormatVersion;
    doc["name"] = t.name.toStdString();
    ojson articles = ojson::array();
    for (const CovenantText &a : t.articles)
        articles.push_back(ojson{{"id", a.key.mid(int(qstrlen("article."))).toStdString()}, {"text", a.text.toStdString()}, {"enabled", a.enabled}});
    doc["articles"] = articles;
    writeFileSafely(path, QByteArray::fromStdString(doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n"), rules);
}

QStringList checkTemplate(const QString &path)
{
    QStringList problems;
    parse(path, problems);
    return problems;
}

CovenantTemplate loadTemplate(const QString &path)
{
    QStringList problems;
    CovenantTemplate t = parse(path, problems);
    if (!problems.isEmpty())
        throw UserError(problems.first());
    return t;
}

} // namespace akkoord
