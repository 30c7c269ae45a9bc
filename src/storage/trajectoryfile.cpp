// TrajectoryFile: the file itself (create, open, lock, journals, migrate,
// back up, close) and SQLite's errors as sentences. What is in it is read
// and written by the store files beside this one, one per kind of record
// (partnerstore.cpp, ...), and trajectorydata.cpp for all of it at once.

#include "storage/trajectoryfile.h"

#include "domain/error.h"
#include "storage/fileguard.h"
#include "storage/schema.h"
#include "storage/sqlhelpers.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <QTemporaryFile>

#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace akkoord {

using namespace detail;

namespace {

QString displayName(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).fileName()); }

} // namespace

UserError detail::readOnlyError(const QString &path)
{
    return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 cannot be written (it or its folder is read-only).")
                         .arg(displayName(path)));
}

bool detail::quickCheckTablesButHistory(SQLite::Database &db)
{
    std::vector<std::string> tables;
    {
        SQLite::Statement q(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'history'");
        while (q.executeStep())
            tables.push_back(q.getColumn(0).getString());
    }
    for (const std::string &name : tables) {
        SQLite::Statement check(db, "PRAGMA quick_check(\"" + name + "\")");
        if (!check.executeStep() || check.getColumn(0).getString() != "ok")
            return false;
    }
    return true;
}

UserError detail::sqlError(const SQLite::Exception &e, const QString &path)
{
    const QString name = displayName(path);
    switch (e.getErrorCode()) {
    case SQLITE_FULL:
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "The disk is full: the last change to %1 could not be saved. Free some space.").arg(name));
    case SQLITE_READONLY:
        return readOnlyError(path);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "You have no permission to write %1.").arg(name));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 is in use by another program; try again in a moment.").arg(name));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 is damaged and cannot be read. Open one of its backups instead.").arg(name));
    case SQLITE_CANTOPEN:
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 cannot be opened: it may have been moved, removed, or its folder is not accessible.").arg(name));
    case SQLITE_IOERR:
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "Reading or writing %1 failed (a disk or network error); check the disk and try again.").arg(name));
    case SQLITE_TOOBIG:
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "This text is too large to be saved in %1.").arg(name));
    default:
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 could not be used: %2.").arg(name, QString::fromUtf8(e.what())));
    }
}

// False when the file, its write-ahead log or its folder can no longer be
// written, even by root (access() reports an immutable file or a read-only
// file system as EPERM or EROFS).
bool detail::writableInPlace(const QString &path)
{
    for (const QString &p : QStringList{path, path + QStringLiteral("-wal"), QFileInfo(path).absolutePath()}) {
        const QByteArray name = QFile::encodeName(p);
        if (::access(name.constData(), F_OK) == 0 && ::access(name.constData(), W_OK) != 0)
            return false;
    }
    return true;
}

void detail::requireInPlace(SQLite::Database &db, const QString &path)
{
    // SQLite keeps writing to a file that was moved or removed while open:
    // into a file the user no longer sees, or one that is gone when Akkoord
    // closes. Refuse instead; the session keeps the change and retries, so it
    // is saved once the file is back where it was.
    int moved = 0;
    if (sqlite3_file_control(db.getHandle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved != 0)
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 was moved or removed while it was open, so the last change could not be saved.")
                            .arg(displayName(path)));
}

