#pragma once

// Internal to src/storage: the exchange format record by record. Readers
// check a record's own fields and throw UserError naming the JSON path of
// the first problem; what refers to other records (partners, ambitions,
// agreements) is read where the whole document is (jsoncodec.cpp).

#include "storage/jsoncodec.h"

#include <QCoreApplication>

#include <initializer_list>
#include <optional>
#include <string>

namespace akkoord::detail {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

inline std::string s(const QString &v) { return v.toStdString(); }
// A record as one line of JSON text, as the history table keeps it.
inline QString jsonText(const ojson &j) { return QString::fromStdString(j.dump()); }

[[noreturn]] void fail(const std::string &path, const QString &what);
std::string at(const std::string &path, const char *key);
std::string at(const std::string &path, std::size_t index);

// Field readers. `object` refuses fields not in `allowed`; a missing field
// that is not required reads as empty (or `fallback`).
const json &object(const json &j, const std::string &path, std::initializer_list<const char *> allowed);
const json *member(const json &o, const char *key, const std::string &path, bool required);
QString str(const json &o, const char *key, const std::string &path, bool required = false);
std::int64_t integer(const json &o, const char *key, const std::string &path, bool required = true, std::int64_t fallback = 0);
bool boolean(const json &o, const char *key, const std::string &path);
QDate date(const json &o, const char *key, const std::string &path);
QDateTime timestamp(const json &o, const char *key, const std::string &path);
QList<std::int64_t> ids(const json &o, const char *key, const std::string &path);
QStringList strings(const json &o, const char *key, const std::string &path);

template<typename F>
void each(const json &o, const char *key, const std::string &path, F &&fn)
{
    const json *v = member(o, key, path, false);
    if (!v || v->is_null())
        return;
    if (!v->is_array())
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "a list […] was expected"));
    if (const qint64 most = maxRecordsOf(key); most >= 0 && qint64(v->size()) > most)
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "this list holds %L1 entries; Akkoord takes at most %L2").arg(qint64(v->size())).arg(most));
    for (std::size_t i = 0; i < v->size(); ++i)
        fn((*v)[i], at(at(path, key), i));
}

template<typename E>
E enumValue(const json &o, const char *key, const std::string &path, std::optional<E> (*parse)(const QString &), E fallback)
{
    const QString text = str(o, key, path);
    if (text.isEmpty())
        return fallback;
    const std::optional<E> v = parse(text);
    if (!v)
        fail(at(path, key), QCoreApplication::translate("akkoord::Import", "the value \"%1\" is not one Akkoord knows").arg(text.left(80)));
    return *v;
}

// Field writers.
ojson idArray(const QList<std::int64_t> &list);
ojson stringArray(const QStringList &list);
ojson optionalText(const QString &v);

// One pair per record kind that stands on its own; a reader leaves
// `position` to the caller (the record's place in its list).
ojson infoToJson(const TrajectoryInfo &i);
TrajectoryInfo infoFromJson(const json &j, const std::string &path);
ojson partnerToJson(const Partner &p);
Partner partnerFromJson(const json &j, const std::string &path);
Answer answerFromJson(const json &j, const std::string &path);
ojson ambitionToJson(const Ambition &a);
Ambition ambitionFromJson(const json &j, const std::string &path);
Agreement agreementFromJson(const json &j, const std::string &path);
ojson accountabilityToJson(const AccountabilityItem &a);
AccountabilityItem accountabilityFromJson(const json &j, const std::string &path);
ojson evaluationToJson(const Evaluation &e);
Evaluation evaluationFromJson(const json &j, const std::string &path);
ojson historyToJson(const HistoryEntry &h);
HistoryEntry historyFromJson(const json &j, const std::string &path);

// Records whose references only the whole document can check: written
// here, read in jsoncodec.cpp.
ojson sessionToJson(const WorkshopSession &w);
ojson situationToJson(const SituationRating &r);
ojson dilemmaToJson(const DilemmaEntry &e);

} // namespace akkoord::detail
