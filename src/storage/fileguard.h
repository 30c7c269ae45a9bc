#pragma once

// Internal to src/storage: what is checked before SQLite ever writes to a
// file a user hands us (issue 13). A refused file, and anything beside it
// that is refused, stays byte-identical; a stray journal is only applied
// when it belongs to the file, and otherwise set aside under a clear name.

#include "domain/safewrite.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace SQLite {
class Database;
}

namespace akkoord::detail {

// Refuses, in one sentence and without blocking, what is not a regular file:
// a folder, a FIFO, a device, a socket, a symlink loop, a missing file; then
// anything that does not start with SQLite's header.
void requireRegularDatabaseFile(const QString &path);

// True when the file's tables, indexes, views and triggers are exactly those
// of Akkoord's schema at its user_version (no extra trigger or view, no
// renamed column). Views and triggers a file brings along never run.
bool schemaIsAkkoords(SQLite::Database &db, int version);

// Bounds every statement on DB in time: one that runs longer than
// kStatementLimitMs (a crafted recursive view, a pathological file) is
// interrupted and fails with SQLITE_INTERRUPT.
inline constexpr int kStatementLimitMs = 10000;
void boundStatements(SQLite::Database &db);

// What a look at a database (without changing it) found.
struct Examination
{
    bool ok = false;
    QString problem; // one sentence when !ok
    QString fileId;  // the file's identity (empty for files made before it existed)
};
// Opens PATH as it is on disk, read-only and ignoring any journal beside it
// when `ignoreJournals` (SQLite's immutable mode), and checks it is a sound
// Akkoord file of a version this build can open.
Examination examine(const QString &path, bool ignoreJournals, const QString &displayAs);

// A companion journal (-wal or -journal) left beside PATH.
QStringList strayJournals(const QString &path);
// Moves JOURNAL aside as JOURNAL.set-aside-DATE (and drops a -shm index
// that belongs to it); returns the new name, or empty when it could not be moved.
QString setAside(const QString &journal);
// Sets aside every journal at a name about to receive a new file (restore,
// import, demo): a journal of a file that no longer exists must never be
// applied to a new one. Returns the sentences to tell the user.
QStringList setAsideJournalsOf(const QString &path);

// The sentence a set-aside journal gets.
QString setAsideSentence(const QString &file, const QString &journal, const QString &asideName);

// Copies a file's bytes in the kernel (copy_file_range) into a new file
// created 0600; false on any failure (nothing is left behind).
bool copyFileBytes(const QString &from, const QString &to);

// One lock per file, whatever the path (symlink, hard link, relative): an
// open-file-description lock on the database file itself, which the kernel
// drops when the process dies, so no lock is ever stale. Beside the file a
// small PATH.lock (0600) says which process holds it, for the message only.
class FileLock final
{
public:
    FileLock() = default;
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    enum class Result { Locked, HeldElsewhere, CannotLock };
    Result tryLock(const QString &path);
    // Who holds it, as far as the note beside the file tells ("process 123
    // on host"), or empty.
    static QString holder(const QString &path);
    void unlock();

private:
    int m_fd = -1;
    QString m_note;
};

// True when another process holds PATH's lock now (checked without keeping it).
bool lockedElsewhere(const QString &path);

using akkoord::printable;

} // namespace akkoord::detail
