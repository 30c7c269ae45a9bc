#include "domain/safewrite.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace akkoord {

namespace {

class SafeWrite
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::SafeWrite)
};
QString shown(const QString &path) { return printable(QDir::toNativeSeparators(path)); }

bool sameFile(const struct stat &a, const QString &other)
{
    struct stat b {};
    return ::stat(QFile::encodeName(other).constData(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

void syncFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool writeAllTo(int fd, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, std::size_t(qMin<qint64>(bytes.size() - done, 1 << 26)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(fd) == 0;
}

} // namespace

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\r')
            out += QLatin1String("\\r");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void checkOutput(const QString &path, const OutputRules &rules)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        throw UserError(SafeWrite::tr("The folder %1 does not exist; choose an existing folder.").arg(shown(info.absolutePath())));
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENAMETOOLONG)
            throw UserError(SafeWrite::tr("The name %1 is too long for this system.").arg(shown(path)));
        return; // a new file
    }
    if (S_ISLNK(st.st_mode))
        throw UserError(SafeWrite::tr("%1 is a link; Akkoord does not write through links. Choose another name.").arg(shown(path)));
    if (S_ISDIR(st.st_mode))
        throw UserError(SafeWrite::tr("%1 is a folder; give a file name.").arg(shown(path)));
    if (!S_ISREG(st.st_mode))
        throw UserError(SafeWrite::tr("%1 is not an ordinary file (a device, a pipe or a socket); Akkoord writes only files.").arg(shown(path)));
    for (const QString &input : rules.inputs)
        if (sameFile(st, input))
            throw UserError(SafeWrite::tr("%1 is the file being read; choose another name for the result.").arg(shown(path)));
    if (!rules.replaceExisting)
        throw UserError(SafeWrite::tr("%1 already exists; give --force to replace it, or choose another name.").arg(shown(path)));
}

void writeFileSafely(const QString &path, const QByteArray &bytes, const OutputRules &rules)
{
    checkOutput(path, rules);
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(QFile::encodeName(dir).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == ENOSPC || errno == EDQUOT)
            throw UserError(SafeWrite::tr("Writing %1 failed (is the disk full?); nothing was written.").arg(shown(path)));
        if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL) {
            // A file system without unnamed files: a hidden name, removed on failure.
            const QString temp = dir + QStringLiteral("/.akkoord-out-%1-%2").arg(::getpid()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            const int tfd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
            if (tfd < 0)
                throw UserError(SafeWrite::tr("Cannot write %1: the folder is not writable.").arg(shown(path)));
            const bool ok = writeAllTo(tfd, bytes);
            ::close(tfd);
            const bool placed = ok && (rules.replaceExisting ? ::rename(QFile::encodeName(temp).constData(), target.constData()) == 0
                                                             : ::link(QFile::encodeName(temp).constData(), target.constData()) == 0);
            ::unlink(QFile::encodeName(temp).constData()); // after rename: already gone
            if (!placed)
                throw UserError(SafeWrite::tr("Writing %1 failed (is the disk full?); nothing was written.").arg(shown(path)));
            syncFolder(dir);
            return;
        }
        throw UserError(SafeWrite::tr("Cannot write %1: the folder is not writable.").arg(shown(path)));
    }
    if (!writeAllTo(fd, bytes)) {
        ::close(fd);
        throw UserError(SafeWrite::tr("Writing %1 failed (is the disk full?); nothing was written.").arg(shown(path)));
    }
    const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(fd);
    bool placed = false;
    if (!rules.replaceExisting) {
        // Linking the finished file to its name fails if the name was taken
        // meanwhile: nothing is ever replaced that was not meant to be.
        placed = ::linkat(AT_FDCWD, procPath.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW) == 0;
        const int err = errno;
        ::close(fd);
        if (!placed && err == EEXIST)
            throw UserError(SafeWrite::tr("%1 already exists; give --force to replace it, or choose another name.").arg(shown(path)));
    } else {
        const QString temp = dir + QStringLiteral("/.akkoord-out-%1-%2").arg(::getpid()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QByteArray tempName = QFile::encodeName(temp);
        placed = ::linkat(AT_FDCWD, procPath.constData(), AT_FDCWD, tempName.constData(), AT_SYMLINK_FOLLOW) == 0;
        ::close(fd);
        if (placed && ::rename(tempName.constData(), target.constData()) != 0) {
            ::unlink(tempName.constData());
            placed = false;
        }
    }
    if (!placed)
        throw UserError(SafeWrite::tr("Writing %1 failed (is the disk full or the folder read-only?); nothing was written.").arg(shown(path)));
    syncFolder(dir);
}

} // namespace akkoord
