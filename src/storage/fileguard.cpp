#include "storage/fileguard.h"

#include "domain/error.h"
#include "domain/safewrite.h"
#include "storage/exchange.h"
#include "storage/schema.h"
#include "storage/sqlhelpers.h"
#include "storage/trajectoryfile.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSysInfo>
#include <QMutex>
#include <QUrl>

#include <cerrno>
#include <optional>
#include <utility>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace akkoord::detail {

namespace {

// The messages of opening a file read as the file's own (lupdate and tr()
// agree on the context through this class).
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::TrajectoryFile)
};
QString shownName(const QString &path) { return printable(QDir::toNativeSeparators(QFileInfo(path).fileName())); }
QByteArray native(const QString &path) { return QFile::encodeName(path); }

// A lock byte far beyond the bytes SQLite locks (around 1 GiB), so the
// file lock never meets SQLite's own.
constexpr off_t kLockOffset = off_t(1) << 40;

} // namespace

void requireRegularDatabaseFile(const QString &path)
{
    const QByteArray name = native(path);
    const QString shown = shownName(path);
    struct stat st {};
    if (::stat(name.constData(), &st) != 0) {
        const int err = errno;
        struct stat link {};
        if (err == ELOOP)
            throw UserError(Messages::tr("%1 is a link that leads back to itself; it is not an Akkoord file.").arg(shown));
        if (err == ENAMETOOLONG)
            throw UserError(Messages::tr("The name %1 is too long for this system.").arg(shown));
        if (err == EACCES)
            throw UserError(Messages::tr("You have no permission to read %1.").arg(shown));
        if (::lstat(name.constData(), &link) == 0 && S_ISLNK(link.st_mode))
            throw UserError(Messages::tr("%1 is a link to a file that does not exist.").arg(shown));
        throw UserError(Messages::tr("The file %1 does not exist.").arg(printable(QDir::toNativeSeparators(path))));
    }
    if (S_ISDIR(st.st_mode))
        throw UserError(Messages::tr("%1 is a folder, not an Akkoord file.").arg(shown));
    if (!S_ISREG(st.st_mode))
        throw UserError(Messages::tr("%1 is not an ordinary file (it is a device, a pipe or a socket); Akkoord opens only files.").arg(shown));
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        throw UserError(Messages::tr("You have no permission to read %1.").arg(shown));
    char header[16] = {};
    const ssize_t n = ::pread(fd, header, sizeof header, 0);
    ::close(fd);
    if (st.st_size == 0 || n == 0)
        throw UserError(Messages::tr("%1 is empty: it is not an Akkoord file, or it was cut off while being copied.").arg(shown));
    if (n != ssize_t(sizeof header) || QByteArray(header, sizeof header) != QByteArray("SQLite format 3\0", 16))
        throw UserError(Messages::tr("%1 is not an Akkoord file.").arg(shown));
}

namespace {

QStringList schemaRows(SQLite::Database &db)
{
    QStringList rows;
    SQLite::Statement q(db, "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_schema "
                            "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name");
    while (q.executeStep()) {
        QStringList row;
        for (int c = 0; c < 4; ++c)
            row << QString::fromStdString(q.getColumn(c).getString()).simplified();
        rows << row.join(QLatin1Char('|'));
    }
    return rows;
}

const QStringList &expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(version);
    if (it == cache.end()) {
        SQLite::Database mem(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        const auto &steps = schema::migrations();
        for (int i = 0; i < version && i < int(steps.size()); ++i)
            mem.exec(steps[std::size_t(i)]);
        it = cache.insert(version, schemaRows(mem));
    }
    return *it;
}

struct StatementClock
{
    QElapsedTimer started;
};

int onTrace(unsigned type, void *context, void *, void *)
{
    auto *clock = static_cast<StatementClock *>(context);
    if (type == SQLITE_TRACE_STMT)
        clock->started.start();
    else if (type == SQLITE_TRACE_CLOSE)
        delete clock;
    return 0;
}

int onProgress(void *context)
{
    const auto *clock = static_cast<const StatementClock *>(context);
    return clock->started.isValid() && clock->started.elapsed() > kStatementLimitMs ? 1 : 0;
}

QString stamp() { return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHHmmss")); }

} // namespace

bool schemaIsAkkoords(SQLite::Database &db, int version) { return schemaRows(db) == expectedSchema(version); }

void boundStatements(SQLite::Database &db)
{
    auto *clock = new StatementClock;
    sqlite3_trace_v2(db.getHandle(), SQLITE_TRACE_STMT | SQLITE_TRACE_CLOSE, onTrace, clock);
    sqlite3_progress_handler(db.getHandle(), 4000, onProgress, clock);
}

namespace {

// The first text column holding a value longer than kMaxTextBytes, as
// "table.column"; empty when none does. One pass over each column.
QString oversizedText(SQLite::Database &db)
{
    SQLite::Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (tables.executeStep()) {
        const std::string table = tables.getColumn(0).getString();
        SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?) WHERE type = 'TEXT' OR type = ''");
        info.bind(1, table);
        std::vector<std::string> names;
        while (info.executeStep())
            names.push_back(info.getColumn(0).getString());
        for (const std::string &column : names) {
            SQLite::Statement longest(db, "SELECT max(length(CAST(\"" + column + "\" AS BLOB))) FROM \"" + table + "\"");
            if (longest.executeStep() && longest.getColumn(0).getInt64() > kMaxTextBytes)
                return QString::fromStdString(table + "." + column);
        }
    }
    return {};
}

// The first table holding more records than Akkoord takes (maxRecordsOf;
// the history and info are not limited), with its limit; counting stops
// one past the limit, so a hostile table costs no more than an honest one.
std::optional<std::pair<QString, qint64>> overfullTable(SQLite::Database &db)
{
    SQLite::Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'info'");
    while (tables.executeStep()) {
        const std::string table = tables.getColumn(0).getString();
        const qint64 most = maxRecordsOf(table);
        if (most < 0)
            continue;
        SQLite::Statement count(db, "SELECT count(*) FROM (SELECT 1 FROM \"" + table + "\" LIMIT " + std::to_string(most + 1) + ")");
        if (count.executeStep() && count.getColumn(0).getInt64() > most)
            return std::make_pair(QString::fromStdString(table), most);
    }
    return std::nullopt;
}

} // namespace

