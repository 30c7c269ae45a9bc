// Hostile input through the real program (issue 7): fuzz crashers replayed,
// malformed and oversized imports refused cleanly, and hostile text stored,
// exported, re-imported and printed exactly as typed.
#include "catalog/catalogloader.h"
#include "domain/error.h"
#include "storage/jsoncodec.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace akkoord;
using akkoord::test::oneLine;
using akkoord::test::ownStderr;
using akkoord::test::runAkkoord;
using akkoord::test::TempDir;

namespace {

QString err(const test::ProcessResult &r) { return QString::fromUtf8(r.err); }

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Imports `json` with the real program and checks the refusal contract:
// exit 1, no signal, one line naming `where`, no file created.
void expectRefused(const QByteArray &json, const QString &where)
{
    TempDir dir;
    const QString in = dir.path(QStringLiteral("in.json"));
    const QString out = dir.path(QStringLiteral("out.akkoord"));
    test::writeAll(in, json);
    const auto r = runAkkoord({QStringLiteral("import"), in, QStringLiteral("-o"), out});
    INFO("stderr: " << r.err.left(600).toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 1);
    CHECK(oneLine(r));
    CHECK(err(r).contains(where));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(leftovers(dir.root()) == QStringList{QStringLiteral("in.json")});
}

QByteArray head(int version = 1)
{
    return QByteArrayLiteral("{\"format\":\"akkoord-trajectory\",\"formatVersion\":") + QByteArray::number(version);
}

QString demoJsonPath(const TempDir &dir)
{
    const QString demo = dir.path(QStringLiteral("demo.akkoord"));
    const QString json = dir.path(QStringLiteral("demo.json"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), demo}).exitCode == 0);
    REQUIRE(runAkkoord({QStringLiteral("export"), demo, QStringLiteral("-o"), json}).exitCode == 0);
    return json;
}

} // namespace

TEST_CASE("every fuzz crasher is handled without a crash", "[hostile][fuzz]")
{
    const QDir crashers(QStringLiteral(AKKOORD_TEST_DATA "/fuzz-crashers"));
    REQUIRE(crashers.exists());
    int imports = 0;
    int catalogs = 0;
    const QStringList files = crashers.entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name == QLatin1String("README.md"))
            continue;
        const QByteArray bytes = test::readAll(crashers.filePath(name));
        INFO("crasher: " << name.toStdString());
        if (name.startsWith(QLatin1String("catalog-"))) {
            ++catalogs;
            // First byte picks the file (sorted, as in fuzz/fuzz_catalog.cpp).
            TempDir dir;
            const QDir source(test::sourcePath(QStringLiteral("data/catalog")));
            QStringList rel;
            QDirIterator it(source.path(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                rel.append(source.relativeFilePath(it.next()));
            rel.sort();
            QDir(dir.root()).mkpath(QStringLiteral("phases"));
            for (const QString &f : rel)
                REQUIRE(QFile::copy(source.filePath(f), dir.path(f)));
            if (bytes.isEmpty())
                continue;
            const QString target = dir.path(rel[int(quint8(bytes[0])) % rel.size()]);
            QFile::remove(target);
            test::writeAll(target, bytes.mid(1));
            // BUG (issue 7, report): loadCatalog lets nlohmann's out_of_range
            // (a number like 1e999) escape; `catalog check` then aborts.
            try {
                const CatalogLoad load = loadCatalog(dir.root());
                (void)catalogSummaryJson(load);
                (void)catalogReport(load, dir.root());
            } catch (const std::exception &e) {
                FAIL_CHECK("loadCatalog threw " << e.what());
            }
            const auto r = runAkkoord({QStringLiteral("catalog"), QStringLiteral("check"), dir.root()});
            CHECK_FALSE(r.crashed);
            CHECK((r.exitCode == 0 || r.exitCode == 1));
        } else {
            ++imports;
            // BUG (issue 7, report): fromJsonText lets nlohmann's out_of_range
            // (a number like 1e999) escape; `akkoord import` then aborts.
            try {
                (void)fromJsonText(bytes);
            } catch (const UserError &) {
            } catch (const std::exception &e) {
                FAIL_CHECK("fromJsonText threw " << e.what() << " instead of UserError");
            }
            TempDir dir;
            const QString out = dir.path(QStringLiteral("out.akkoord"));
            const auto r = runAkkoord({QStringLiteral("import"), crashers.filePath(name), QStringLiteral("-o"), out});
            CHECK_FALSE(r.crashed);
            CHECK((r.exitCode == 0 || r.exitCode == 1));
            CHECK(oneLine(r));
            CHECK(QFileInfo::exists(out) == (r.exitCode == 0));
        }
    }
    WARN("fuzz crashers replayed: " << imports << " import, " << catalogs << " catalogue");
}

