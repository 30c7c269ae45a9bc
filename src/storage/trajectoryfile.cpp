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
    return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 cannot be written (it or its folder is read-only). Your text is kept; save a copy elsewhere.")
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
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "The disk is full: the last change to %1 could not be saved. Free some space; your text is kept and saved again when there is room.").arg(name));
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
        return UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "Reading or writing %1 failed (a disk or network error). Your text is kept; check the disk and try again.").arg(name));
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
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "%1 was moved or removed while it was open, so the last change could not be saved. Your text is kept and saved as soon as the file is back in its place; or save a copy elsewhere.")
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

QList<std::pair<QString, QString>> infoPairs(const TrajectoryInfo &i)
{
    return {{QStringLiteral("title"), i.title},
            {QStringLiteral("shortTitle"), i.shortTitle},
            {QStringLiteral("issue"), i.issue},
            {QStringLiteral("municipality"), i.municipality},
            {QStringLiteral("facilitator"), i.facilitator},
            {QStringLiteral("createdOn"), dateToText(i.createdOn)},
            {QStringLiteral("startDate"), dateToText(i.startDate)},
            {QStringLiteral("durationYears"), QString::number(i.durationYears)},
            {QStringLiteral("evaluationRhythm"), i.evaluationRhythm},
            {QStringLiteral("signingPlace"), i.signingPlace},
            {QStringLiteral("signingDate"), dateToText(i.signingDate)},
            {QStringLiteral("catalogVersion"), i.catalogVersion}};
}

QString defaultAuthor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

QString jsonText(const nlohmann::ordered_json &j) { return QString::fromStdString(j.dump()); }

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
    auto created = open(target.absoluteFilePath());
    created->m_openNotes = notes + created->m_openNotes;
    return created;
}

void TrajectoryFile::requireChanged()
{
    if (m_db->getChanges() == 0)
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "This item no longer exists in the file."));
}

void TrajectoryFile::appendHistory(const QString &entity, const QString &key, const QString &oldValue, const QString &newValue)
{
    SQLite::Statement q(*m_db, "INSERT INTO history(at, author, entity, key, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)");
    bindText(q, 1, timeToText(QDateTime::currentDateTimeUtc()));
    bindText(q, 2, m_author);
    bindText(q, 3, entity);
    bindText(q, 4, key);
    bindOptionalText(q, 5, oldValue);
    bindOptionalText(q, 6, newValue);
    q.exec();
}

