#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace akkoord {

class TrajectoryFile;

struct Backup
{
    QString path;
    QDateTime madeAt;
    qint64 size = 0;
};

// Automatic backups of .akkoord files, kept in the application's data folder
// (one folder per file, the newest kBackupsKept), so a damaged or
// mistakenly emptied file can always be brought back. AKKOORD_BACKUP_DIR
// overrides the folder (tests, or an organisation's own policy).
class Backups final
{
public:
    static constexpr int kBackupsKept = 10;

    static QString folderFor(const QString &trajectoryPath);
    // A consistent copy of the open file (SQLite's backup API, so edits in
    // the WAL are included). Old backups beyond kBackupsKept are removed.
    static Backup make(const TrajectoryFile &file);
    // Newest first.
    static QList<Backup> list(const QString &trajectoryPath);
    // Copies a backup to `target` (never overwriting an existing file) after
    // checking it opens as a sound Akkoord file; a journal left at that
    // name is set aside first (the returned sentences say so). Throws UserError.
    static QStringList restore(const Backup &backup, const QString &target);
};

} // namespace akkoord