TEST_CASE("hostile imports are refused with the place of the problem and leave no file", "[hostile][import]")
{
    SECTION("wrong types")
    {
        expectRefused(head() + ",\"partners\":[{\"id\":\"one\",\"organisation\":\"x\"}]}", QStringLiteral("/partners/0/id"));
        expectRefused(head() + ",\"trajectory\":[]}", QStringLiteral("/trajectory"));
        expectRefused(head() + ",\"answers\":{}}", QStringLiteral("/answers"));
        expectRefused(head() + ",\"trajectory\":{\"durationYears\":\"4\"}}", QStringLiteral("/trajectory/durationYears"));
        expectRefused(QByteArrayLiteral("{\"format\":\"akkoord-trajectory\",\"formatVersion\":1.5}"), QStringLiteral("/formatVersion"));
        expectRefused(QByteArrayLiteral("[1,2,3]"), QStringLiteral("/"));
    }
    SECTION("duplicate ids")
    {
        const QByteArray partner = "{\"id\":1,\"organisation\":\"Gemeente\",\"domain\":\"municipality\",\"role\":\"core\"}";
        expectRefused(head() + ",\"partners\":[" + partner + "," + partner + "]}", QStringLiteral("/partners/1"));
    }
    SECTION("unknown fields")
    {
        expectRefused(head() + ",\"colour\":\"red\"}", QStringLiteral("/colour"));
        expectRefused(head() + ",\"trajectory\":{\"title\":\"t\",\"<script>\":1}}", QStringLiteral("/trajectory/<script>"));
    }
    SECTION("invalid UTF-8")
    {
        // The bad byte is at offset 66 (0-based); the message names a byte.
        const QByteArray json = head() + ",\"trajectory\":{\"title\":\"ab\xff\xfe\"}}";
        expectRefused(json, QStringLiteral("byte"));
        expectRefused(head() + ",\"trajectory\":{\"title\":\"\xc3\x28\"}}", QStringLiteral("byte"));
        expectRefused(head() + ",\"trajectory\":{\"title\":\"\xed\xa0\x80\"}}", QStringLiteral("byte")); // CESU surrogate
    }
    SECTION("a number too large for a double")
    {
        // BUG (issue 7, report): found by fuzz_import; this aborted (SIGABRT).
        expectRefused(head() + ",\"trajectory\":{\"durationYears\":1e999}}", QStringLiteral("1e999"));
        expectRefused(head() + ",\"partners\":[{\"id\":-11111111111111111111E2211}]}", QStringLiteral("1111"));
    }
    SECTION("100,000 levels of nesting")
    {
        QByteArray json = head() + ",\"trajectory\":";
        json += QByteArray(100000, '[');
        json += QByteArray(100000, ']');
        json += '}';
        // BUG (issue 7, report): the refusal "This file is nested too deeply
        // to be an Akkoord export." does not say where; it must name the byte
        // at which the 33rd level opens, like the other parse errors do.
        expectRefused(json, QStringLiteral("byte"));
    }
}

// A pasted report or minutes can be long; 10 MB is far below the 64 MB an
// export may have, so it must come through whole, not be refused.
TEST_CASE("a 10 MB text imports and exports back exactly", "[hostile][import][large]")
{
    TempDir dir;
    const QString json1 = demoJsonPath(dir);
    auto doc = nlohmann::ordered_json::parse(test::readAll(json1).toStdString());
    std::string big;
    big.reserve(10 * 1024 * 1024 + 64);
    const std::string piece = "Een kind — één taal, 子供, \xf0\x9f\x91\xa7 <b>&amp;</b> \"q\" \\ \n";
    while (big.size() < 10u * 1024 * 1024)
        big += piece;
    REQUIRE(doc["answers"].is_array());
    REQUIRE(!doc["answers"].empty());
    doc["answers"][0]["text"] = big;
    const QString in = dir.path(QStringLiteral("big.json"));
    test::writeAll(in, QByteArray::fromStdString(doc.dump(2)));
    const QString file = dir.path(QStringLiteral("big.akkoord"));
    const auto imp = runAkkoord({QStringLiteral("import"), in, QStringLiteral("-o"), file});
    INFO("stderr: " << imp.err.left(600).toStdString());
    REQUIRE_FALSE(imp.crashed);
    REQUIRE(imp.exitCode == 0);
    const QString json2 = dir.path(QStringLiteral("big-out.json"));
    const auto exp = runAkkoord({QStringLiteral("export"), file, QStringLiteral("-o"), json2});
    REQUIRE(exp.exitCode == 0);
    const auto back = nlohmann::ordered_json::parse(test::readAll(json2).toStdString());
    CHECK(back["answers"][0]["text"].get<std::string>() == big);
    CHECK(back == doc);
    // And once more: export → import → export is byte-identical.
    const QString file2 = dir.path(QStringLiteral("big2.akkoord"));
    const QString json3 = dir.path(QStringLiteral("big2.json"));
    REQUIRE(runAkkoord({QStringLiteral("import"), json2, QStringLiteral("-o"), file2}).exitCode == 0);
    REQUIRE(runAkkoord({QStringLiteral("export"), file2, QStringLiteral("-o"), json3}).exitCode == 0);
    CHECK(test::readAll(json2) == test::readAll(json3));
}

