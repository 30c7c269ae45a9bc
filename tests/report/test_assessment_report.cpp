// The self-assessment in the documents: the radar, the covenant's annex, the
// session report's chapter and the blank questionnaire, read back from PDF.

#include "catalog/catalogloader.h"
#include "domain/assessment.h"
#include "domain/document.h"
#include "report/charts.h"
#include "report/reportwriter.h"
#include "report/sample.h"
#include "support/support.h"

#include <QImage>
#include <QRegularExpression>
#include <QPainter>

using namespace akkoord;
using namespace akkoord::test;

namespace {

QString pdfText(const QString &path)
{
    const ProcessResult r = runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    // NFKC: the PDF's ligatures (ﬁ, ﬂ) read back as plain letters.
    return QString::fromUtf8(r.out).normalized(QString::NormalizationForm_KC).simplified();
}

// The sample catalogue with three statements per building block; the first
// statement of Werkprocessen is where core and outer partners differ most.
Catalog catalogWithStatements()
{
    Catalog c = sampleCatalog();
    for (BuildingBlock &b : c.buildingBlocks)
        for (int i = 1; i <= 3; ++i)
            b.statements << Statement{b.id + QStringLiteral(".s%1").arg(i),
                                      test::nlEn(QStringLiteral("Stelling %1 over %2.").arg(i).arg(b.title.in(QStringLiteral("nl"))),
                                                 QStringLiteral("Statement %1 on %2.").arg(i).arg(b.title.in(QStringLiteral("en"))))};
    return c;
}

constexpr const char *kGapStatement = "Stelling 1 over Werkprocessen.";

// A round with `core` core and `outer` outer respondents who rate every
// statement; outer partners rate werkprocessen.s1 far lower.
TrajectoryData withRound(const Catalog &c, int core, int outer)
{
    TrajectoryData d = sampleTrajectory();
    d.rounds = {AssessmentRound{1, QStringLiteral("Nulmeting"), QDate(2026, 11, 20)}};
    RecordId id = 0;
    auto add = [&](PartnerRole role, PartnerId partner) {
        const Respondent r{.id = ++id, .round = 1, .name = QStringLiteral("Respondent %1").arg(id), .partner = partner, .role = role, .position = int(id)};
        d.respondents << r;
        for (const BuildingBlock &b : c.buildingBlocks)
            for (const Statement &s : b.statements) {
                int score = role == PartnerRole::Core ? 4 : 3;
                if (s.id == QLatin1String("werkprocessen.s1"))
                    score = role == PartnerRole::Core ? 5 : 1;
                if (s.id == QLatin1String("visie-beleid.s2"))
                    score = int(id % 5) + 1; // disagreement
                d.scores << AssessmentScore{r.id, s.id, score};
            }
        d.comments << AssessmentComment{r.id, QStringLiteral("werkprocessen"), QStringLiteral("Toelichting van respondent %1.").arg(r.id)};
    };
    for (int i = 0; i < core; ++i)
        add(PartnerRole::Core, i % 2 == 0 ? 1 : 2);
    for (int i = 0; i < outer; ++i)
        add(PartnerRole::Outer, 3);
    return d;
}

QString render(const TempDir &dir, const Document &doc, const QString &name)
{
    const QString path = dir.path(name);
    report::writeDocument(doc, path);
    return path;
}

int colourPixels(const QImage &image, const QColor &colour, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.red() - colour.red()) < 24 && std::abs(p.green() - colour.green()) < 24 && std::abs(p.blue() - colour.blue()) < 24)
                ++n;
        }
    return n;
}

} // namespace

