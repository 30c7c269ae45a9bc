#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace akkoord {

class TrajectoryFile;

struct Backup
{
    enum class Check { Verified, Failed, NotChecked };
    QString path;
    QDateTime madeAt;
    qint64 size = 0;
    // Verified: SQLite's full integrity check passed when it was made.
    // Failed: the copy is kept (it may still hold what is needed) but never
    // counts as a good one. NotChecked: made by an older Akkoord.
    Check check = Check::NotChecked;
};

// Automatic backups of .akkoord files, kept in the application's data folder
// (one folder per file), so a damaged or mistakenly emptied file can always
// be brought back. AKKOORD_BACKUP_DIR overrides the folder (tests, or an
// organisation's own policy).
//
// Each backup is checked in full (PRAGMA integrity_check) when it is made.
// Kept: the last kRecent, the newest of each of the last 7 days and of each
// of the last 5 weeks, and always the newest verified one, so opening a
// quietly damaged file many times never pushes the last good copy out.
class Backups final
{
public:
    static constexpr int kRecent = 5;
    static constexpr int kDays = 7;
    static constexpr int kWeeks = 5;

    static QString folderFor(const QString &trajectoryPath);
    // A consistent copy of the open file (edits in the WAL included),
    // checked in full; then the rotation above. Throws UserError.
    static Backup make(const TrajectoryFile &file);
    // Which of `all` (any order) the rotation keeps at `now`.
    static QList<Backup> kept(const QList<Backup> &all, const QDateTime &now);
    // Newest first.
    static QList<Backup> list(const QString &trajectoryPath);
    // Copies a backup to `target` (never overwriting an existing file) after
    // checking it opens as a sound Akkoord file; a journal left at that
    // name is set aside first (the returned sentences say so). Throws UserError.
    static QStringList restore(const Backup &backup, const QString &target);
};

} // namespace akkoord
