#pragma once

// Internal to src/storage: the small helpers every part of TrajectoryFile
// uses to talk to SQLite, and the one place SQLite errors become sentences.

#include "domain/error.h"
#include "storage/trajectoryfile.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QCoreApplication>

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

// One sentence for every way SQLite can fail that a user can cause.
UserError sqlError(const SQLite::Exception &e, const QString &path);

} // namespace akkoord::detail

namespace akkoord {

template<typename F>
auto TrajectoryFile::write(F &&fn) -> decltype(fn())
{
    if (m_readOnly)
        throw UserError(m_readOnlyReason.isEmpty() ? QCoreApplication::translate("akkoord::TrajectoryFile", "This file is open read-only; changes cannot be saved.") : m_readOnlyReason);
    if (m_writeGate)
        m_writeGate();
    try {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        if constexpr (std::is_void_v<decltype(fn())>) {
            fn();
            tx.commit();
        } else {
            auto result = fn();
            tx.commit();
            return result;
        }
    } catch (const SQLite::Exception &e) {
        throw detail::sqlError(e, m_path);
    }
}

} // namespace akkoord