TrajectoryData TrajectoryFile::load() const
{
    TrajectoryData d;
    try {
        {
            SQLite::Statement q(*m_db, "SELECT key, value FROM info");
            QHash<QString, QString> kv;
            while (q.executeStep())
                kv.insert(text(q.getColumn(0)), text(q.getColumn(1)));
            TrajectoryInfo &i = d.info;
            i.title = kv.value(QStringLiteral("title"));
            i.shortTitle = kv.value(QStringLiteral("shortTitle"));
            i.issue = kv.value(QStringLiteral("issue"));
            i.municipality = kv.value(QStringLiteral("municipality"));
            i.facilitator = kv.value(QStringLiteral("facilitator"));
            i.createdOn = dateFromText(kv.value(QStringLiteral("createdOn")));
            i.startDate = dateFromText(kv.value(QStringLiteral("startDate")));
            i.durationYears = kv.value(QStringLiteral("durationYears"), QStringLiteral("4")).toInt();
            i.evaluationRhythm = kv.value(QStringLiteral("evaluationRhythm"));
            i.signingPlace = kv.value(QStringLiteral("signingPlace"));
            i.signingDate = dateFromText(kv.value(QStringLiteral("signingDate")));
            i.catalogVersion = kv.value(QStringLiteral("catalogVersion"));
        }
        {
            SQLite::Statement q(*m_db, "SELECT id, position, organisation, domain, role, contact_name, contact_email, contact_phone, "
                                       "signatory_name, signatory_function, signatory_mandate FROM partners ORDER BY position, id");
            while (q.executeStep()) {
                Partner p;
                p.id = q.getColumn(0).getInt64();
                p.position = q.getColumn(1).getInt();
                p.organisation = text(q.getColumn(2));
                p.domain = domainFromKey(text(q.getColumn(3))).value_or(PartnerDomain::Other);
                p.role = roleFromKey(text(q.getColumn(4))).value_or(PartnerRole::Core);
                p.contactName = text(q.getColumn(5));
                p.contactEmail = text(q.getColumn(6));
                p.contactPhone = text(q.getColumn(7));
                p.signatory.name = text(q.getColumn(8));
                p.signatory.function = text(q.getColumn(9));
                p.signatory.underMandateReservation = q.getColumn(10).getInt() != 0;
                d.partners.append(p);
            }
        }
        {
            SQLite::Statement q(*m_db, "SELECT question_id, text, choices, status, updated_at FROM answers ORDER BY question_id");
            while (q.executeStep()) {
                Answer a;
                a.questionId = text(q.getColumn(0));
                a.text = text(q.getColumn(1));
                const auto choices = nlohmann::json::parse(q.getColumn(2).getString(), nullptr, false);
                if (choices.is_array())
                    for (const auto &c : choices)
                        if (c.is_string())
                            a.choices.append(QString::fromStdString(c.get<std::string>()));
                a.status = answerStatusFromKey(text(q.getColumn(3))).value_or(AnswerStatus::Open);
                a.updatedAt = timeFromText(text(q.getColumn(4)));
                d.answers.append(a);
            }
        }
        {
            SQLite::Statement q(*m_db, "SELECT question_id, partner_id, text, updated_at FROM perspectives ORDER BY question_id, partner_id");
            while (q.executeStep())
                d.perspectives.append(Perspective{text(q.getColumn(0)), q.getColumn(1).getInt64(), text(q.getColumn(2)), timeFromText(text(q.getColumn(3)))});
        }
        {
            SQLite::Statement q(*m_db, "SELECT question_id, partner_id, score, reason FROM ratings ORDER BY question_id, partner_id");
            while (q.executeStep())
                d.ratings.append(Rating{text(q.getColumn(0)), q.getColumn(1).getInt64(), q.getColumn(2).getInt(), text(q.getColumn(3))});
        }
        {
            SQLite::Statement q(*m_db, "SELECT id, position, title, intended_result FROM ambitions ORDER BY position, id");
            while (q.executeStep())
                d.ambitions.append(Ambition{q.getColumn(0).getInt64(), text(q.getColumn(2)), text(q.getColumn(3)), q.getColumn(1).getInt()});
        }
        d.agreements = loadAgreements(std::nullopt);
        {
            SQLite::Statement q(*m_db, "SELECT id, position, about, to_whom, frequency, form FROM accountability ORDER BY position, id");
            while (q.executeStep())
                d.accountability.append(AccountabilityItem{q.getColumn(0).getInt64(), text(q.getColumn(2)), text(q.getColumn(3)),
                                                           text(q.getColumn(4)), text(q.getColumn(5)), q.getColumn(1).getInt()});
        }
        {
            SQLite::Statement q(*m_db, "SELECT id, date, description FROM evaluations ORDER BY date IS NULL, date, id");
            while (q.executeStep())
                d.evaluations.append(Evaluation{q.getColumn(0).getInt64(), dateFromText(text(q.getColumn(1))), text(q.getColumn(2))});
        }
        {
            SQLite::Statement q(*m_db, "SELECT id, date, place, notes FROM sessions ORDER BY date IS NULL, date, id");
            SQLite::Statement attendees(*m_db, "SELECT partner_id FROM session_attendees WHERE session_id = ? ORDER BY position, partner_id");
            while (q.executeStep()) {
                WorkshopSession w;
                w.id = q.getColumn(0).getInt64();
                w.date = dateFromText(text(q.getColumn(1)));
                w.place = text(q.getColumn(2));
                w.notes = text(q.getColumn(3));
                attendees.bind(1, w.id);
                while (attendees.executeStep())
                    w.attendees.append(attendees.getColumn(0).getInt64());
                attendees.reset();
                d.sessions.append(w);
            }
        }
        {
            SQLite::Statement q(*m_db, "SELECT id, name, date FROM assessment_rounds ORDER BY date IS NULL, date, id");
            while (q.executeStep())
                d.rounds.append(AssessmentRound{q.getColumn(0).getInt64(), text(q.getColumn(1)), dateFromText(text(q.getColumn(2)))});
        }
        {
            SQLite::Statement q(*m_db, "SELECT id, round_id, position, name, partner_id, role FROM respondents ORDER BY round_id, position, id");
            while (q.executeStep()) {
                Respondent r;
                r.id = q.getColumn(0).getInt64();
                r.round = q.getColumn(1).getInt64();
                r.position = q.getColumn(2).getInt();
                r.name = text(q.getColumn(3));
                if (!q.getColumn(4).isNull())
                    r.partner = q.getColumn(4).getInt64();
                r.role = roleFromKey(text(q.getColumn(5))).value_or(PartnerRole::Core);
                d.respondents.append(r);
            }
        }
        {
            SQLite::Statement q(*m_db, "SELECT respondent_id, statement_id, score FROM assessment_scores ORDER BY respondent_id, statement_id");
            while (q.executeStep())
                d.scores.append(AssessmentScore{q.getColumn(0).getInt64(), text(q.getColumn(1)), q.getColumn(2).getInt()});
        }
        {
            SQLite::Statement q(*m_db, "SELECT respondent_id, building_block, text FROM assessment_comments ORDER BY respondent_id, building_block");
            while (q.executeStep())
                d.comments.append(AssessmentComment{q.getColumn(0).getInt64(), text(q.getColumn(1)), text(q.getColumn(2))});
        }
        loadWorkshop(d);
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
    return d;
}

QList<Agreement> TrajectoryFile::loadAgreements(std::optional<RecordId> only) const
{
    QList<Agreement> out;
    SQLite::Statement q(*m_db, only ? "SELECT id, position, building_block, what, owner_id, deadline, means, indicator, target, status "
                                      "FROM agreements WHERE id = ?"
                                    : "SELECT id, position, building_block, what, owner_id, deadline, means, indicator, target, status "
                                      "FROM agreements ORDER BY position, id");
    if (only)
        q.bind(1, *only);
    SQLite::Statement contributors(*m_db, "SELECT partner_id FROM agreement_contributors WHERE agreement_id = ? ORDER BY position, partner_id");
    SQLite::Statement ambitions(*m_db, "SELECT ambition_id FROM agreement_ambitions WHERE agreement_id = ? ORDER BY position, ambition_id");
    while (q.executeStep()) {
        Agreement a;
        a.id = q.getColumn(0).getInt64();
        a.position = q.getColumn(1).getInt();
        a.buildingBlock = text(q.getColumn(2));
        a.what = text(q.getColumn(3));
        if (!q.getColumn(4).isNull())
            a.owner = q.getColumn(4).getInt64();
        a.deadline = dateFromText(text(q.getColumn(5)));
        a.means = text(q.getColumn(6));
        a.indicator = text(q.getColumn(7));
        a.target = text(q.getColumn(8));
        a.status = agreementStatusFromKey(text(q.getColumn(9))).value_or(AgreementStatus::Proposed);
        contributors.bind(1, a.id);
        while (contributors.executeStep())
            a.contributors.append(contributors.getColumn(0).getInt64());
        contributors.reset();
        ambitions.bind(1, a.id);
        while (ambitions.executeStep())
            a.ambitions.append(ambitions.getColumn(0).getInt64());
        ambitions.reset();
        out.append(a);
    }
    return out;
}

std::optional<Agreement> TrajectoryFile::loadAgreement(RecordId id) const
{
    const QList<Agreement> found = loadAgreements(id);
    return found.isEmpty() ? std::nullopt : std::optional<Agreement>(found.first());
}

namespace {
QList<HistoryEntry> readHistory(SQLite::Statement &q)
{
    QList<HistoryEntry> out;
    while (q.executeStep())
        out.append(HistoryEntry{q.getColumn(0).getInt64(), timeFromText(text(q.getColumn(1))), text(q.getColumn(2)), text(q.getColumn(3)),
                                text(q.getColumn(4)), text(q.getColumn(5)), text(q.getColumn(6))});
    return out;
}
} // namespace

QList<HistoryEntry> TrajectoryFile::history(const QString &entity, const QString &key) const
{
    try {
        SQLite::Statement q(*m_db, "SELECT id, at, author, entity, key, old_value, new_value FROM history WHERE entity = ? AND key = ? ORDER BY id");
        bindText(q, 1, entity);
        bindText(q, 2, key);
        return readHistory(q);
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
}

QList<HistoryEntry> TrajectoryFile::allHistory() const
{
    try {
        SQLite::Statement q(*m_db, "SELECT id, at, author, entity, key, old_value, new_value FROM history ORDER BY id");
        return readHistory(q);
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
}

ExchangeData TrajectoryFile::exportAll() const
{
    ExchangeData out;
    try {
        // One read transaction, so the export is a consistent snapshot even
        // while another connection writes.
        m_db->exec("BEGIN");
        out.data = load();
        out.history = allHistory();
        m_db->exec("COMMIT");
    } catch (const SQLite::Exception &e) {
        m_db->tryExec("ROLLBACK");
        throw sqlError(e, m_path);
    } catch (...) {
        m_db->tryExec("ROLLBACK");
        throw;
    }
    return out;
}

void TrajectoryFile::setInfo(const TrajectoryInfo &info)
{
    write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO info(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        for (const auto &[key, value] : infoPairs(info)) {
            bindText(q, 1, key);
            bindText(q, 2, value);
            q.exec();
            q.reset();
        }
    });
}

PartnerId TrajectoryFile::addPartner(const Partner &partner)
{
    return write([&] {
        const Partner &p = partner;
        SQLite::Statement q(*m_db, "INSERT INTO partners(id, position, organisation, domain, role, contact_name, contact_email, contact_phone, "
                                   "signatory_name, signatory_function, signatory_mandate) VALUES (?, "
                                   "(SELECT COALESCE(MAX(position) + 1, 0) FROM partners), ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindId(q, 1, p.id);
        bindText(q, 2, p.organisation);
        bindText(q, 3, domainKey(p.domain));
        bindText(q, 4, roleKey(p.role));
        bindText(q, 5, p.contactName);
        bindText(q, 6, p.contactEmail);
        bindText(q, 7, p.contactPhone);
        bindText(q, 8, p.signatory.name);
        bindText(q, 9, p.signatory.function);
        q.bind(10, p.signatory.underMandateReservation ? 1 : 0);
        q.exec();
        return PartnerId(m_db->getLastInsertRowid());
    });
}

void TrajectoryFile::updatePartner(const Partner &p)
{
    write([&] {
        SQLite::Statement q(*m_db, "UPDATE partners SET organisation = ?, domain = ?, role = ?, contact_name = ?, contact_email = ?, "
                                   "contact_phone = ?, signatory_name = ?, signatory_function = ?, signatory_mandate = ? WHERE id = ?");
        bindText(q, 1, p.organisation);
        bindText(q, 2, domainKey(p.domain));
        bindText(q, 3, roleKey(p.role));
        bindText(q, 4, p.contactName);
        bindText(q, 5, p.contactEmail);
        bindText(q, 6, p.contactPhone);
        bindText(q, 7, p.signatory.name);
        bindText(q, 8, p.signatory.function);
        q.bind(9, p.signatory.underMandateReservation ? 1 : 0);
        q.bind(10, p.id);
        q.exec();
        requireChanged();
    });
}

void TrajectoryFile::removePartner(PartnerId id)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM partners WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

void TrajectoryFile::setPartnerOrder(const QList<PartnerId> &order)
{
    write([&] {
        SQLite::Statement q(*m_db, "UPDATE partners SET position = ? WHERE id = ?");
        for (qsizetype i = 0; i < order.size(); ++i) {
            q.bind(1, int(i));
            q.bind(2, order[i]);
            q.exec();
            q.reset();
        }
    });
}

void TrajectoryFile::saveAnswer(const Answer &answer)
{
    write([&] {
        QString oldValue;
        {
            SQLite::Statement q(*m_db, "SELECT question_id, text, choices, status, updated_at FROM answers WHERE question_id = ?");
            bindText(q, 1, answer.questionId);
            if (q.executeStep()) {
                Answer old;
                old.questionId = answer.questionId;
                old.text = text(q.getColumn(1));
                const auto choices = nlohmann::json::parse(q.getColumn(2).getString(), nullptr, false);
                if (choices.is_array())
                    for (const auto &c : choices)
                        if (c.is_string())
                            old.choices.append(QString::fromStdString(c.get<std::string>()));
                old.status = answerStatusFromKey(text(q.getColumn(3))).value_or(AnswerStatus::Open);
                if (old.text == answer.text && old.choices == answer.choices && old.status == answer.status)
                    return; // nothing changed: no write, no history row
                oldValue = jsonText(answerToJson(old));
            }
        }
        Answer saved = answer;
        saved.updatedAt = QDateTime::currentDateTimeUtc();
        nlohmann::ordered_json choices = nlohmann::ordered_json::array();
        for (const QString &c : saved.choices)
            choices.push_back(u8(c));
        SQLite::Statement q(*m_db, "INSERT INTO answers(question_id, text, choices, status, updated_at) VALUES (?, ?, ?, ?, ?) "
                                   "ON CONFLICT(question_id) DO UPDATE SET text = excluded.text, choices = excluded.choices, "
                                   "status = excluded.status, updated_at = excluded.updated_at");
        bindText(q, 1, saved.questionId);
        bindText(q, 2, saved.text);
        q.bind(3, choices.dump());
        bindText(q, 4, answerStatusKey(saved.status));
        bindText(q, 5, timeToText(saved.updatedAt));
        q.exec();
        Answer forHistory = saved;
        forHistory.updatedAt = {};
        appendHistory(QStringLiteral("answer"), saved.questionId, oldValue, jsonText(answerToJson(forHistory)));
    });
}

void TrajectoryFile::savePerspective(const Perspective &perspective)
{
    write([&] {
        const QString key = perspective.questionId + QLatin1Char('/') + QString::number(perspective.partnerId);
        QString oldText;
        bool existed = false;
        {
            SQLite::Statement q(*m_db, "SELECT text FROM perspectives WHERE question_id = ? AND partner_id = ?");
            bindText(q, 1, perspective.questionId);
            q.bind(2, perspective.partnerId);
            if (q.executeStep()) {
                existed = true;
                oldText = text(q.getColumn(0));
            }
        }
        if (existed && oldText == perspective.text)
            return;
        SQLite::Statement q(*m_db, "INSERT INTO perspectives(question_id, partner_id, text, updated_at) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT(question_id, partner_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at");
        bindText(q, 1, perspective.questionId);
        q.bind(2, perspective.partnerId);
        bindText(q, 3, perspective.text);
        bindText(q, 4, timeToText(QDateTime::currentDateTimeUtc()));
        q.exec();
        Perspective before{perspective.questionId, perspective.partnerId, oldText, {}};
        Perspective after{perspective.questionId, perspective.partnerId, perspective.text, {}};
        appendHistory(QStringLiteral("perspective"), key, existed ? jsonText(perspectiveToJson(before)) : QString(),
                      jsonText(perspectiveToJson(after)));
    });
}

void TrajectoryFile::saveRating(const Rating &rating)
{
    if (rating.score < 1 || rating.score > 5)
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "A rating must be between 1 and 5."));
    write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO ratings(question_id, partner_id, score, reason) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT(question_id, partner_id) DO UPDATE SET score = excluded.score, reason = excluded.reason");
        bindText(q, 1, rating.questionId);
        q.bind(2, rating.partnerId);
        q.bind(3, rating.score);
        bindText(q, 4, rating.reason);
        q.exec();
    });
}

