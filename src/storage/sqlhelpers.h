#pragma once

// Internal to src/storage: the small helpers every part of TrajectoryFile
// uses to talk to SQLite, and the one place SQLite errors become sentences.

#include "domain/error.h"
#include "storage/trajectoryfile.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QCoreApplication>

#include <sqlite3.h>

#include <string>
#include <type_traits>

namespace akkoord::detail {

inline std::string u8(const QString &s) { return s.toStdString(); }
inline QString text(const SQLite::Column &c) { return c.isNull() ? QString() : QString::fromStdString(c.getString()); }

inline void bindText(SQLite::Statement &q, int index, const QString &value) { q.bind(index, u8(value)); }
inline void bindOptionalText(SQLite::Statement &q, int index, const QString &value)
{
    if (value.isEmpty())
        q.bind(index);
    else
        q.bind(index, u8(value));
}

// A record id chosen by the caller (undo re-creates a record under its old
// id), or NULL to let SQLite choose one.
inline void bindId(SQLite::Statement &q, int index, std::int64_t id)
{
    if (id > 0)
        q.bind(index, id);
    else
        q.bind(index);
}

// A record kind's columns, written once: its bind function binds `names`
// as ?1..?N in this order, and its read function reads `lead` (the id and
// position, which bind leaves to each statement) and then `names`. Every
// statement on the table is made from them.
struct Columns
{
    const char *table;
    const char *lead; // "id, position", "id" or ""
    const char *names; // "a, b, c"

    // SELECT lead, a, b, c FROM table tail
    std::string select(const char *tail) const;
    // INSERT INTO table(a, b, c, more) VALUES (?, ?, ?, values)
    std::string insert(const char *more = nullptr, const char *values = nullptr) const;
    // The plain insert; on a conflict over `key` (some of the names) the
    // other names are replaced.
    std::string upsert(const char *key) const;
    // UPDATE table SET (a, b, c) = (?, ?, ?) WHERE id = ?
    std::string update() const;
    // How many names: the id is bound after them.
    int count() const;
};

// Inserts RECORD (BIND fills its names) with the lead columns set to
// VALUES, e.g. "?, (SELECT … position)": its own id, or a new one when it
// has none; returns the id.
template<typename T, typename Bind>
RecordId insertRecord(SQLite::Database &db, const Columns &columns, Bind bind, const T &record, const char *values)
{
    SQLite::Statement q(db, columns.insert(columns.lead, values));
    bind(q, record);
    bindId(q, columns.count() + 1, record.id);
    q.exec();
    return RecordId(db.getLastInsertRowid());
}

// Writes RECORD's names over the row with its id.
template<typename T, typename Bind>
void updateRecord(SQLite::Database &db, const Columns &columns, Bind bind, const T &record)
{
    SQLite::Statement q(db, columns.update());
    bind(q, record);
    q.bind(columns.count() + 1, record.id);
    q.exec();
}

// Deletes the row with ID (the schema's foreign keys do the rest).
void removeRecord(SQLite::Database &db, const Columns &columns, RecordId id);

// Appends a record to OUT for each row of SQL, as READ(statement) makes it.
template<typename T, typename Read>
void readAll(SQLite::Database &db, const std::string &sql, QList<T> &out, Read read)
{
    SQLite::Statement q(db, sql);
    while (q.executeStep())
        out.append(read(q));
}

// Inserts each of RECORDS with BIND(statement, record), for the kinds whose
// names are all their columns.
template<typename T, typename Bind>
void insertAll(SQLite::Database &db, const Columns &columns, const QList<T> &records, Bind bind)
{
    SQLite::Statement q(db, columns.insert());
    for (const T &r : records) {
        bind(q, r);
        q.exec();
        q.reset();
    }
}

// One sentence for every way SQLite can fail that a user can cause.
UserError sqlError(const SQLite::Exception &e, const QString &path);

// The sentence for a file or folder that cannot be written.
UserError readOnlyError(const QString &path);

// PRAGMA quick_check of every table but the append-only history (most of a
// large file's pages, read only when a version is restored): what opening a
// large file checks. True when all are "ok".
bool quickCheckTablesButHistory(SQLite::Database &db);

// False when the file, its write-ahead log or its folder can no longer be
// written, even by root (an immutable file, a read-only file system).
bool writableInPlace(const QString &path);
// Throws when the open file was moved or removed: SQLite would go on
// writing into a file the user no longer sees.
void requireInPlace(SQLite::Database &db, const QString &path);

} // namespace akkoord::detail

namespace akkoord {

template<typename F>
auto TrajectoryFile::write(F &&fn) -> decltype(fn())
{
    // A write made inside another (restore() re-linking records through
    // the update methods) is part of the outer transaction.
    if (m_writeDepth > 0)
        return fn();
    if (m_readOnly)
        throw UserError(m_readOnlyReason.isEmpty() ? QCoreApplication::translate("akkoord::TrajectoryFile", "This file is open read-only; changes cannot be saved.") : m_readOnlyReason);
    if (m_writeGate)
        m_writeGate();
    detail::requireInPlace(*m_db, m_path);
    try {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        // Every transaction also rewrites the file's identity, so every
        // write-ahead log Akkoord leaves names the file it belongs to.
        const auto stampIdentity = [this] {
            if (m_fileId.isEmpty())
                return;
            SQLite::Statement q(*m_db, "UPDATE info SET value = ? WHERE key = 'fileId'");
            q.bind(1, QString(m_fileId + QLatin1Char(' ') + QString::number(m_writeSerial + 1)).toStdString());
            q.exec();
        };
        ++m_writeDepth;
        struct Leave
        {
            int &depth;
            ~Leave() { --depth; }
        } leave{m_writeDepth};
        if constexpr (std::is_void_v<decltype(fn())>) {
            fn();
            stampIdentity();
            tx.commit();
            ++m_writeSerial;
        } else {
            auto result = fn();
            stampIdentity();
            tx.commit();
            ++m_writeSerial;
            return result;
        }
    } catch (const SQLite::Exception &e) {
        // A file made read-only while open (immutable, a read-only mount)
        // fails in SQLite as a plain I/O error; say what it really is.
        if (const int code = e.getErrorCode() & 0xff; (code == SQLITE_IOERR || code == SQLITE_READONLY) && !detail::writableInPlace(m_path))
            throw detail::readOnlyError(m_path);
        throw detail::sqlError(e, m_path);
    }
}

} // namespace akkoord
