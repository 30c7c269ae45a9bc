// The rendered files, read back with the tools a reader would use:
// pdftotext, pdfinfo, pdffonts, and unzip for the ODT.

#include "domain/document.h"
#include "domain/error.h"
#include "report/charts.h"
#include "report/odtwriter.h"
#include "report/pdfrenderer.h"
#include "report/reportwriter.h"
#include "report/sample.h"
#include "support/support.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>

using namespace akkoord;
using namespace akkoord::test;

namespace {

QString pdfText(const QString &path)
{
    const ProcessResult r = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

// Text with all runs of white space made single, so wrapped lines compare.
QString flat(const QString &s) { return s.simplified(); }

QString writeCovenant(const TempDir &dir, const TrajectoryData &d, const QString &name = QStringLiteral("convenant.pdf"))
{
    const QString path = dir.path(name);
    report::writeDocument(buildCovenant(d, sampleCatalog()), path);
    return path;
}

} // namespace

TEST_CASE("the covenant PDF holds every party, every agreement, page numbers and the fingerprint", "[report][pdf]")
{
    const TempDir dir;
    const TrajectoryData d = akkoord::test::completeTrajectory();
    const QString path = writeCovenant(dir, d);
    const QString text = pdfText(path);
    const QString flatText = flat(text);
    for (const Partner &p : d.partners)
        CHECK(text.contains(p.organisation));
    for (const Agreement &a : d.agreements)
        CHECK(flatText.contains(a.what));
    const Document doc = buildCovenant(d, sampleCatalog());
    const int pages = report::pdfPageCount(doc);
    CHECK(pages >= 4);
    CHECK(text.contains(QStringLiteral("pagina 1 van %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("pagina %1 van %1").arg(pages)));
    CHECK(text.count(QStringLiteral("Kenmerk ") + fingerprint(doc)) == pages);
    // What the reference is for is said once (issue 16: "Kenmerk", not the jargon "Vingerafdruk").
    CHECK(text.count(QStringLiteral("berekend uit de inhoud")) == 1);
    CHECK_FALSE(text.contains(QStringLiteral("Vingerafdruk")));
    CHECK(text.count(QStringLiteral("Samen sterk Heuvelrade")) >= pages); // the header, on every page
    CHECK_FALSE(text.contains(QStringLiteral("CONCEPT")));
    // Reading order: the parties come before the articles, the articles before the signatures.
    CHECK(text.indexOf(QStringLiteral("De ondergetekenden")) < text.indexOf(QStringLiteral("Artikel 1")));
    CHECK(text.indexOf(QStringLiteral("Artikel 1")) < text.indexOf(QStringLiteral("Ondertekening")));
}

TEST_CASE("the PDF is A4, PDF/A-1b, titled, with every font embedded", "[report][pdf]")
{
    const TempDir dir;
    const QString path = writeCovenant(dir, sampleTrajectory());
    const ProcessResult info = runProgram(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.exitCode == 0);
    const QString i = QString::fromUtf8(info.out);
    CHECK(i.contains(QStringLiteral("595 x 842 pts (A4)")));
    CHECK(i.contains(QRegularExpression(QStringLiteral("Title:\\s+Samen sterk voor kinderen in Heuvelrade"))));
    const ProcessResult meta = runProgram(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    CHECK(meta.out.contains("<pdfaid:part>1</pdfaid:part>"));
    CHECK(meta.out.contains("Anouk de Vries"));
    // Issue 16: PDF/A wants the Info dictionary and the XMP to agree; the
    // producer said "Qt" in one and "Akkoord" in the other.
    const QRegularExpressionMatch producer = QRegularExpression(QStringLiteral("Producer:\\s+(.+)")).match(i);
    const QRegularExpressionMatch creator = QRegularExpression(QStringLiteral("Creator:\\s+(.+)")).match(i);
    REQUIRE(producer.hasMatch());
    REQUIRE(creator.hasMatch());
    CHECK(meta.out.contains(("<pdf:Producer>" + producer.captured(1).trimmed() + "</pdf:Producer>").toUtf8()));
    CHECK(meta.out.contains(("<xmp:CreatorTool>" + creator.captured(1).trimmed() + "</xmp:CreatorTool>").toUtf8()));

    const ProcessResult fonts = runProgram(QStringLiteral("pdffonts"), {path});
    REQUIRE(fonts.exitCode == 0);
    const QStringList lines = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    bool serif = false;
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(line.contains(QStringLiteral("DejaVu")));
        // name, type…, encoding, then the emb column.
        CHECK(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))));
        serif = serif || line.contains(QStringLiteral("DejaVuSerif"));
    }
    CHECK(serif);
}

TEST_CASE("a draft says CONCEPT on every page", "[report][pdf]")
{
    const TempDir dir;
    TrajectoryData d = sampleTrajectory();
    d.info.startDate = QDate(); // a gap makes it a draft
    const QString path = writeCovenant(dir, d);
    const QString text = pdfText(path);
    const int pages = int(text.count(QStringLiteral("pagina ")));
    CHECK(text.count(QStringLiteral("CONCEPT · Convenant")) == pages);
}

TEST_CASE("hostile user text prints literally and wraps", "[report][pdf][hostile]")
{
    const TempDir dir;
    TrajectoryData d = sampleTrajectory();
    d.partners[0].organisation = QStringLiteral("<b>X</b> & Co");
    d.agreements[0].what = QStringLiteral("</table><img src=x> &amp; ☺ 😀 einde");
    const QString longWord = QString(5000, QLatin1Char('w'));
    d.agreements[1].means = QStringLiteral("begin ") + longWord + QStringLiteral(" slot");
    d.ambitions[0].intendedResult = QString(5000, QLatin1Char('a')).replace(QRegularExpression(QStringLiteral("a{9}")), QStringLiteral("aaaaaaaa "));
    const QString path = writeCovenant(dir, d);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("<b>X</b> & Co")));
    // Qt 6.4's PDF engine draws characters beyond the BMP (😀, from DejaVu
    // Sans) but gives them no text mapping, so pdftotext cannot return them;
    // everything around them, and BMP symbols such as ☺, comes back intact.
    CHECK(flat(text).contains(QStringLiteral("</table><img src=x> &amp; ☺")));
    CHECK(flat(text).contains(QStringLiteral(" einde")));
    CHECK(text.contains(QStringLiteral("begin")));
    CHECK(text.contains(QStringLiteral(" slot")));
    // All 5,000 characters of the unbroken word arrive, wrapped over lines.
    QString noSpace = text;
    noSpace.remove(QRegularExpression(QStringLiteral("[^w]")));
    CHECK(noSpace.count(QLatin1Char('w')) >= 5000);
    for (const QString &line : text.split(QLatin1Char('\n')))
        CHECK(line.size() < 200);

    // The same text in an ODT arrives escaped in the XML, never as markup.
    const QString odt = dir.path(QStringLiteral("hostile.odt"));
    report::writeDocument(buildCovenant(d, sampleCatalog()), odt);
    const ProcessResult xml = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    REQUIRE(xml.exitCode == 0);
    CHECK(xml.out.contains("&lt;b&gt;X&lt;/b&gt; &amp; Co"));
    CHECK(xml.out.contains("&lt;/table&gt;&lt;img src=x&gt; &amp;amp; ☺ 😀 einde"));
}