void TrajectoryFile::removeRating(const QString &questionId, PartnerId partner)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM ratings WHERE question_id = ? AND partner_id = ?");
        bindText(q, 1, questionId);
        q.bind(2, partner);
        q.exec();
    });
}

RecordId TrajectoryFile::addAmbition(const Ambition &a)
{
    return write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO ambitions(position, title, intended_result, id) VALUES ((SELECT COALESCE(MAX(position) + 1, 0) FROM ambitions), ?, ?, ?)");
        bindText(q, 1, a.title);
        bindText(q, 2, a.intendedResult);
        bindId(q, 3, a.id);
        q.exec();
        return RecordId(m_db->getLastInsertRowid());
    });
}

void TrajectoryFile::updateAmbition(const Ambition &a)
{
    write([&] {
        SQLite::Statement q(*m_db, "UPDATE ambitions SET title = ?, intended_result = ? WHERE id = ?");
        bindText(q, 1, a.title);
        bindText(q, 2, a.intendedResult);
        q.bind(3, a.id);
        q.exec();
        requireChanged();
    });
}

void TrajectoryFile::removeAmbition(RecordId id)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM ambitions WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

void TrajectoryFile::replaceContributors(RecordId agreement, const Agreement &a)
{
    SQLite::Statement clearC(*m_db, "DELETE FROM agreement_contributors WHERE agreement_id = ?");
    clearC.bind(1, agreement);
    clearC.exec();
    SQLite::Statement clearA(*m_db, "DELETE FROM agreement_ambitions WHERE agreement_id = ?");
    clearA.bind(1, agreement);
    clearA.exec();
    SQLite::Statement c(*m_db, "INSERT OR IGNORE INTO agreement_contributors(agreement_id, partner_id, position) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < a.contributors.size(); ++i) {
        c.bind(1, agreement);
        c.bind(2, a.contributors[i]);
        c.bind(3, int(i));
        c.exec();
        c.reset();
    }
    SQLite::Statement m(*m_db, "INSERT OR IGNORE INTO agreement_ambitions(agreement_id, ambition_id, position) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < a.ambitions.size(); ++i) {
        m.bind(1, agreement);
        m.bind(2, a.ambitions[i]);
        m.bind(3, int(i));
        m.exec();
        m.reset();
    }
}

