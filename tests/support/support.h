#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace akkoord::test {

// A fresh temporary folder per test, removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs the real akkoord program with the given arguments.
ProcessResult runAkkoord(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 60000);
// `akkoord demo -o DIR/NAME` through the real program; throws when it fails.
QString makeDemo(const TempDir &dir, const QString &name = QStringLiteral("demo.akkoord"));
ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 60000);

// What akkoord itself wrote to stderr: Qt's own "QStandardPaths:
// XDG_RUNTIME_DIR not set" note (root without a login session, as in
// containers and CI) is left out.
QByteArray ownStderr(const ProcessResult &r);
// Exactly one non-empty line of akkoord's own on stderr.
bool oneLine(const ProcessResult &r);

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);
QString sourcePath(const QString &relative);

// The immutable attribute (chattr +i): writes and new entries fail with
// EPERM even for root (the tests run as root here, where permissions do not
// stop anything). Needs CAP_LINUX_IMMUTABLE and a file system that has the
// attribute (ext4, xfs, btrfs; tmpfs since 6.0). Returns 0 when done, else
// the errno.
int setImmutable(const QString &path, bool on);

// Clears the attribute again however the test ends, so the temporary folder
// can be removed.
struct ImmutableGuard
{
    QStringList paths;
    ~ImmutableGuard()
    {
        for (const QString &p : paths)
            setImmutable(p, false);
    }
};

} // namespace akkoord::test

namespace akkoord {
struct Catalog;
}

namespace akkoord::test {

// The catalogue shipped in data/catalog, loaded once (the test fails if it
// does not validate).
const Catalog &shippedCatalog();

} // namespace akkoord::test

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &s) { return '"' + s.left(2000).toStdString() + '"'; }
};
} // namespace Catch