TEST_CASE("hostile text is stored, exported, re-imported and printed exactly as typed", "[hostile][text]")
{
    const QString markupName = QStringLiteral("<b>Stichting</b> </table> <img src=x> &amp; \"Kind\" & 'Co'");
    const QString rtlName = QStringLiteral("مدرسة الأمل \u202Eevil\u202C שלום");
    const QString emojiName = QStringLiteral("Kinderopvang 🧒🏽👨‍👩‍👧 🏳️‍🌈 ☂");
    const QString control = QStringLiteral("bel\u0007 esc\u001b[31m tab\t cr\r lf\n del\u007f nel\u0085 zwj\u200d bom\uFEFF nul") + QChar(u'\0') + QStringLiteral("end");
    QString megabyte;
    while (megabyte.size() < 1024 * 1024)
        megabyte += QStringLiteral("Regel met <i>opmaak</i>, \u05e2\u05d1\u05e8\u05d9\u05ea, 😀 en \u0001\u001f. ");

    TempDir dir;
    const QString path = dir.path(QStringLiteral("vijandig.akkoord"));
    {
        TrajectoryInfo info;
        info.title = QStringLiteral("Titel <h1>groot</h1> %1 %n {{x}} ") + rtlName;
        info.shortTitle = QStringLiteral("<b>kort</b>");
        info.municipality = QStringLiteral("Gemeente </td></tr></table><script>alert(1)</script>");
        info.createdOn = QDate(2026, 9, 1);
        info.startDate = QDate(2027, 1, 1);
        auto file = TrajectoryFile::create(path, info);
        Partner a;
        a.organisation = markupName;
        a.domain = PartnerDomain::Municipality;
        a.signatory.name = QStringLiteral("<u>J. Smit</u>");
        a.signatory.function = QStringLiteral("wethouder ") + control;
        const PartnerId pa = file->addPartner(a);
        Partner b;
        b.organisation = rtlName;
        b.signatory.name = emojiName;
        const PartnerId pb = file->addPartner(b);
        Partner c;
        c.organisation = emojiName;
        c.contactName = control;
        file->addPartner(c);
        Answer vraag;
        vraag.questionId = QStringLiteral("verkennen.vraagstuk");
        vraag.text = markupName + QLatin1Char(' ') + rtlName + QLatin1Char(' ') + emojiName;
        file->saveAnswer(vraag);
        Answer ctl;
        ctl.questionId = QStringLiteral("hostile.control");
        ctl.text = control;
        file->saveAnswer(ctl);
        Answer large;
        large.questionId = QStringLiteral("hostile.megabyte");
        large.text = megabyte;
        file->saveAnswer(large);
        Perspective p;
        p.questionId = QStringLiteral("verkennen.vraagstuk");
        p.partnerId = pb;
        p.text = rtlName + control;
        file->savePerspective(p);
        Agreement ag;
        ag.buildingBlock = QStringLiteral("werkprocessen");
        ag.what = QStringLiteral("Afspraak <b>vet</b> </table> <img src=x> ") + emojiName;
        ag.owner = pa;
        ag.status = AgreementStatus::Agreed;
        file->addAgreement(ag);

        // Stored exactly.
        const TrajectoryData d = file->load();
        REQUIRE(d.partners.size() == 3);
        CHECK(d.partners[0].organisation == markupName);
        CHECK(d.partners[0].signatory.function == QStringLiteral("wethouder ") + control);
        CHECK(d.partners[1].organisation == rtlName);
        CHECK(d.partners[2].organisation == emojiName);
        CHECK(d.partners[2].contactName == control);
        REQUIRE(d.answer(QStringLiteral("hostile.control")));
        CHECK(d.answer(QStringLiteral("hostile.control"))->text == control);
        REQUIRE(d.answer(QStringLiteral("hostile.megabyte")));
        CHECK(d.answer(QStringLiteral("hostile.megabyte"))->text == megabyte);
    }

    // Exported, re-imported and exported again by the real program: identical.
    const QString json1 = dir.path(QStringLiteral("a.json"));
    const QString copy = dir.path(QStringLiteral("kopie.akkoord"));
    const QString json2 = dir.path(QStringLiteral("b.json"));
    const auto e1 = runAkkoord({QStringLiteral("export"), path, QStringLiteral("-o"), json1});
    INFO("export: " << e1.err.toStdString());
    REQUIRE(e1.exitCode == 0);
    const auto imp = runAkkoord({QStringLiteral("import"), json1, QStringLiteral("-o"), copy});
    INFO("import: " << imp.err.toStdString());
    REQUIRE(imp.exitCode == 0);
    REQUIRE(runAkkoord({QStringLiteral("export"), copy, QStringLiteral("-o"), json2}).exitCode == 0);
    CHECK(test::readAll(json1) == test::readAll(json2));
    CHECK(TrajectoryFile::open(copy, TrajectoryFile::Access::ReadOnly)->load() == TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load());

    // Printed literally in the covenant.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is missing; the PDF part is skipped");
        return;
    }
    const QString pdf = dir.path(QStringLiteral("convenant.pdf"));
    const auto rep = runAkkoord({QStringLiteral("report"), path, QStringLiteral("--kind"), QStringLiteral("convenant"), QStringLiteral("-o"), pdf});
    INFO("report: " << rep.err.toStdString());
    REQUIRE_FALSE(rep.crashed);
    REQUIRE(rep.exitCode == 0);
    const auto txt = test::runProgram(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(txt.exitCode == 0);
    // pdftotext may break lines anywhere there is a space; compare without them.
    QString text = QString::fromUtf8(txt.out);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    for (const QString &literal : {QStringLiteral("<b>Stichting</b>"), QStringLiteral("</table>"), QStringLiteral("<img"), QStringLiteral("src=x>"),
                                   QStringLiteral("<u>J.Smit</u>"), QStringLiteral("Afspraak<b>vet</b>"), QStringLiteral("&amp;")}) {
        INFO("looking for " << literal.toStdString());
        CHECK(text.contains(literal));
    }
}

