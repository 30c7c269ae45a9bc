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
ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 60000);

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);
QString sourcePath(const QString &relative);

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