namespace {
void bindAgreement(SQLite::Statement &q, const Agreement &a)
{
    bindText(q, 1, a.buildingBlock);
    bindText(q, 2, a.what);
    if (a.owner)
        q.bind(3, *a.owner);
    else
        q.bind(3);
    bindOptionalText(q, 4, dateToText(a.deadline));
    bindText(q, 5, a.means);
    bindText(q, 6, a.indicator);
    bindText(q, 7, a.target);
    bindText(q, 8, agreementStatusKey(a.status));
}

Agreement withoutPosition(Agreement a)
{
    a.position = 0;
    return a;
}
} // namespace

RecordId TrajectoryFile::addAgreement(const Agreement &agreement)
{
    return write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO agreements(building_block, what, owner_id, deadline, means, indicator, target, status, id, position) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM agreements))");
        bindAgreement(q, agreement);
        bindId(q, 9, agreement.id);
        q.exec();
        const RecordId id = m_db->getLastInsertRowid();
        replaceContributors(id, agreement);
        Agreement saved = withoutPosition(agreement);
        saved.id = id;
        appendHistory(QStringLiteral("agreement"), QString::number(id), {}, jsonText(agreementToJson(saved)));
        return id;
    });
}

void TrajectoryFile::updateAgreement(const Agreement &agreement)
{
    write([&] {
        const std::optional<Agreement> current = loadAgreement(agreement.id);
        if (!current)
            throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "This agreement no longer exists in the file."));
        const Agreement old = withoutPosition(*current);
        const Agreement now = withoutPosition(agreement);
        if (old == now)
            return;
        SQLite::Statement q(*m_db, "UPDATE agreements SET building_block = ?, what = ?, owner_id = ?, deadline = ?, means = ?, indicator = ?, "
                                   "target = ?, status = ? WHERE id = ?");
        bindAgreement(q, agreement);
        q.bind(9, agreement.id);
        q.exec();
        replaceContributors(agreement.id, agreement);
        appendHistory(QStringLiteral("agreement"), QString::number(agreement.id), jsonText(agreementToJson(old)), jsonText(agreementToJson(now)));
    });
}