// Issue 13 §9: a file made to hold a text of hundreds of millions of
// characters crashed the ODT writer. Such a file is refused when it is
// opened, in one sentence, and left as it is.
TEST_CASE("a file holding a text beyond the limit is refused at open", "[hostile][large]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("groot.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), file}).exitCode == 0);
    {
        SQLite::Database db(file.toStdString(), SQLite::OPEN_READWRITE);
        // 34 million characters, just over the 32 MiB a field may hold.
        db.exec("UPDATE answers SET text = hex(zeroblob(17000000)) WHERE question_id = (SELECT min(question_id) FROM answers)");
    }
    const QByteArray before = test::readAll(file);
    for (const QStringList &args : {QStringList{QStringLiteral("export"), file, QStringLiteral("-o"), dir.path(QStringLiteral("out.json"))},
                                    QStringList{QStringLiteral("report"), file, QStringLiteral("-o"), dir.path(QStringLiteral("out.odt"))},
                                    // The GUI's open path (it says the same on stderr and exits).
                                    QStringList{file, QStringLiteral("--quit-after-show")}}) {
        const auto r = runAkkoord(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(oneLine(r));
        CHECK(r.err.contains("32 million characters (answers.text)"));
    }
    CHECK(test::readAll(file) == before);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("out.odt"))));
}

