// TrajectoryFile: the history, append-only: every earlier text of an answer,
// a perspective or an agreement, as JSON.

#include "storage/sqlhelpers.h"

namespace akkoord {

using namespace detail;

namespace {

constexpr Columns kHistory{"history", "id", "at, author, entity, key, old_value, new_value"};

void bindHistory(SQLite::Statement &q, const HistoryEntry &h)
{
    bindText(q, 1, timeToText(h.at));
    bindText(q, 2, h.author);
    bindText(q, 3, h.entity);
    bindText(q, 4, h.key);
    bindOptionalText(q, 5, h.oldValue);
    bindOptionalText(q, 6, h.newValue);
}

HistoryEntry readHistory(SQLite::Statement &q)
{
    return HistoryEntry{q.getColumn(0).getInt64(), timeFromText(text(q.getColumn(1))), text(q.getColumn(2)), text(q.getColumn(3)),
                        text(q.getColumn(4)), text(q.getColumn(5)), text(q.getColumn(6))};
}

} // namespace

void TrajectoryFile::appendHistory(const QString &entity, const QString &key, const QString &oldValue, const QString &newValue)
{
    SQLite::Statement q(*m_db, kHistory.insert());
    bindHistory(q, HistoryEntry{0, QDateTime::currentDateTimeUtc(), m_author, entity, key, oldValue, newValue});
    q.exec();
}

void TrajectoryFile::writeHistory(const QList<HistoryEntry> &history)
{
    SQLite::Statement q(*m_db, kHistory.insert("id", "?"));
    for (const HistoryEntry &h : history) {
        bindHistory(q, h);
        q.bind(7, h.id);
        q.exec();
        q.reset();
    }
}

QList<HistoryEntry> TrajectoryFile::history(const QString &entity, const QString &key) const
{
    try {
        SQLite::Statement q(*m_db, kHistory.select("WHERE entity = ? AND key = ? ORDER BY id"));
        bindText(q, 1, entity);
        bindText(q, 2, key);
        QList<HistoryEntry> out;
        while (q.executeStep())
            out.append(readHistory(q));
        return out;
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
}

QList<HistoryEntry> TrajectoryFile::allHistory() const
{
    try {
        QList<HistoryEntry> out;
        readAll(*m_db, kHistory.select("ORDER BY id"), out, readHistory);
        return out;
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
}

} // namespace akkoord