void TrajectoryFile::removeAgreement(RecordId id)
{
    write([&] {
        const std::optional<Agreement> current = loadAgreement(id);
        if (!current)
            return;
        SQLite::Statement q(*m_db, "DELETE FROM agreements WHERE id = ?");
        q.bind(1, id);
        q.exec();
        appendHistory(QStringLiteral("agreement"), QString::number(id), jsonText(agreementToJson(withoutPosition(*current))), {});
    });
}

RecordId TrajectoryFile::addAccountability(const AccountabilityItem &a)
{
    return write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO accountability(position, about, to_whom, frequency, form, id) "
                                   "VALUES ((SELECT COALESCE(MAX(position) + 1, 0) FROM accountability), ?, ?, ?, ?, ?)");
        bindText(q, 1, a.about);
        bindText(q, 2, a.toWhom);
        bindText(q, 3, a.frequency);
        bindText(q, 4, a.form);
        bindId(q, 5, a.id);
        q.exec();
        return RecordId(m_db->getLastInsertRowid());
    });
}

void TrajectoryFile::updateAccountability(const AccountabilityItem &a)
{
    write([&] {
        SQLite::Statement q(*m_db, "UPDATE accountability SET about = ?, to_whom = ?, frequency = ?, form = ? WHERE id = ?");
        bindText(q, 1, a.about);
        bindText(q, 2, a.toWhom);
        bindText(q, 3, a.frequency);
        bindText(q, 4, a.form);
        q.bind(5, a.id);
        q.exec();
        requireChanged();
    });
}