namespace {

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString defaultAuthor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

TrajectoryFile::~TrajectoryFile() { close(); }

void TrajectoryFile::close() noexcept
{
    if (m_db && m_walMode) {
        // Fold the WAL back into the file and leave rollback-journal mode, so
        // the file at rest is one self-contained file.
        m_db->tryExec("PRAGMA wal_checkpoint(FULL)");
        m_db->tryExec("PRAGMA journal_mode=DELETE");
    }
    m_db.reset();
    // Only now: closing the lock's descriptor while SQLite still had the
    // file open would drop SQLite's own locks on it.
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_snapshotDir.reset();
}

void TrajectoryFile::openDatabase(bool readOnly)
{
    try {
        m_db = std::make_unique<SQLite::Database>(u8(m_path), readOnly ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE, 2000);
        boundStatements(*m_db);
        m_db->exec("PRAGMA foreign_keys=ON");
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
}

// Reads PATH exactly as it is on disk, ignoring any journal beside it and
// never writing (SQLite's immutable mode): what a read-only open uses.
void TrajectoryFile::openSnapshot(const QString &path)
{
    try {
        const QString uri = QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) + QStringLiteral("?immutable=1");
        m_db = std::make_unique<SQLite::Database>(u8(uri), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        boundStatements(*m_db);
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
}

// Gives the file its identity (files made before it existed get one now)
// and reads the serial of its last write.
void TrajectoryFile::ensureFileId()
{
    try {
        SQLite::Statement q(*m_db, "SELECT value FROM info WHERE key = 'fileId'");
        if (q.executeStep()) {
            const QString value = text(q.getColumn(0));
            m_fileId = value.section(QLatin1Char(' '), 0, 0);
            m_writeSerial = value.section(QLatin1Char(' '), 1, 1).toLongLong();
        }
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
    if (!m_fileId.isEmpty() || m_readOnly)
        return;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO info(key, value) VALUES ('fileId', ?)");
        bindText(q, 1, id + QStringLiteral(" 0"));
        q.exec();
    });
    m_fileId = id;
}

void TrajectoryFile::configureForWriting()
{
    try {
        m_db->exec("PRAGMA journal_mode=WAL");
        m_walMode = true;
        m_db->exec("PRAGMA synchronous=FULL");
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
}

void TrajectoryFile::migrate()
{
    const int version = schemaVersion();
    const auto &steps = schema::migrations();
    if (version >= int(steps.size()))
        return;
    if (m_readOnly)
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 was made by an older version of Akkoord and must be upgraded, but it is read-only. Copy it to a folder you can write and open the copy.")
                            .arg(displayName(m_path)));
    if (version > 0) {
        // Keep the old file as it was, in case the upgrade ever needs undoing.
        m_migrationBackup = m_path + QStringLiteral(".before-v%1.bak").arg(steps.size());
        QFile::remove(m_migrationBackup);
        if (!QFile::copy(m_path, m_migrationBackup))
            throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 must be upgraded, but a copy of the old file could not be made first. Check the free space and try again.")
                                .arg(displayName(m_path)));
    }
    try {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        for (std::size_t i = std::size_t(version); i < steps.size(); ++i)
            m_db->exec(steps[i]);
        m_db->exec("PRAGMA application_id=" + std::to_string(kApplicationId));
        m_db->exec("PRAGMA user_version=" + std::to_string(steps.size()));
        tx.commit();
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
}

int TrajectoryFile::schemaVersion() const { return m_db->execAndGet("PRAGMA user_version").getInt(); }

QString TrajectoryFile::durabilitySettings() const
{
    const std::string mode = m_db->execAndGet("PRAGMA journal_mode").getString();
    const int sync = m_db->execAndGet("PRAGMA synchronous").getInt();
    return QStringLiteral("journal_mode=%1 synchronous=%2").arg(QString::fromStdString(mode)).arg(sync);
}

std::unique_ptr<TrajectoryFile> TrajectoryFile::open(const QString &path, Access access)
{
    requireRegularDatabaseFile(path);
    std::unique_ptr<TrajectoryFile> f(new TrajectoryFile);
    f->m_path = QFileInfo(path).absoluteFilePath();
    f->m_author = defaultAuthor();
    const QFileInfo info(f->m_path);
    const QFileInfo dir(info.absolutePath());
    const QString name = displayName(path);
    f->m_readOnly = access == Access::ReadOnly;
    if (!f->m_readOnly && (!info.isWritable() || !info.permissions().testFlag(QFileDevice::WriteOwner))) {
        f->m_readOnly = true;
        f->m_readOnlyReason = QCoreApplication::translate("akkoord::TrajectoryFile", "The file is read-only, so changes cannot be saved.");
    } else if (!f->m_readOnly && !dir.isWritable()) {
        f->m_readOnly = true;
        f->m_readOnlyReason = QCoreApplication::translate("akkoord::TrajectoryFile", "The folder of this file is read-only, so changes cannot be saved.");
    }
    if (!f->m_readOnly) {
        // One lock per file, whatever the path that leads to it.
        f->m_lock = std::make_unique<FileLock>();
        switch (f->m_lock->tryLock(f->m_path)) {
        case FileLock::Result::Locked:
            break;
        case FileLock::Result::HeldElsewhere: {
            const QString who = FileLock::holder(f->m_path);
            throw UserError(who.isEmpty() ? QCoreApplication::translate("akkoord::TrajectoryFile", "%1 is already open in another Akkoord window. Close it there first, or open it read-only.").arg(name)
                                          : QCoreApplication::translate("akkoord::TrajectoryFile", "%1 is already open in another Akkoord window (%2). Close it there first, or open it read-only.").arg(name, who));
        }
        case FileLock::Result::CannotLock:
            f->m_readOnly = true;
            f->m_readOnlyReason = QCoreApplication::translate("akkoord::TrajectoryFile", "The file is read-only, so changes cannot be saved.");
            f->m_lock.reset();
            break;
        }
    }

    // First a look at the file as it lies on disk, without anything beside it
    // and without writing a byte; then, on a private copy, at what a journal
    // beside it would make of it. A journal is applied only when the result
    // is a sound Akkoord file with this file's identity; otherwise it is set
    // aside under a clear name and said so.
    const Examination alone = examine(f->m_path, true, f->m_path);
    const QStringList journals = strayJournals(f->m_path);
    bool applyJournal = false;
    if (!journals.isEmpty()) {
        auto scratch = std::make_unique<QTemporaryDir>();
        const QString copy = scratch->filePath(QStringLiteral("check.akkoord"));
        bool copied = scratch->isValid() && copyFileBytes(f->m_path, copy);
        for (const QString &j : journals)
            copied = copied && QFileInfo(j).isFile() && !QFileInfo(j).isSymLink() && copyFileBytes(j, copy + j.mid(f->m_path.size()));
        const Examination withJournal = copied ? examine(copy, false, f->m_path) : Examination{};
        applyJournal = withJournal.ok && (!alone.ok || alone.fileId.isEmpty() || alone.fileId == withJournal.fileId);
        if (applyJournal && f->m_readOnly) {
            // Read from the checked copy (its journal now folded in), so a
            // read-only open never writes beside the user's file.
            f->openSnapshot(copy);
            f->m_snapshotDir = std::move(scratch);
        } else if (!applyJournal) {
            if (!alone.ok)
                throw UserError(alone.problem);
            const bool liveWriter = f->m_readOnly && lockedElsewhere(f->m_path);
            if (liveWriter)
                throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 is being saved by another Akkoord window right now; try again in a moment.").arg(name));
            for (const QString &j : journals) {
                const QString aside = dir.isWritable() ? setAside(j) : QString();
                f->m_openNotes << (aside.isEmpty() ? QCoreApplication::translate("akkoord::TrajectoryFile", "A journal beside %1 did not belong to it and was ignored.").arg(name)
                                                   : setAsideSentence(f->m_path, j, aside));
            }
        }
    } else if (!alone.ok) {
        throw UserError(alone.problem);
    }
    if (!f->m_db) {
        if (f->m_readOnly)
            f->openSnapshot(f->m_path);
        else
            f->openDatabase(false);
    }
    // Migrate first, while the file is still byte-for-byte what the user had,
    // so the copy kept before the migration is exactly the old file.
    f->migrate();
    if (!f->m_readOnly)
        f->configureForWriting();
    f->ensureFileId();
    return f;
}

std::unique_ptr<TrajectoryFile> TrajectoryFile::create(const QString &path, const TrajectoryInfo &info)
{
    ExchangeData empty;
    empty.data.info = info;
    return createFrom(path, empty);
}

std::unique_ptr<TrajectoryFile> TrajectoryFile::createFrom(const QString &path, const ExchangeData &exchange)
{
    const QFileInfo target(path);
    if (target.exists())
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 already exists; choose another name.").arg(QDir::toNativeSeparators(path)));
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir.path())));

    // Built under a temporary name and renamed into place only when complete,
    // so a failure never leaves a half-made file. QTemporaryFile creates it
    // readable by the owner only (0600); SQLite keeps those permissions.
    QTemporaryFile temp(dir.filePath(QStringLiteral(".akkoord-new-XXXXXX")));
    temp.setAutoRemove(true);
    if (!temp.open())
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "Cannot create a file in %1: the folder is not writable or the disk is full.").arg(QDir::toNativeSeparators(dir.path())));
    const QString tempPath = temp.fileName();
    temp.close();
    try {
        TrajectoryFile building;
        building.m_path = tempPath;
        building.m_author = defaultAuthor();
        building.openDatabase(false);
        building.migrate();
        try {
            building.m_db->exec("PRAGMA synchronous=FULL");
        } catch (const SQLite::Exception &e) {
            throw sqlError(e, path);
        }
        building.writeAll(exchange);
        building.close();
    } catch (const UserError &e) {
        // Nothing of the half-made file stays behind, and the message names
        // the file the user asked for, not the temporary one.
        for (const char *suffix : {"-journal", "-wal", "-shm"})
            QFile::remove(tempPath + QLatin1String(suffix));
        throw UserError(QString(e.message()).replace(QFileInfo(tempPath).fileName(), target.fileName()));
    }
    // A journal left at this name by an earlier file must never be applied
    // to the new one.
    const QStringList notes = setAsideJournalsOf(target.absoluteFilePath());
    if (!QFile::rename(tempPath, target.absoluteFilePath()))
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 could not be created.").arg(QDir::toNativeSeparators(path)));
    temp.setAutoRemove(false);
    syncDirectory(dir.absolutePath());
    std::unique_ptr<TrajectoryFile> created;
    try {
        created = open(target.absoluteFilePath());
    } catch (const UserError &) {
        // Made here a moment ago and refused by the checks every open makes
        // (a limit the import did not know): it must not stay behind.
        QFile::remove(target.absoluteFilePath());
        QFile::remove(target.absoluteFilePath() + QStringLiteral(".lock"));
        throw;
    }
    created->m_openNotes = notes + created->m_openNotes;
    return created;
}

