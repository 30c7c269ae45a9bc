// bench/render: document generation in process (no process start).
//
//   render FILE.akkoord convenant|sessie [--reps N] [--odt OUT.odt]
//
// Loads the file once (read-only, as `akkoord report` does), then N times:
// builds the document model (buildCovenant / buildSessionReport) and renders
// it to PDF bytes (report::renderPdf). With --odt also writes the same
// document as ODT (for the LibreOffice comparison) and exits.
//
// Output: "name median min max p99 n" in milliseconds, plus "pages N bytes N".

#include "catalog/catalogloader.h"
#include "domain/document.h"
#include "domain/error.h"
#include "report/pdfrenderer.h"
#include "report/reportwriter.h"
#include "storage/trajectoryfile.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <vector>

using namespace akkoord;

namespace {

// CPU time of this thread in ns: unlike wall time it hardly moves when other
// work shares the machine.
qint64 cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void print(const char *name, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%s %.3f %.3f %.3f %.3f %zu\n", name, ms[ms.size() / 2], ms.front(), ms.back(), ms.back(), ms.size());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QGuiApplication::arguments();
    args.removeFirst();
    int reps = 5;
    QString odt;
    for (int i = 0; i + 1 < args.size();) {
        if (args[i] == QLatin1String("--reps")) {
            reps = std::max(1, args[i + 1].toInt());
            args.remove(i, 2);
        } else if (args[i] == QLatin1String("--odt")) {
            odt = args[i + 1];
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.size() != 2 || (args[1] != QLatin1String("convenant") && args[1] != QLatin1String("sessie"))) {
        std::fprintf(stderr, "usage: render FILE.akkoord convenant|sessie [--reps N] [--odt OUT.odt]\n");
        return 2;
    }
    const bool covenant = args[1] == QLatin1String("convenant");
    try {
        const CatalogLoad catalog = loadCatalog(builtinCatalogDir());
        QElapsedTimer t;
        t.start();
        const TrajectoryData data = TrajectoryFile::open(args[0], TrajectoryFile::Access::ReadOnly)->load();
        const double loadMs = double(t.nsecsElapsed()) / 1e6;
        DocumentOptions options;
        options.today = QDate(2027, 1, 15); // fixed, so every run renders the same document
        auto build = [&] { return covenant ? buildCovenant(data, catalog.catalog, options) : buildSessionReport(data, catalog.catalog, options); };
        if (!odt.isEmpty()) {
            report::writeDocument(build(), odt);
            return 0;
        }
        std::vector<double> buildMs, renderMs, totalMs, cpuMs;
        qsizetype bytes = 0;
        for (int i = 0; i < reps; ++i) {
            t.restart();
            const qint64 c0 = cpuNs();
            const Document doc = build();
            const qint64 built = t.nsecsElapsed();
            const QByteArray pdf = report::renderPdf(doc);
            const qint64 total = t.nsecsElapsed();
            cpuMs.push_back(double(cpuNs() - c0) / 1e6);
            buildMs.push_back(double(built) / 1e6);
            renderMs.push_back(double(total - built) / 1e6);
            totalMs.push_back(double(total) / 1e6);
            bytes = pdf.size();
        }
        std::printf("load %.3f %.3f %.3f %.3f 1\n", loadMs, loadMs, loadMs, loadMs);
        print("build", buildMs);
        print("render", renderMs);
        print("build_render", totalMs);
        print("build_render_cpu", cpuMs);
        const DocumentSize size = documentSize(build());
        std::printf("pages %d bytes %lld characters %lld pieces %lld\n", report::pdfPageCount(build()), (long long)bytes,
                    (long long)size.characters, (long long)size.pieces);
    } catch (const UserError &e) {
        std::fprintf(stderr, "render: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