void TrajectoryFile::removeAccountability(RecordId id)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM accountability WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

RecordId TrajectoryFile::addEvaluation(const Evaluation &e)
{
    return write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO evaluations(date, description, id) VALUES (?, ?, ?)");
        bindOptionalText(q, 1, dateToText(e.date));
        bindText(q, 2, e.description);
        bindId(q, 3, e.id);
        q.exec();
        return RecordId(m_db->getLastInsertRowid());
    });
}

void TrajectoryFile::updateEvaluation(const Evaluation &e)
{
    write([&] {
        SQLite::Statement q(*m_db, "UPDATE evaluations SET date = ?, description = ? WHERE id = ?");
        bindOptionalText(q, 1, dateToText(e.date));
        bindText(q, 2, e.description);
        q.bind(3, e.id);
        q.exec();
        requireChanged();
    });
}

void TrajectoryFile::removeEvaluation(RecordId id)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM evaluations WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

namespace {
void replaceAttendees(SQLite::Database &db, RecordId session, const QList<PartnerId> &attendees)
{
    SQLite::Statement clear(db, "DELETE FROM session_attendees WHERE session_id = ?");
    clear.bind(1, session);
    clear.exec();
    SQLite::Statement q(db, "INSERT OR IGNORE INTO session_attendees(session_id, partner_id, position) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < attendees.size(); ++i) {
        q.bind(1, session);
        q.bind(2, attendees[i]);
        q.bind(3, int(i));
        q.exec();
        q.reset();
    }
}
} // namespace

RecordId TrajectoryFile::addSession(const WorkshopSession &w)
{
    return write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO sessions(date, place, notes) VALUES (?, ?, ?)");
        bindOptionalText(q, 1, dateToText(w.date));
        bindText(q, 2, w.place);
        bindText(q, 3, w.notes);
        q.exec();
        const RecordId id = m_db->getLastInsertRowid();
        replaceAttendees(*m_db, id, w.attendees);
        return id;
    });
}

void TrajectoryFile::updateSession(const WorkshopSession &w)
{
    write([&] {
        SQLite::Statement q(*m_db, "UPDATE sessions SET date = ?, place = ?, notes = ? WHERE id = ?");
        bindOptionalText(q, 1, dateToText(w.date));
        bindText(q, 2, w.place);
        bindText(q, 3, w.notes);
        q.bind(4, w.id);
        q.exec();
        replaceAttendees(*m_db, w.id, w.attendees);
    });
}

void TrajectoryFile::removeSession(RecordId id)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM sessions WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

