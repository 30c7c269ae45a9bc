#include "storage/sqlhelpers.h"

#include <algorithm>
#include <vector>

namespace akkoord::detail {

namespace {

std::vector<std::string> split(const char *list)
{
    std::vector<std::string> out;
    std::string name;
    for (const char *c = list;; ++c) {
        if (*c == ',' || *c == '\0') {
            out.push_back(name);
            name.clear();
            if (*c == '\0')
                return out;
        } else if (*c != ' ') {
            name += *c;
        }
    }
}

std::string params(std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += i == 0 ? "?" : ", ?";
    return out;
}

} // namespace

std::string Columns::select(const char *tail) const
{
    return std::string("SELECT ") + lead + (*lead ? ", " : "") + names + " FROM " + table + " " + tail;
}

std::string Columns::insert(const char *more, const char *values) const
{
    std::string sql = std::string("INSERT INTO ") + table + "(" + names;
    if (more)
        sql = sql + ", " + more;
    sql += ") VALUES (" + params(split(names).size());
    if (values)
        sql = sql + ", " + values;
    return sql + ")";
}

std::string Columns::upsert(const char *key) const
{
    const std::vector<std::string> keys = split(key);
    std::string set;
    for (const std::string &c : split(names)) {
        if (std::find(keys.begin(), keys.end(), c) != keys.end())
            continue;
        set += (set.empty() ? "" : ", ") + c + " = excluded." + c;
    }
    return insert() + " ON CONFLICT(" + key + ") DO UPDATE SET " + set;
}

int Columns::count() const { return int(std::count(names, names + std::char_traits<char>::length(names), ',')) + 1; }

void removeRecord(SQLite::Database &db, const Columns &columns, RecordId id)
{
    SQLite::Statement q(db, std::string("DELETE FROM ") + columns.table + " WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

std::string Columns::update() const
{
    return std::string("UPDATE ") + table + " SET (" + names + ") = (" + params(split(names).size()) + ") WHERE id = ?";
}

} // namespace akkoord::detail