Examination examine(const QString &path, bool ignoreJournals, const QString &displayAs)
{
    Examination r;
    const QString name = shownName(displayAs);
    try {
        const QString uri = QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"))
                            + (ignoreJournals ? QStringLiteral("?immutable=1") : QString());
        // With a journal the copy is opened for writing, so SQLite can apply it.
        SQLite::Database db(uri.toStdString(), (ignoreJournals ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE) | SQLite::OPEN_URI);
        boundStatements(db);
        const int appId = db.execAndGet("PRAGMA application_id").getInt();
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        if (appId != kApplicationId) {
            r.problem = Messages::tr("%1 is a database, but not an Akkoord file.").arg(name);
            return r;
        }
        if (version > kSchemaVersion) {
            r.problem = Messages::tr("%1 was made by a newer version of Akkoord; please update Akkoord to open it.").arg(name);
            return r;
        }
        if (version < 1 || !schemaIsAkkoords(db, version)) {
            r.problem = Messages::tr("%1 is not a sound Akkoord file: it holds tables, views or triggers that Akkoord does not make.").arg(name);
            return r;
        }
        constexpr qint64 kFullCheckBelow = 16 * 1024 * 1024;
        const bool sound = QFileInfo(path).size() < kFullCheckBelow ? db.execAndGet("PRAGMA quick_check").getString() == "ok"
                                                                    : quickCheckTablesButHistory(db);
        if (!sound) {
            r.problem = Messages::tr("%1 is damaged and cannot be opened safely. Open one of its backups instead.").arg(name);
            return r;
        }
        if (const QString big = oversizedText(db); !big.isEmpty()) {
            r.problem = Messages::tr("%1 holds a text of more than %2 million characters (%3), more than Akkoord reads, so it is not opened.")
                            .arg(name)
                            .arg(kMaxTextBytes / (1024 * 1024))
                            .arg(big);
            return r;
        }
        if (const auto full = overfullTable(db)) {
            r.problem = Messages::tr("%1 holds more than %L2 records in one list (%3), more than Akkoord takes, so it is not opened.")
                            .arg(name)
                            .arg(full->second)
                            .arg(full->first);
            return r;
        }
        SQLite::Statement id(db, "SELECT value FROM info WHERE key = 'fileId'");
        if (id.executeStep())
            r.fileId = QString::fromStdString(id.getColumn(0).getString()).section(QLatin1Char(' '), 0, 0);
        r.ok = true;
    } catch (const SQLite::Exception &e) {
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_INTERRUPT)
            r.problem = Messages::tr("%1 takes too long to read: it is damaged or was made to stall programs, so it is not opened.").arg(name);
        else if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT || code == SQLITE_FORMAT || code == SQLITE_RANGE || code == SQLITE_MISMATCH)
            r.problem = Messages::tr("%1 is damaged or not an Akkoord file.").arg(name);
        else
            r.problem = sqlError(e, displayAs).message();
    }
    return r;
}