TEST_CASE("the radar draws series with gaps, never as zero", "[report][radar]")
{
    RadarChartData data;
    data.axes = {QStringLiteral("Visie en beleid"), QStringLiteral("Regie en organisatie"), QStringLiteral("Werkprocessen"),
                 QStringLiteral("Inzet professionals"), QStringLiteral("Middelen"), QStringLiteral("Prestaties")};
    data.series = {RadarSeries{.label = QStringLiteral("Iedereen"), .colour = 0, .values = {4.0, 3.5, std::nullopt, 3.0, 2.5, 4.5}},
                   RadarSeries{.label = QStringLiteral("Schilpartners"), .colour = 1, .values = {4.5, std::nullopt, std::nullopt, 4.5, std::nullopt, std::nullopt}}};
    data.note = QStringLiteral("Niet getoond: kernpartners.");
    const report::ChartStyle style;
    auto draw = [&](const RadarChartData &chart) {
        QImage probe(10, 10, QImage::Format_RGB32);
        const double height = report::radarChartHeight(chart, 700, &probe, style);
        REQUIRE(height > 200);
        QImage image(700, int(height), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        report::drawRadarChart(p, QRectF(0, 0, image.width(), image.height()), chart, style);
        return image;
    };
    const QImage gaps = draw(data);
    const QColor blue = style.series[0];
    const QColor orange = style.series[1];
    CHECK(colourPixels(gaps, blue, gaps.rect()) > 200);
    const int isolated = colourPixels(gaps, orange, gaps.rect());
    CHECK(isolated > 20); // two markers and the legend
    // Had the gaps been drawn as 0, lines would run to the centre.
    RadarChartData zeros = data;
    for (std::optional<double> &v : zeros.series[1].values)
        v = v.value_or(0.0);
    const QImage withZeros = draw(zeros);
    CHECK(colourPixels(withZeros, orange, withZeros.rect()) > isolated * 2);
    CHECK(gaps != withZeros);
}

TEST_CASE("the self-assessment results are in the session report and never in the covenant", "[report][assessment]")
{
    const TempDir dir;
    const Catalog c = catalogWithStatements();
    const TrajectoryData d = withRound(c, 4, 3);
    // What is signed holds no scores (issue 15): the session report keeps them.
    CHECK_FALSE(buildCovenant(d, c).section(QStringLiteral("annex.assessment")));
    const Document doc = buildSessionReport(d, c);
    const DocumentSection *section = doc.section(QStringLiteral("assessment"));
    REQUIRE(section);
    CHECK(std::any_of(section->blocks.cbegin(), section->blocks.cend(), [](const DocumentBlock &b) { return b.chart == ChartKind::Radar && b.radar.series.size() == 3; }));
    const QString text = pdfText(render(dir, doc, QStringLiteral("s.pdf")));
    CHECK(text.contains(QStringLiteral("deden 7 personen mee: 4 van kernpartners en 3 van schilpartners")));
    CHECK(text.contains(QLatin1String(kGapStatement)));
    CHECK(text.contains(QStringLiteral("+4,0")));
    CHECK_FALSE(text.contains(QStringLiteral("te weinig respondenten")));
    CHECK_FALSE(text.contains(QStringLiteral("Let op: eenzijdig beeld")));
}

TEST_CASE("a group of fewer than three is shown as too few respondents", "[report][assessment]")
{
    const TempDir dir;
    const Catalog c = catalogWithStatements();
    const TrajectoryData d = withRound(c, 4, 2);
    const Document doc = buildSessionReport(d, c);
    const DocumentSection *s = doc.section(QStringLiteral("assessment"));
    REQUIRE(s);
    for (const DocumentBlock &b : s->blocks)
        if (b.chart == ChartKind::Radar && b.kind == DocumentBlock::Kind::Chart)
            for (const RadarSeries &series : b.radar.series)
                CHECK(series.label != QStringLiteral("Schilpartners"));
    const QString text = pdfText(render(dir, doc, QStringLiteral("s.pdf")));
    CHECK(text.contains(QStringLiteral("te weinig respondenten")));
    CHECK(text.contains(QStringLiteral("4 van kernpartners en 2 van schilpartners")));
    // The outer partners' means (3,0 and 1,0) appear nowhere.
    CHECK_FALSE(text.contains(QStringLiteral("1,0 (±")));
    CHECK(text.contains(QStringLiteral("Niet te bepalen")));
    // Issue 16: two respondents per partner would be recognised by their
    // comments, so none is printed, and the report says why.
    CHECK_FALSE(text.contains(QStringLiteral("Toelichting van respondent 1.")));
    CHECK(text.simplified().contains(QStringLiteral("minder dan 3 respondenten")));
}

TEST_CASE("a one-sided round is said prominently", "[report][assessment]")
{
    const TempDir dir;
    const Catalog c = catalogWithStatements();
    const TrajectoryData d = withRound(c, 3, 0);
    const QString text = pdfText(render(dir, buildSessionReport(d, c), QStringLiteral("s.pdf")));
    CHECK(text.contains(QStringLiteral("Let op: eenzijdig beeld. Alleen kernpartners hebben de vragenlijst ingevuld.")));
    CHECK(text.contains(QStringLiteral("Van Kinderopvang Zonnestraal heeft niemand de vragenlijst ingevuld")));
    DocumentOptions en;
    en.language = QStringLiteral("en");
    const QString english = pdfText(render(dir, buildSessionReport(d, c, en), QStringLiteral("e.pdf")));
    CHECK(english.contains(QStringLiteral("Only core partners filled in the questionnaire.")));
}

TEST_CASE("two rounds show the change per building block", "[report][assessment]")
{
    const Catalog c = catalogWithStatements();
    TrajectoryData d = withRound(c, 4, 3);
    const TrajectoryData later = withRound(c, 3, 3);
    d.rounds << AssessmentRound{2, QStringLiteral("Herhaling"), QDate(2027, 11, 20)};
    for (Respondent r : later.respondents) {
        const RecordId old = r.id;
        r.id += 100;
        r.round = 2;
        d.respondents << r;
        for (AssessmentScore s : later.scores)
            if (s.respondent == old) {
                s.respondent = r.id;
                s.score = s.score == 5 ? 5 : std::min(5, s.score + 1);
                d.scores << s;
            }
    }
    const Document doc = buildSessionReport(d, c);
    const DocumentSection *annex = doc.section(QStringLiteral("assessment"));
    REQUIRE(annex);
    bool overlay = false;
    bool changeTable = false;
    for (const DocumentBlock &b : annex->blocks) {
        if (b.kind == DocumentBlock::Kind::Chart && b.chart == ChartKind::Radar && b.radar.series.size() == 2)
            overlay = b.radar.series[0].dashed && b.radar.series[0].label == QStringLiteral("Nulmeting") && b.radar.series[1].label == QStringLiteral("Herhaling");
        if (b.kind == DocumentBlock::Kind::Table && b.table.header.value(3) == QStringLiteral("Verschil") && b.table.header.value(1) == QStringLiteral("Nulmeting"))
            changeTable = b.table.rows.size() == 2 && b.table.rows[0].value(3).startsWith(QLatin1Char('+'));
    }
    CHECK(overlay);
    CHECK(changeTable);
    CHECK(answeredRounds(d).last().id == 2);
}

TEST_CASE("the blank questionnaire lists every statement of the catalogue with tick boxes", "[report][questionnaire]")
{
    const TempDir dir;
    const CatalogLoad load = loadCatalog(sourcePath(QStringLiteral("data/catalog")));
    REQUIRE(load.ok());
    const TrajectoryData d = sampleTrajectory();
    const Document doc = buildQuestionnaire(d, load.catalog);
    CHECK(doc.kind == DocumentKind::Questionnaire);
    CHECK_FALSE(doc.draft);
    int items = 0;
    for (const DocumentSection &s : doc.sections)
        for (const DocumentBlock &b : s.blocks)
            if (b.kind == DocumentBlock::Kind::ScaleItem) {
                ++items;
                CHECK(b.choices.size() == 6);
            }
    CHECK(items == int(allStatements(load.catalog).size()));
    const QString text = pdfText(render(dir, doc, QStringLiteral("v.pdf")));
    CHECK(text.contains(QStringLiteral("Vragenlijst zelfevaluatie")));
    CHECK(text.contains(d.info.title));
    CHECK(text.contains(QStringLiteral("weet niet / n.v.t.")));
    for (const auto &[block, statement] : allStatements(load.catalog))
        CHECK(text.contains(statement->text.in(QStringLiteral("nl")).simplified()));
    for (const BuildingBlock &b : load.catalog.buildingBlocks)
        CHECK(text.contains(QStringLiteral("Toelichting bij %1").arg(b.title.in(QStringLiteral("nl")).toLower())));
}

TEST_CASE("the demo session report starts with its summary and leaves no label alone at a page foot", "[report][cli][summary]")
{
    const TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), demo}).exitCode == 0);
    const QString out = dir.path(QStringLiteral("session.pdf"));
    REQUIRE(runAkkoord({QStringLiteral("report"), demo, QStringLiteral("--kind"), QStringLiteral("sessie"), QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("-o"), out})
                .exitCode == 0);
    const ProcessResult r = runProgram(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    const QStringList pages = QString::fromUtf8(r.out).split(QLatin1Char('\f'));
    REQUIRE(pages.size() > 4);
    // Page 2: the summary, with decisions, actions (who, by when) and the open dilemmas.
    const QString summary = pages[1].simplified() + QLatin1Char(' ') + pages[2].simplified();
    CHECK(pages[1].contains(QStringLiteral("1 Summary")));
    CHECK(summary.contains(QStringLiteral("Decisions")));
    CHECK(summary.contains(QStringLiteral("Actions")));
    CHECK(summary.contains(QStringLiteral("who: Gemeente Lommerwolde; by 30 June 2027")));
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("Kleine kernen zonder vaste peutergroep")));
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("Contents")));
    const QRegularExpression footer(QStringLiteral("^(Reference [0-9a-f]{12}|page \\d+ of \\d+)$"));
    int labels = 0;
    for (const QString &page : pages) {
        QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([&](const QString &l) { return l.trimmed().isEmpty() || footer.match(l.trimmed()).hasMatch(); });
        labels += int(page.count(QStringLiteral("The partners' perspectives")));
        if (!lines.isEmpty()) {
            INFO(lines.last().toStdString());
            CHECK(lines.last().trimmed() != QStringLiteral("The partners' perspectives"));
        }
    }
    CHECK(labels > 3);
}