TEST_CASE("a long work agenda breaks across pages and keeps every agreement", "[report][pdf]")
{
    const TempDir dir;
    TrajectoryData d = sampleTrajectory();
    for (int i = 3; i < 60; ++i) {
        Agreement a = d.agreements[1];
        a.id = i;
        a.position = i;
        a.what = QStringLiteral("Afspraak nummer %1 over de overdracht").arg(i);
        d.agreements.append(a);
    }
    const QString text = pdfText(writeCovenant(dir, d));
    for (int i = 3; i < 60; ++i)
        CHECK(flat(text).contains(QStringLiteral("Afspraak nummer %1 over de overdracht").arg(i)));
    // One block per agreement, each with its deadline.
    CHECK(flat(text).count(QStringLiteral("31 augustus 2027")) >= 58);
}

TEST_CASE("the ODT holds the agreements and the fingerprint", "[report][odt]")
{
    const TempDir dir;
    const TrajectoryData d = sampleTrajectory();
    const QString path = dir.path(QStringLiteral("convenant.odt"));
    report::writeDocument(buildCovenant(d, sampleCatalog()), path);
    const ProcessResult xml = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    REQUIRE(xml.exitCode == 0);
    const QString content = QString::fromUtf8(xml.out);
    for (const Agreement &a : d.agreements)
        CHECK(content.contains(a.what));
    for (const Partner &p : d.partners)
        CHECK(content.contains(p.organisation));
    CHECK(content.contains(fingerprint(buildCovenant(d, sampleCatalog()))));
    const ProcessResult list = runProgram(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    CHECK_FALSE(list.out.contains("Pictures/")); // no charts in what is signed

}

TEST_CASE("writing to a missing folder fails with one sentence and leaves nothing", "[report][errors]")
{
    const TempDir dir;
    const QString path = dir.path(QStringLiteral("nope/convenant.pdf"));
    const Document doc = buildCovenant(sampleTrajectory(), sampleCatalog());
    REQUIRE_THROWS_AS(report::writeDocument(doc, path), UserError);
    CHECK_FALSE(QFileInfo::exists(path));
    REQUIRE_THROWS_AS(report::writeDocument(doc, dir.path(QStringLiteral("convenant.docx"))), UserError);
}

TEST_CASE("the urgency chart draws on any paint device", "[report][chart]")
{
    const UrgencyChartData data = urgencyChartData(sampleTrajectory(), sampleCatalog(), QStringLiteral("nl"));
    QImage image(600, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    const double h = report::urgencyChartHeight(data, &image);
    CHECK(h > 0);
    CHECK(h < 200);
    {
        QPainter p(&image);
        report::drawUrgencyChart(p, QRectF(0, 0, 600, h), data);
    }
    int coloured = 0;
    for (int y = 0; y < int(h); ++y)
        for (int x = 0; x < 600; ++x)
            coloured += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    CHECK(coloured > 2000);
}

// Issue 13 §9: 100,000 partners made the ODT's urgency chart an image too
// large to allocate; QPainter printed "engine == 0" and the command still
// said "Wrote …". Failing to draw is an error with one sentence.
TEST_CASE("a chart too large to draw is an error, never a success", "[report][odt][large]")
{
    Document doc;
    doc.title = QStringLiteral("Veel partners");
    DocumentSection s;
    s.title = QStringLiteral("Urgentie");
    DocumentBlock chart{.kind = DocumentBlock::Kind::Chart};
    chart.chart = ChartKind::Urgency;
    for (int i = 0; i < 100000; ++i)
        chart.urgency.entries.append(UrgencyEntry{QStringLiteral("Partner %1").arg(i), 1 + i % 5, {}});
    s.blocks << chart;
    doc.sections << s;
    test::TempDir dir;
    const QString out = dir.path(QStringLiteral("veel.odt"));
    try {
        report::writeOdt(doc, out);
        FAIL("the ODT was written");
    } catch (const UserError &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(QStringLiteral("too large")));
    }
    CHECK_FALSE(QFileInfo::exists(out));
}

// Issue 13 §9: what a document costs to lay out is counted from its model,
// and a document over the bound is refused before any layout starts.
TEST_CASE("the layout budget counts text and pieces and refuses what would not fit", "[report][large]")
{
    Document d;
    d.title = QStringLiteral("abc");
    DocumentSection s;
    s.title = QStringLiteral("Artikel");
    s.blocks.append(DocumentBlock::paragraph(QStringLiteral("12345"), QStringLiteral("Wie: ")));
    DocumentTable t;
    t.header = {QStringLiteral("a"), QStringLiteral("b")};
    t.rows = {{QStringLiteral("cc"), QStringLiteral("dd")}};
    s.blocks.append(DocumentBlock::tableBlock(t));
    d.sections.append(s);
    const DocumentSize size = documentSize(d);
    CHECK(size.characters == 3 + 7 + 5 + 5 + 2 + 4);
    CHECK(size.pieces == 1 + 2 + 2 + 2); // the section, two blocks, header and row cells
    CHECK_NOTHROW(report::checkDocumentFits(d));

    // Text: 14 million characters is over the bound.
    d.sections[0].blocks[0].text = QString(14 * 1000 * 1000, QLatin1Char('x'));
    CHECK(report::layoutCost(documentSize(d)) > report::kMaxLayoutBytes);
    CHECK_THROWS_WITH(report::renderPdf(d), Catch::Contains("too large to make"));
    CHECK_THROWS_WITH(report::renderOdt(d), Catch::Contains("too large to make"));
    CHECK_THROWS_WITH(report::pdfPageCount(d), Catch::Contains("too large to make"));

    // Pieces: 400,000 short table cells are over it too, however little text.
    d.sections[0].blocks[0].text = QStringLiteral("kort");
    d.sections[0].blocks[1].table.rows = QList<QStringList>(200000, {QStringLiteral("1"), QStringLiteral("2")});
    CHECK_THROWS_WITH(report::renderPdf(d), Catch::Contains("too large to make"));
}
