#include "report/reportwriter.h"

#include "domain/error.h"
#include "domain/safewrite.h"
#include "report/odtwriter.h"
#include "report/pdfrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace akkoord::report {

namespace {
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::report)
};
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

void writeBytes(const QString &path, const QByteArray &bytes, const OutputRules &rules)
{
    if (QFileInfo(path).isDir())
        throw UserError(ReportWriter::tr("%1 is a folder; give a file name ending in .pdf or .odt.").arg(printable(path)));
    writeFileSafely(path, bytes, rules);
}

void writeDocument(const Document &document, const QString &path, const OutputRules &rules)
{
    const auto format = formatForPath(path);
    if (!format)
        throw UserError(ReportWriter::tr("Cannot tell which format to write for %1; use a name ending in .pdf or .odt.").arg(printable(path)));
    // Checked before rendering, so a refused name costs no time.
    checkOutput(path, rules);
    writeBytes(path, *format == OutputFormat::Pdf ? renderPdf(document) : renderOdt(document), rules);
}

} // namespace akkoord::report
