#include "storage/backups.h"

#include "domain/error.h"
#include "storage/fileguard.h"
#include "storage/trajectoryfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <optional>

namespace akkoord {

namespace {

QString root()
{
    const QString overridden = qEnvironmentVariable("AKKOORD_BACKUP_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

constexpr const char *kStampFormat = "yyyyMMdd-HHmmss-zzz";
// After the stamp: what the full check said ("" before checks existed).
const QString kVerified = QStringLiteral(".verified");
const QString kFailed = QStringLiteral(".failed");

bool integrityOk(const QString &path)
{
    try {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        SQLite::Statement check(db, "PRAGMA integrity_check");
        return check.executeStep() && check.getColumn(0).getString() == "ok" && !check.executeStep();
    } catch (const SQLite::Exception &) {
        return false;
    }
}

} // namespace

namespace {

QString pathHash(const QString &absolute)
{
    return QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

// Before backups were private: the folder also carried the trajectory's name.
QString legacyFolderFor(const QString &trajectoryPath)
{
    const QString absolute = QFileInfo(trajectoryPath).absoluteFilePath();
    return QDir(root()).filePath(QFileInfo(absolute).completeBaseName() + QLatin1Char('-') + pathHash(absolute));
}

} // namespace

// Named by a hash of the file's path only: a folder name must not tell the
// trajectory's title (personal data of children's services).
QString Backups::folderFor(const QString &trajectoryPath)
{
    return QDir(root()).filePath(QStringLiteral("file-") + pathHash(QFileInfo(trajectoryPath).absoluteFilePath()));
}

Backup Backups::make(const TrajectoryFile &file)
{
    const QString folder = folderFor(file.path());
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
        || !QFile::setPermissions(root(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        throw UserError(QCoreApplication::translate("akkoord::Backups", "No backup could be made: the folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stamp = QDir(folder).filePath(now.toString(QLatin1String(kStampFormat)));
    const QString checking = stamp + QStringLiteral(".checking");
    file.backupTo(checking);
    const bool ok = integrityOk(checking);
    const QString target = stamp + (ok ? kVerified : kFailed) + QStringLiteral(".akkoord");
    if (!QFile::rename(checking, target)) {
        QFile::remove(checking);
        throw UserError(QCoreApplication::translate("akkoord::Backups", "No backup could be made: %1 cannot be written.").arg(QDir::toNativeSeparators(target)));
    }
    const QList<Backup> all = list(file.path());
    const QList<Backup> keep = kept(all, now);
    for (const Backup &b : all)
        if (!std::any_of(keep.cbegin(), keep.cend(), [&](const Backup &k) { return k.path == b.path; }))
            QFile::remove(b.path);
    return Backup{target, now, QFileInfo(target).size(), ok ? Backup::Check::Verified : Backup::Check::Failed};
}

QList<Backup> Backups::kept(const QList<Backup> &all, const QDateTime &now)
{
    QList<Backup> sorted = all;
    std::sort(sorted.begin(), sorted.end(), [](const Backup &a, const Backup &b) { return a.madeAt > b.madeAt; });
    QList<Backup> keep;
    const auto add = [&](const Backup &b) {
        if (!std::any_of(keep.cbegin(), keep.cend(), [&](const Backup &k) { return k.path == b.path; }))
            keep.append(b);
    };
    for (qsizetype i = 0; i < sorted.size() && i < kRecent; ++i)
        add(sorted[i]);
    // The newest good one of each day and week back: good ones first, so a
    // damaged copy never stands in for a day that had a good one.
    const auto newestIn = [&](const QDateTime &from, const QDateTime &to) -> std::optional<Backup> {
        std::optional<Backup> any;
        for (const Backup &b : sorted) {
            if (b.madeAt <= from || b.madeAt > to)
                continue;
            if (b.check != Backup::Check::Failed)
                return b;
            if (!any)
                any = b;
        }
        return any;
    };
    for (int d = 0; d < kDays; ++d)
        if (const auto b = newestIn(now.addDays(-d - 1), now.addDays(-d)))
            add(*b);
    for (int w = 0; w < kWeeks; ++w)
        if (const auto b = newestIn(now.addDays(-7 * (w + 1)), now.addDays(-7 * w)))
            add(*b);
    const auto good = std::find_if(sorted.cbegin(), sorted.cend(), [](const Backup &b) { return b.check == Backup::Check::Verified; });
    if (good != sorted.cend())
        add(*good);
    std::sort(keep.begin(), keep.end(), [](const Backup &a, const Backup &b) { return a.madeAt > b.madeAt; });
    return keep;
}

QList<Backup> Backups::list(const QString &trajectoryPath)
{
    QList<Backup> out;
    for (const QString &dir : {folderFor(trajectoryPath), legacyFolderFor(trajectoryPath)}) {
        for (const QFileInfo &info : QDir(dir).entryInfoList({QStringLiteral("*.akkoord")}, QDir::Files)) {
            QString name = info.completeBaseName();
            Backup::Check check = Backup::Check::NotChecked;
            if (name.endsWith(kVerified))
                check = Backup::Check::Verified, name.chop(kVerified.size());
            else if (name.endsWith(kFailed))
                check = Backup::Check::Failed, name.chop(kFailed.size());
            QDateTime at = QDateTime::fromString(name, QLatin1String(kStampFormat));
            at.setTimeSpec(Qt::UTC);
            out.append(Backup{info.absoluteFilePath(), at.isValid() ? at : info.lastModified(), info.size(), check});
        }
    }
    std::sort(out.begin(), out.end(), [](const Backup &a, const Backup &b) { return a.madeAt > b.madeAt; });
    return out;
}

QStringList Backups::restore(const Backup &backup, const QString &target)
{
    if (QFileInfo::exists(target))
        throw UserError(QCoreApplication::translate("akkoord::Backups", "%1 already exists; choose another name for the restored file.").arg(QDir::toNativeSeparators(target)));
    // Check the backup itself first: restoring a damaged copy helps no one.
    TrajectoryFile::open(backup.path, TrajectoryFile::Access::ReadOnly);
    const QString temp = target + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!QFile::copy(backup.path, temp))
        throw UserError(QCoreApplication::translate("akkoord::Backups", "The backup could not be copied to %1 (is the disk full or the folder read-only?).").arg(QDir::toNativeSeparators(target)));
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The journal of a file that was lost in a crash must not be applied on
    // top of the restored copy.
    QStringList notes;
    try {
        notes = detail::setAsideJournalsOf(QFileInfo(target).absoluteFilePath());
    } catch (const UserError &) {
        QFile::remove(temp);
        throw;
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        throw UserError(QCoreApplication::translate("akkoord::Backups", "The restored file could not be written as %1.").arg(QDir::toNativeSeparators(target)));
    }
    return notes;
}

} // namespace akkoord