QStringList strayJournals(const QString &path)
{
    QStringList out;
    for (const char *suffix : {"-wal", "-journal"}) {
        const QString journal = path + QLatin1String(suffix);
        struct stat st {};
        if (::lstat(native(journal).constData(), &st) != 0)
            continue;
        // An empty journal holds nothing; a link or a non-file never belongs.
        if (!S_ISREG(st.st_mode) || st.st_size > 0)
            out << journal;
    }
    return out;
}

QString setAside(const QString &journal)
{
    QString target = journal + QStringLiteral(".set-aside-") + stamp();
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = journal + QStringLiteral(".set-aside-%1-%2").arg(stamp()).arg(n);
    if (::rename(native(journal).constData(), native(target).constData()) != 0)
        return {};
    // The shared-memory index describes the journal that just went; SQLite
    // rebuilds it.
    const QString base = journal.endsWith(QLatin1String("-wal")) ? journal.chopped(4) : journal.chopped(8);
    ::unlink(native(base + QStringLiteral("-shm")).constData());
    return target;
}

QString setAsideSentence(const QString &file, const QString &journal, const QString &asideName)
{
    return Messages::tr("A journal beside %1 did not belong to it and was not applied; it is kept as %2.")
        .arg(shownName(file), asideName.isEmpty() ? shownName(journal) : shownName(asideName));
}

QStringList setAsideJournalsOf(const QString &path)
{
    QStringList notes;
    for (const QString &journal : strayJournals(path)) {
        const QString aside = setAside(journal);
        if (aside.isEmpty())
            throw UserError(Messages::tr("A journal of an earlier file named %1 is in the way and cannot be moved aside; remove %2 first.").arg(shownName(path), shownName(journal)));
        notes << setAsideSentence(path, journal, aside);
    }
    ::unlink(native(path + QStringLiteral("-shm")).constData());
    return notes;
}

bool copyFileBytes(const QString &from, const QString &to)
{
    const int in = ::open(native(from).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (in < 0)
        return false;
    const int out = ::open(native(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (out < 0) {
        ::close(in);
        return false;
    }
    bool ok = true;
    for (;;) {
        const ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, 1 << 30, 0);
        if (n == 0)
            break;
        if (n < 0) {
            ok = false;
            break;
        }
    }
    ::close(in);
    ok = ::close(out) == 0 && ok;
    if (!ok)
        ::unlink(native(to).constData());
    return ok;
}

FileLock::~FileLock() { unlock(); }

FileLock::Result FileLock::tryLock(const QString &path)
{
    unlock();
    const int fd = ::open(native(path).constData(), O_RDWR | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Result::CannotLock;
    struct flock fl {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = kLockOffset;
    fl.l_len = 1;
    if (::fcntl(fd, F_OFD_SETLK, &fl) != 0 && (errno == EAGAIN || errno == EACCES)) {
        ::close(fd);
        return Result::HeldElsewhere;
    }
    // Locked, or a file system without locks (then as good as SQLite gets).
    m_fd = fd;
    // The note beside the file only names the holder for a message; when it
    // cannot be written (full disk, a name too long) the lock still holds.
    m_note = path + QStringLiteral(".lock");
    const int note = ::open(native(m_note).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (note >= 0) {
        const QByteArray text = QByteArray::number(qint64(::getpid())) + "\nakkoord\n" + QSysInfo::machineHostName().toUtf8() + '\n';
        if (::write(note, text.constData(), std::size_t(text.size())) != ssize_t(text.size()))
            m_note.clear();
        ::close(note);
    } else {
        m_note.clear();
    }
    return Result::Locked;
}

QString FileLock::holder(const QString &path)
{
    QFile note(path + QStringLiteral(".lock"));
    if (note.size() > 4096 || !note.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = note.readAll().split('\n');
    bool ok = false;
    const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
    if (!ok || pid <= 0 || pid > 0x7fffffff || ::kill(pid_t(pid), 0) != 0)
        return {};
    const QString host = printable(QString::fromUtf8(lines.value(2).trimmed().left(255)));
    return host.isEmpty() ? Messages::tr("process %1").arg(pid) : Messages::tr("process %1 on %2").arg(pid).arg(host);
}

void FileLock::unlock()
{
    if (m_fd < 0)
        return;
    if (!m_note.isEmpty())
        ::unlink(native(m_note).constData());
    m_note.clear();
    ::close(m_fd);
    m_fd = -1;
}

bool lockedElsewhere(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock fl {};
    fl.l_type = F_RDLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = kLockOffset;
    fl.l_len = 1;
    const bool held = ::fcntl(fd, F_OFD_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

} // namespace akkoord::detail