void TrajectoryFile::requireChanged()
{
    if (m_db->getChanges() == 0)
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "This item no longer exists in the file."));
}

void TrajectoryFile::backupTo(const QString &target) const
{
    try {
        // Fast path while open for writing: only this process writes the
        // file and nothing is written during this call, so the main file and
        // its write-ahead log together are the whole trajectory. Copy both
        // in the kernel; opening the copy and leaving WAL mode folds its log
        // in and leaves one self-contained file. Otherwise (read-only, a
        // file system without copy_file_range) SQLite's backup API copies
        // page by page.
        const QString wal = m_path + QStringLiteral("-wal");
        const QString targetWal = target + QStringLiteral("-wal");
        bool copied = false;
        if (!m_readOnly && m_walMode && !QFileInfo::exists(targetWal)) {
            copied = copyFileBytes(m_path, target) && (!QFileInfo::exists(wal) || copyFileBytes(wal, targetWal));
            if (!copied) {
                QFile::remove(target);
                QFile::remove(targetWal);
            }
        }
        if (!copied)
            m_db->backup(u8(target).c_str(), SQLite::Database::Save);
        {
            SQLite::Database copy(u8(target), SQLite::OPEN_READWRITE);
            copy.exec("PRAGMA journal_mode=DELETE");
            if (copy.execAndGet("PRAGMA application_id").getInt() != kApplicationId)
                throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "The copy could not be saved as %1.").arg(QDir::toNativeSeparators(target)));
        }
        if (copied && !syncFile(target))
            throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "The copy could not be saved as %1.").arg(QDir::toNativeSeparators(target)));
    } catch (const SQLite::Exception &e) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-wal"));
        throw sqlError(e, target);
    } catch (const UserError &) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-wal"));
        throw;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TrajectoryFile::saveCopyAs(const QString &target) const
{
    // The backup API copies pages as they are (fast even for a large file);
    // written under a temporary name and renamed, so a failure leaves no
    // half-made copy and never touches an existing file until the end.
    const QString temp = target + QStringLiteral(".part");
    QFile::remove(temp);
    backupTo(temp);
    QFile::remove(target);
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "The copy could not be saved as %1.").arg(QDir::toNativeSeparators(target)));
    }
    syncDirectory(QFileInfo(target).absolutePath());
}

} // namespace akkoord