void TrajectoryFile::writeAll(const ExchangeData &exchange)
{
    write([&] {
        const TrajectoryData &d = exchange.data;
        SQLite::Statement info(*m_db, "INSERT OR REPLACE INTO info(key, value) VALUES (?, ?)");
        for (const auto &[key, value] : infoPairs(d.info)) {
            bindText(info, 1, key);
            bindText(info, 2, value);
            info.exec();
            info.reset();
        }
        SQLite::Statement partner(*m_db, "INSERT INTO partners(id, position, organisation, domain, role, contact_name, contact_email, contact_phone, "
                                         "signatory_name, signatory_function, signatory_mandate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (qsizetype i = 0; i < d.partners.size(); ++i) {
            const Partner &p = d.partners[i];
            partner.bind(1, p.id);
            partner.bind(2, int(i));
            bindText(partner, 3, p.organisation);
            bindText(partner, 4, domainKey(p.domain));
            bindText(partner, 5, roleKey(p.role));
            bindText(partner, 6, p.contactName);
            bindText(partner, 7, p.contactEmail);
            bindText(partner, 8, p.contactPhone);
            bindText(partner, 9, p.signatory.name);
            bindText(partner, 10, p.signatory.function);
            partner.bind(11, p.signatory.underMandateReservation ? 1 : 0);
            partner.exec();
            partner.reset();
        }
        SQLite::Statement answer(*m_db, "INSERT INTO answers(question_id, text, choices, status, updated_at) VALUES (?, ?, ?, ?, ?)");
        for (const Answer &a : d.answers) {
            bindText(answer, 1, a.questionId);
            bindText(answer, 2, a.text);
            answer.bind(3, answerToJson(a)["choices"].dump());
            bindText(answer, 4, answerStatusKey(a.status));
            bindOptionalText(answer, 5, timeToText(a.updatedAt));
            answer.exec();
            answer.reset();
        }
        SQLite::Statement perspective(*m_db, "INSERT INTO perspectives(question_id, partner_id, text, updated_at) VALUES (?, ?, ?, ?)");
        for (const Perspective &p : d.perspectives) {
            bindText(perspective, 1, p.questionId);
            perspective.bind(2, p.partnerId);
            bindText(perspective, 3, p.text);
            bindOptionalText(perspective, 4, timeToText(p.updatedAt));
            perspective.exec();
            perspective.reset();
        }
        SQLite::Statement rating(*m_db, "INSERT INTO ratings(question_id, partner_id, score, reason) VALUES (?, ?, ?, ?)");
        for (const Rating &r : d.ratings) {
            bindText(rating, 1, r.questionId);
            rating.bind(2, r.partnerId);
            rating.bind(3, r.score);
            bindText(rating, 4, r.reason);
            rating.exec();
            rating.reset();
        }
        SQLite::Statement ambition(*m_db, "INSERT INTO ambitions(id, position, title, intended_result) VALUES (?, ?, ?, ?)");
        for (qsizetype i = 0; i < d.ambitions.size(); ++i) {
            const Ambition &a = d.ambitions[i];
            ambition.bind(1, a.id);
            ambition.bind(2, int(i));
            bindText(ambition, 3, a.title);
            bindText(ambition, 4, a.intendedResult);
            ambition.exec();
            ambition.reset();
        }
        SQLite::Statement agreement(*m_db, "INSERT INTO agreements(building_block, what, owner_id, deadline, means, indicator, target, status, id, position) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (qsizetype i = 0; i < d.agreements.size(); ++i) {
            const Agreement &a = d.agreements[i];
            bindAgreement(agreement, a);
            agreement.bind(9, a.id);
            agreement.bind(10, int(i));
            agreement.exec();
            agreement.reset();
            replaceContributors(a.id, a);
        }
        SQLite::Statement account(*m_db, "INSERT INTO accountability(id, position, about, to_whom, frequency, form) VALUES (?, ?, ?, ?, ?, ?)");
        for (qsizetype i = 0; i < d.accountability.size(); ++i) {
            const AccountabilityItem &a = d.accountability[i];
            account.bind(1, a.id);
            account.bind(2, int(i));
            bindText(account, 3, a.about);
            bindText(account, 4, a.toWhom);
            bindText(account, 5, a.frequency);
            bindText(account, 6, a.form);
            account.exec();
            account.reset();
        }
        SQLite::Statement evaluation(*m_db, "INSERT INTO evaluations(id, date, description) VALUES (?, ?, ?)");
        for (const Evaluation &e : d.evaluations) {
            evaluation.bind(1, e.id);
            bindOptionalText(evaluation, 2, dateToText(e.date));
            bindText(evaluation, 3, e.description);
            evaluation.exec();
            evaluation.reset();
        }
        SQLite::Statement session(*m_db, "INSERT INTO sessions(id, date, place, notes) VALUES (?, ?, ?, ?)");
        for (const WorkshopSession &w : d.sessions) {
            session.bind(1, w.id);
            bindOptionalText(session, 2, dateToText(w.date));
            bindText(session, 3, w.place);
            bindText(session, 4, w.notes);
            session.exec();
            session.reset();
            replaceAttendees(*m_db, w.id, w.attendees);
        }
        writeAssessments(d);
        writeWorkshop(d);
        SQLite::Statement history(*m_db, "INSERT INTO history(id, at, author, entity, key, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const HistoryEntry &h : exchange.history) {
            history.bind(1, h.id);
            bindText(history, 2, timeToText(h.at));
            bindText(history, 3, h.author);
            bindText(history, 4, h.entity);
            bindText(history, 5, h.key);
            bindOptionalText(history, 6, h.oldValue);
            bindOptionalText(history, 7, h.newValue);
            history.exec();
            history.reset();
        }
    });
}

