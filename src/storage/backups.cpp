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

#include <algorithm>

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
    const QString target = QDir(folder).filePath(now.toString(QLatin1String(kStampFormat)) + QStringLiteral(".akkoord"));
    file.backupTo(target);
    const QList<Backup> all = list(file.path());
    for (qsizetype i = kBackupsKept; i < all.size(); ++i)
        QFile::remove(all[i].path);
    return Backup{target, now, QFileInfo(target).size()};
}

QList<Backup> Backups::list(const QString &trajectoryPath)
{
    QList<Backup> out;
    for (const QString &dir : {folderFor(trajectoryPath), legacyFolderFor(trajectoryPath)}) {
        for (const QFileInfo &info : QDir(dir).entryInfoList({QStringLiteral("*.akkoord")}, QDir::Files)) {
            QDateTime at = QDateTime::fromString(info.completeBaseName(), QLatin1String(kStampFormat));
            at.setTimeSpec(Qt::UTC);
            out.append(Backup{info.absoluteFilePath(), at.isValid() ? at : info.lastModified(), info.size()});
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
