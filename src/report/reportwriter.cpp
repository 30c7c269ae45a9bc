#include "report/reportwriter.h"

#include "domain/error.h"
#include "report/odtwriter.h"
#include "report/pdfrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace akkoord::report {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("akkoord::report", text); }
} // namespace

std::optional<OutputFormat> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return OutputFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return OutputFormat::Odt;
    return std::nullopt;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw UserError(tr("%1 is a folder; give a file name ending in .pdf or .odt.").arg(path));
    if (!info.absoluteDir().exists())
        throw UserError(tr("The folder %1 does not exist; choose an existing folder.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw UserError(tr("Cannot write %1: %2; choose another folder.").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw UserError(tr("Writing %1 failed (is the disk full?); nothing was written.").arg(path));
}

void writeDocument(const Document &document, const QString &path)
{
    const auto format = formatForPath(path);
    if (!format)
        throw UserError(tr("Cannot tell which format to write for %1; use a name ending in .pdf or .odt.").arg(path));
    if (*format == OutputFormat::Pdf)
        writePdf(document, path);
    else
        writeOdt(document, path);
}

} // namespace akkoord::report
