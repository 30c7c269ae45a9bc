// libFuzzer target: the catalogue loader on a damaged catalogue folder. The
// first input byte chooses which catalogue file is replaced, the rest are its
// new contents, in a private copy of data/catalog. loadCatalog must collect
// problems, never crash, hang or hit UB.
#include "catalog/catalogloader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

struct Folder
{
    QTemporaryDir dir;
    QStringList files; // relative names, sorted
    QList<QByteArray> originals;
};

Folder *folder = nullptr;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz_catalog: cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    folder = new Folder;
    if (!folder->dir.isValid())
        std::abort();
    const QDir source(QStringLiteral(AKKOORD_CATALOG_SOURCE));
    QDirIterator it(source.path(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        folder->files.append(source.relativeFilePath(it.next()));
    folder->files.sort();
    for (const QString &rel : folder->files) {
        QFile f(source.filePath(rel));
        if (!f.open(QIODevice::ReadOnly))
            std::abort();
        folder->originals.append(f.readAll());
        QDir(folder->dir.path()).mkpath(QFileInfo(folder->dir.filePath(rel)).path());
        writeFile(folder->dir.filePath(rel), folder->originals.last());
    }
    if (folder->files.isEmpty())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype which = data[0] % folder->files.size();
    const QString path = folder->dir.filePath(folder->files[which]);
    writeFile(path, QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    const akkoord::CatalogLoad load = akkoord::loadCatalog(folder->dir.path());
    (void)akkoord::catalogSummaryJson(load);
    (void)akkoord::catalogReport(load, folder->dir.path());
    writeFile(path, folder->originals[which]);
    return 0;
}