// Issue 13 §9: limits per collection. An import with more partners than
// Akkoord takes is refused naming the list, and writes nothing; a file made
// to hold more is refused when opened, in one sentence, and left as it is.
TEST_CASE("a list longer than Akkoord takes is refused at import and at open", "[hostile][large]")
{
    TempDir dir;
    const QString json1 = demoJsonPath(dir);
    auto doc = nlohmann::ordered_json::parse(test::readAll(json1).toStdString());
    const auto partner = doc["partners"][0];
    doc["partners"] = nlohmann::ordered_json::array();
    for (int i = 1; i <= 2001; ++i) {
        auto p = partner;
        p["id"] = i;
        p["organisation"] = "Partner " + std::to_string(i);
        doc["partners"].push_back(p);
    }
    doc["perspectives"] = nlohmann::ordered_json::array();
    doc["ratings"] = nlohmann::ordered_json::array();
    const QString in = dir.path(QStringLiteral("veel.json"));
    test::writeAll(in, QByteArray::fromStdString(doc.dump(2)));
    const QString target = dir.path(QStringLiteral("veel.akkoord"));
    const auto imp = runAkkoord({QStringLiteral("import"), in, QStringLiteral("-o"), target});
    INFO(imp.err.toStdString());
    CHECK(imp.exitCode == 1);
    CHECK(oneLine(imp));
    CHECK(imp.err.contains("/partners"));
    CHECK(imp.err.contains("2,001 entries; Akkoord takes at most 2,000"));
    CHECK_FALSE(QFileInfo::exists(target));

    const QString file = dir.path(QStringLiteral("vol.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), file}).exitCode == 0);
    {
        SQLite::Database db(file.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2001) "
                "INSERT INTO partners (position, organisation, domain, role) SELECT 100 + i, 'Partner ' || i, 'municipality', 'outer' FROM n");
    }
    const QByteArray before = test::readAll(file);
    for (const QStringList &args : {QStringList{QStringLiteral("export"), file, QStringLiteral("-o"), dir.path(QStringLiteral("out.json"))},
                                    QStringList{QStringLiteral("report"), file, QStringLiteral("-o"), dir.path(QStringLiteral("out.pdf"))},
                                    QStringList{file, QStringLiteral("--quit-after-show")}}) {
        const auto r = runAkkoord(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(oneLine(r));
        CHECK(r.err.contains("more than 2,000 records in one list (partners)"));
    }
    CHECK(test::readAll(file) == before);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("out.pdf"))));
}

// Issue 13 §9: a 60 MB answer made the session report take 58 s and 4.2 GB.
// Every document of an accepted file is laid out in bounded memory, or
// refused before any work, in one sentence, writing nothing.
TEST_CASE("a document too large to lay out is refused in one sentence", "[hostile][large]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("lang.akkoord"));
    REQUIRE(runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), file}).exitCode == 0);
    {
        SQLite::Database db(file.toStdString(), SQLite::OPEN_READWRITE);
        // 14 million characters: within what a field may hold (32 MiB).
        db.exec("UPDATE answers SET text = hex(zeroblob(7000000)) WHERE question_id = (SELECT min(question_id) FROM answers)");
    }
    for (const QString &name : {QStringLiteral("verslag.pdf"), QStringLiteral("verslag.odt")}) {
        const auto r = runAkkoord({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("sessie"), QStringLiteral("-o"), dir.path(name)});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(oneLine(r));
        CHECK(r.err.contains("too large to make"));
        CHECK_FALSE(QFileInfo::exists(dir.path(name)));
    }
    // The file itself is fine: it exports, and its covenant is made.
    CHECK(runAkkoord({QStringLiteral("export"), file, QStringLiteral("-o"), dir.path(QStringLiteral("lang.json"))}).exitCode == 0);
    CHECK(runAkkoord({QStringLiteral("report"), file, QStringLiteral("-o"), dir.path(QStringLiteral("convenant.pdf"))}).exitCode == 0);
}

// Issue 13 §9: a text longer than a field may hold was imported into a file
// that no command could then open (the import left it behind). The import
// refuses it, naming the field, and creates nothing.
TEST_CASE("an import with a text beyond the field limit is refused and creates nothing", "[hostile][large]")
{
    TempDir dir;
    const QString json1 = demoJsonPath(dir);
    auto doc = nlohmann::ordered_json::parse(test::readAll(json1).toStdString());
    doc["answers"][0]["text"] = std::string(33554433, 'x');
    const QString in = dir.path(QStringLiteral("lang.json"));
    test::writeAll(in, QByteArray::fromStdString(doc.dump()));
    const QString target = dir.path(QStringLiteral("lang.akkoord"));
    const auto r = runAkkoord({QStringLiteral("import"), in, QStringLiteral("-o"), target});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(oneLine(r));
    CHECK(r.err.contains("/answers/0/text"));
    CHECK(r.err.contains("33,554,433 bytes long; Akkoord takes at most 33,554,432"));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QDir(dir.root()).entryList({QStringLiteral("lang.akkoord*"), QStringLiteral(".akkoord-new-*")}, QDir::Files | QDir::Hidden).isEmpty());
}
