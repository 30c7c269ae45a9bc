#include "support/support.h"

#include "catalog/catalogloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <stdexcept>

#include <cerrno>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace akkoord::test {

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/akkoord-test-XXXXXX"))
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempDir::path(const QString &name) const { return m_dir.filePath(name); }

ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult runAkkoord(const QStringList &arguments, const QByteArray &stdinData, int timeoutMs)
{
    if (stdinData.isEmpty())
        return runProgram(QStringLiteral(AKKOORD_EXE), arguments, timeoutMs);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AKKOORD_EXE), arguments);
    ProcessResult r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString makeDemo(const TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    const ProcessResult r = runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), path});
    if (r.exitCode != 0)
        throw std::runtime_error("akkoord demo failed: " + r.err.toStdString());
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
}

QString sourcePath(const QString &relative) { return QStringLiteral(AKKOORD_SOURCE_DIR "/") + relative; }

const Catalog &shippedCatalog()
{
    static const CatalogLoad load = loadCatalog(sourcePath(QStringLiteral("data/catalog")));
    if (!load.ok())
        throw std::runtime_error("the shipped catalogue does not validate");
    return load.catalog;
}

QByteArray ownStderr(const ProcessResult &r)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : r.err.split('\n'))
        if (!line.startsWith("QStandardPaths: "))
            kept.append(line);
    return kept.join('\n').trimmed();
}

bool oneLine(const ProcessResult &r)
{
    const QByteArray e = ownStderr(r);
    return !e.isEmpty() && !e.contains('\n');
}

int setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int flags = 0; // the kernel reads and writes an int, whatever the ioctl's name says
    int error = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 ? 0 : errno;
    if (error == 0) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        error = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0 ? 0 : errno;
    }
    ::close(fd);
    return error;
}

} // namespace akkoord::test