namespace {
void bindRespondent(SQLite::Statement &q, const Respondent &r)
{
    q.bind(1, r.round);
    bindText(q, 2, r.name);
    if (r.partner)
        q.bind(3, *r.partner);
    else
        q.bind(3);
    bindText(q, 4, roleKey(r.role));
}
} // namespace

void TrajectoryFile::writeAssessments(const TrajectoryData &d)
{
    SQLite::Statement round(*m_db, "INSERT INTO assessment_rounds(id, name, date) VALUES (?, ?, ?)");
    for (const AssessmentRound &r : d.rounds) {
        round.bind(1, r.id);
        bindText(round, 2, r.name);
        bindOptionalText(round, 3, dateToText(r.date));
        round.exec();
        round.reset();
    }
    SQLite::Statement respondent(*m_db, "INSERT INTO respondents(round_id, name, partner_id, role, id, position) VALUES (?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < d.respondents.size(); ++i) {
        bindRespondent(respondent, d.respondents[i]);
        respondent.bind(5, d.respondents[i].id);
        respondent.bind(6, int(i));
        respondent.exec();
        respondent.reset();
    }
    SQLite::Statement score(*m_db, "INSERT INTO assessment_scores(respondent_id, statement_id, score) VALUES (?, ?, ?)");
    for (const AssessmentScore &s : d.scores) {
        score.bind(1, s.respondent);
        bindText(score, 2, s.statementId);
        score.bind(3, s.score);
        score.exec();
        score.reset();
    }
    SQLite::Statement comment(*m_db, "INSERT INTO assessment_comments(respondent_id, building_block, text) VALUES (?, ?, ?)");
    for (const AssessmentComment &c : d.comments) {
        comment.bind(1, c.respondent);
        bindText(comment, 2, c.buildingBlock);
        bindText(comment, 3, c.text);
        comment.exec();
        comment.reset();
    }
}

RecordId TrajectoryFile::addRound(const AssessmentRound &r)
{
    return write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO assessment_rounds(name, date, id) VALUES (?, ?, ?)");
        bindText(q, 1, r.name);
        bindOptionalText(q, 2, dateToText(r.date));
        bindId(q, 3, r.id);
        q.exec();
        return RecordId(m_db->getLastInsertRowid());
    });
}

void TrajectoryFile::updateRound(const AssessmentRound &r)
{
    write([&] {
        SQLite::Statement q(*m_db, "UPDATE assessment_rounds SET name = ?, date = ? WHERE id = ?");
        bindText(q, 1, r.name);
        bindOptionalText(q, 2, dateToText(r.date));
        q.bind(3, r.id);
        q.exec();
        requireChanged();
    });
}

void TrajectoryFile::removeRound(RecordId id)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM assessment_rounds WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

RecordId TrajectoryFile::addRespondent(const Respondent &r)
{
    return write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO respondents(round_id, name, partner_id, role, id, position) "
                                   "VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM respondents WHERE round_id = ?1))");
        bindRespondent(q, r);
        bindId(q, 5, r.id);
        q.exec();
        return RecordId(m_db->getLastInsertRowid());
    });
}

void TrajectoryFile::updateRespondent(const Respondent &r)
{
    write([&] {
        SQLite::Statement q(*m_db, "UPDATE respondents SET round_id = ?, name = ?, partner_id = ?, role = ? WHERE id = ?");
        bindRespondent(q, r);
        q.bind(5, r.id);
        q.exec();
        requireChanged();
    });
}

void TrajectoryFile::removeRespondent(RecordId id)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM respondents WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

void TrajectoryFile::setScore(const AssessmentScore &s)
{
    if (s.score < kDontKnow || s.score > 5)
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "A rating must be between 1 and 5, or \"don't know\"."));
    write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO assessment_scores(respondent_id, statement_id, score) VALUES (?, ?, ?) "
                                   "ON CONFLICT(respondent_id, statement_id) DO UPDATE SET score = excluded.score");
        q.bind(1, s.respondent);
        bindText(q, 2, s.statementId);
        q.bind(3, s.score);
        q.exec();
    });
}

void TrajectoryFile::clearScore(RecordId respondent, const QString &statementId)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM assessment_scores WHERE respondent_id = ? AND statement_id = ?");
        q.bind(1, respondent);
        bindText(q, 2, statementId);
        q.exec();
    });
}

void TrajectoryFile::setComment(const AssessmentComment &c)
{
    write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO assessment_comments(respondent_id, building_block, text) VALUES (?, ?, ?) "
                                   "ON CONFLICT(respondent_id, building_block) DO UPDATE SET text = excluded.text");
        q.bind(1, c.respondent);
        bindText(q, 2, c.buildingBlock);
        bindText(q, 3, c.text);
        q.exec();
    });
}

namespace {

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

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
