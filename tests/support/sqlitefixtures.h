#pragma once

// SQLite fixtures shared by the system tests (link SQLiteCpp to use them).

#include "support/support.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace akkoord::test {

// A write-ahead log with committed frames of another SQLite database, read
// while its connection still holds it (closing would fold it in).
inline QByteArray foreignWal(const TempDir &dir)
{
    const std::string path = dir.path(QStringLiteral("other.db")).toStdString();
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA wal_autocheckpoint=0");
    db.exec("CREATE TABLE IF NOT EXISTS t(x TEXT)");
    for (int i = 0; i < 50; ++i)
        db.exec("INSERT INTO t VALUES (hex(randomblob(200)))");
    db.exec("PRAGMA user_version=7");
    return readAll(QString::fromStdString(path) + QStringLiteral("-wal"));
}

} // namespace akkoord::test
