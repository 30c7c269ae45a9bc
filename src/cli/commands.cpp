#include "cli/commands.h"

#include "domain/language.h"

#include "catalog/catalogloader.h"
#include "domain/covenanttext.h"
#include "domain/document.h"
#include "domain/error.h"
#include "domain/safewrite.h"
#include "report/reportwriter.h"
#include "storage/backups.h"
#include "storage/covenanttemplate.h"
#include "storage/exchange.h"
#include "storage/trajectoryfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace akkoord::cli {

namespace {

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

void printOut(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

struct Usage
{
    QString message;
};

// Parses a command's options; unknown options and missing values are usage
// errors (exit code 2), with the message QCommandLineParser gives.
void parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        throw Usage{parser.errorText()};
}

QString requireOutput(const QCommandLineParser &parser)
{
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        throw Usage{QCoreApplication::translate("akkoord::cli", "Say where to write the result with -o FILE.")};
    return out;
}

QString singlePositional(const QCommandLineParser &parser, const QString &what)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw Usage{QCoreApplication::translate("akkoord::cli", "Give exactly one %1.").arg(what)};
    return args.first();
}

void writeOutput(const QString &path, const QByteArray &bytes, const OutputRules &rules)
{
    if (path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return;
    }
    writeFileSafely(path, bytes, rules);
}

QCommandLineOption forceOption() { return {QStringLiteral("force"), QCoreApplication::translate("akkoord::cli", "Replace the output file if it exists.")}; }

// Says what opening did beside the file (a stray journal set aside).
void tellNotes(const QStringList &notes)
{
    for (const QString &note : notes)
        printErr(QStringLiteral("akkoord: ") + note);
}

QByteArray readInput(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw UserError(QCoreApplication::translate("akkoord::cli", "The file %1 does not exist.").arg(path));
    if (info.isDir())
        throw UserError(QCoreApplication::translate("akkoord::cli", "%1 is a folder, not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(QCoreApplication::translate("akkoord::cli", "You have no permission to read %1.").arg(path));
    if (file.size() > kMaxImportBytes)
        throw UserError(QCoreApplication::translate("akkoord::cli", "%1 is too large to be an Akkoord export (more than 64 MB).").arg(path));
    return file.readAll();
}

QCommandLineOption outputOption() { return {{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("akkoord::cli", "Write to FILE."), QStringLiteral("FILE")}; }

int cmdNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), QCoreApplication::translate("akkoord::cli", "The title of the trajectory."), QStringLiteral("TEXT"));
    const QCommandLineOption municipality(QStringLiteral("municipality"), QCoreApplication::translate("akkoord::cli", "The municipality or region."), QStringLiteral("TEXT"));
    const QCommandLineOption facilitator(QStringLiteral("facilitator"), QCoreApplication::translate("akkoord::cli", "Who facilitates the dialogue."), QStringLiteral("TEXT"));
    const QCommandLineOption issue(QStringLiteral("issue"), QCoreApplication::translate("akkoord::cli", "The joint issue, in a sentence."), QStringLiteral("TEXT"));
    const QCommandLineOption houseTemplate(QStringLiteral("template"), QCoreApplication::translate("akkoord::cli", "Start from the covenant wording of this house template."), QStringLiteral("FILE"));
    parser.addOptions({title, municipality, facilitator, issue, houseTemplate});
    parse(parser, arguments);
    const QString path = singlePositional(parser, QCoreApplication::translate("akkoord::cli", "file to create"));
    TrajectoryInfo info;
    info.title = parser.value(title).trimmed();
    if (info.title.isEmpty())
        throw Usage{QCoreApplication::translate("akkoord::cli", "Give the trajectory a title with --title \"…\".")};
    info.municipality = parser.value(municipality);
    info.facilitator = parser.value(facilitator);
    info.issue = parser.value(issue);
    info.createdOn = QDate::currentDate();
    const CatalogLoad catalog = loadCatalog(builtinCatalogDir());
    info.catalogVersion = catalog.catalog.catalogVersion;
    ExchangeData start;
    start.data.info = info;
    if (parser.isSet(houseTemplate)) // checked before anything is made
        start.data.covenantTexts = loadTemplate(parser.value(houseTemplate)).articles;
    std::sort(start.data.covenantTexts.begin(), start.data.covenantTexts.end(), [](const CovenantText &a, const CovenantText &b) { return a.key < b.key; });
    tellNotes(TrajectoryFile::createFrom(path, start)->openNotes());
    printErr(QCoreApplication::translate("akkoord::cli", "Created %1.").arg(path));
    return 0;
}

// `akkoord template check FILE…`: every problem of each house template, one
// line each; exit 1 when any has one.
int cmdTemplate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parse(parser, arguments);
    QStringList args = parser.positionalArguments();
    if (args.size() < 2 || args.first() != QLatin1String("check"))
        throw Usage{QCoreApplication::translate("akkoord::cli", "Use: akkoord template check FILE…")};
    args.removeFirst();
    int failed = 0;
    for (const QString &file : args) {
        const QStringList problems = checkTemplate(file);
        for (const QString &problem : problems)
            printErr(QStringLiteral("akkoord: ") + problem);
        if (problems.isEmpty()) {
            const CovenantTemplate t = loadTemplate(file);
            printOut(QCoreApplication::translate("akkoord::cli", "%1: a sound house template (%2); articles worded or left out: %3.")
                         .arg(printable(file), t.name.isEmpty() ? QCoreApplication::translate("akkoord::cli", "without a name") : printable(t.name))
                         .arg(t.articles.size()) +
                     QLatin1Char('\n'));
        }
        failed += problems.isEmpty() ? 0 : 1;
    }
    return failed == 0 ? 0 : 1;
}

int cmdExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force = forceOption();
    parser.addOptions({outputOption(), force});
    parse(parser, arguments);
    const QString path = singlePositional(parser, QCoreApplication::translate("akkoord::cli", "Akkoord file to export"));
    const QString out = requireOutput(parser);
    const OutputRules rules{parser.isSet(force), {path}};
    if (out != QLatin1String("-"))
        checkOutput(out, rules);
    const auto file = TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly);
    tellNotes(file->openNotes());
    writeOutput(out, toJsonText(file->exportAll()), rules);
    return 0;
}

int cmdImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(outputOption());
    parse(parser, arguments);
    const QString in = singlePositional(parser, QCoreApplication::translate("akkoord::cli", "JSON file to import"));
    const QString out = requireOutput(parser);
    const ExchangeData data = fromJsonText(readInput(in));
    tellNotes(TrajectoryFile::createFrom(out, data)->openNotes());
    printErr(QCoreApplication::translate("akkoord::cli", "Created %1 from %2.").arg(printable(out), printable(in)));
    return 0;
}

int cmdDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(outputOption());
    parse(parser, arguments);
    if (!parser.positionalArguments().isEmpty())
        throw Usage{QCoreApplication::translate("akkoord::cli", "demo takes no file name of its own; use -o FILE.")};
    const QString out = requireOutput(parser);
    QFile demo(QStringLiteral(":/demo/demo.json"));
    if (!demo.open(QIODevice::ReadOnly))
        throw UserError(QCoreApplication::translate("akkoord::cli", "The demo trajectory is missing from this build of Akkoord."));
    tellNotes(TrajectoryFile::createFrom(out, fromJsonText(demo.readAll()))->openNotes());
    printErr(QCoreApplication::translate("akkoord::cli", "Wrote the demo trajectory to %1.").arg(out));
    return 0;
}

int cmdRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), QCoreApplication::translate("akkoord::cli", "List the automatic backups of FILE."));
    const QCommandLineOption pick(QStringLiteral("backup"), QCoreApplication::translate("akkoord::cli", "Restore backup N from the list (1 = newest)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    parser.addOptions({list, pick, outputOption()});
    parse(parser, arguments);
    const QString path = singlePositional(parser, QCoreApplication::translate("akkoord::cli", "Akkoord file whose backups to use"));
    const QList<Backup> backups = Backups::list(path);
    if (parser.isSet(list)) {
        QString out;
        for (qsizetype i = 0; i < backups.size(); ++i) {
            const QString check = backups[i].check == Backup::Check::Verified ? QCoreApplication::translate("akkoord::cli", "verified")
                : backups[i].check == Backup::Check::Failed                   ? QCoreApplication::translate("akkoord::cli", "damaged")
                                                                              : QCoreApplication::translate("akkoord::cli", "not checked");
            out += QStringLiteral("%1  %2  %3 KB  %4  %5\n")
                       .arg(i + 1)
                       .arg(backups[i].madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                       .arg((backups[i].size + 1023) / 1024)
                       .arg(check, backups[i].path);
        }
        if (backups.isEmpty())
            out = QCoreApplication::translate("akkoord::cli", "There are no backups of %1.").arg(path) + QLatin1Char('\n');
        printOut(out);
        return 0;
    }
    const QString out = requireOutput(parser);
    bool ok = false;
    const int n = parser.value(pick).toInt(&ok);
    if (!ok || n < 1)
        throw Usage{QCoreApplication::translate("akkoord::cli", "--backup needs a number from the list (1 = newest).")};
    if (backups.isEmpty())
        throw UserError(QCoreApplication::translate("akkoord::cli", "There are no automatic backups of %1.").arg(path));
    if (n > backups.size())
        throw UserError(QCoreApplication::translate("akkoord::cli", "There are only %1 backups of %2.").arg(backups.size()).arg(path));
    tellNotes(Backups::restore(backups[n - 1], out));
    printErr(QCoreApplication::translate("akkoord::cli", "Restored the backup of %1 to %2.")
                 .arg(backups[n - 1].madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), out));
    return 0;
}

int cmdCatalog(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption asJson(QStringLiteral("json"), QCoreApplication::translate("akkoord::cli", "Print the summary as JSON."));
    parser.addOption(asJson);
    parse(parser, arguments);
    QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.first() != QLatin1String("check"))
        throw Usage{QCoreApplication::translate("akkoord::cli", "Use: akkoord catalog check [DIR] [--json]")};
    if (args.size() > 2)
        throw Usage{QCoreApplication::translate("akkoord::cli", "Give at most one catalogue folder.")};
    const QString dir = args.size() == 2 ? args[1] : builtinCatalogDir();
    const CatalogLoad load = loadCatalog(dir);
    if (parser.isSet(asJson))
        printOut(QString::fromUtf8(catalogSummaryJson(load)));
    else
        printOut(catalogReport(load, dir));
    return load.ok() ? 0 : 1;
}

int cmdReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), QCoreApplication::translate("akkoord::cli", "convenant (the covenant), sessie (the session report) or vragenlijst (the blank self-assessment questionnaire)."), QStringLiteral("KIND"),
                                  QStringLiteral("convenant"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("akkoord::cli", "Language of the document, e.g. nl or en."), QStringLiteral("LANG"), QStringLiteral("nl"));
    const QCommandLineOption catalogDir(QStringLiteral("catalog"), QCoreApplication::translate("akkoord::cli", "Use the catalogue in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption draft(QStringLiteral("draft"), QCoreApplication::translate("akkoord::cli", "Mark the document as a draft (CONCEPT)."));
    const QCommandLineOption final_(QStringLiteral("final"), QCoreApplication::translate("akkoord::cli", "Make the final covenant; refused while anything stands in the way of signing."));
    const QCommandLineOption force = forceOption();
    const QCommandLineOption audience(QStringLiteral("audience"), QCoreApplication::translate("akkoord::cli", "For the questionnaire: all, professionals or parents-young-people."), QStringLiteral("WHO"), QStringLiteral("all"));
    parser.addOptions({outputOption(), kind, lang, catalogDir, draft, final_, force, audience});
    parse(parser, arguments);
    const QString path = singlePositional(parser, QCoreApplication::translate("akkoord::cli", "Akkoord file to report on"));
    const QString out = requireOutput(parser);
    const QString k = parser.value(kind).toLower();
    const bool covenant = k == QLatin1String("convenant") || k == QLatin1String("covenant");
    const bool questionnaire = k == QLatin1String("vragenlijst") || k == QLatin1String("questionnaire");
    if (!covenant && !questionnaire && k != QLatin1String("sessie") && k != QLatin1String("session"))
        throw Usage{QCoreApplication::translate("akkoord::cli", "--kind is convenant, sessie or vragenlijst.")};
    const QString language = parser.value(lang);
    if (!Language(language).isValid()) {
        QStringList codes;
        for (const Language &l : Language::available())
            codes << l.code();
        throw Usage{QCoreApplication::translate("akkoord::cli", "--lang is one of: %1.").arg(codes.join(QStringLiteral(", ")))};
    }
    if (parser.isSet(draft) && parser.isSet(final_))
        throw Usage{QCoreApplication::translate("akkoord::cli", "Give --draft or --final, not both.")};
    const std::optional<Audience> who = audienceFromKey(parser.value(audience));
    if (!who)
        throw Usage{QCoreApplication::translate("akkoord::cli", "--audience is all, professionals or parents-young-people.")};
    if (*who != Audience::All && !questionnaire)
        throw Usage{QCoreApplication::translate("akkoord::cli", "--audience is for the questionnaire (--kind vragenlijst).")};
    if (!report::formatForPath(out))
        throw UserError(QCoreApplication::translate("akkoord::cli", "Cannot tell which format to write for %1; use a name ending in .pdf or .odt.").arg(out));
    const QString dir = parser.isSet(catalogDir) ? parser.value(catalogDir) : builtinCatalogDir();
    const CatalogLoad catalog = loadCatalog(dir);
    if (!catalog.ok())
        throw UserError(QCoreApplication::translate("akkoord::cli", "The catalogue in %1 has errors; check it with: akkoord catalog check %1").arg(dir));
    const OutputRules rules{parser.isSet(force), {path}};
    checkOutput(out, rules);
    const auto file = TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly);
    tellNotes(file->openNotes());
    const TrajectoryData data = file->load();
    DocumentOptions options;
    options.language = language;
    options.audience = *who;
    options.draft = parser.isSet(draft) ? DocumentOptions::Draft::Draft : parser.isSet(final_) ? DocumentOptions::Draft::Final : DocumentOptions::Draft::Auto;
    if (covenant) {
        // What stands in the way of a final covenant: refused with --final,
        // told as a warning for a draft. In the document's language, as the
        // covenant itself.
        const QList<CovenantGap> gaps = covenantGapList(data, catalog.catalog, language);
        if (!gaps.isEmpty()) {
            const bool refuse = options.draft == DocumentOptions::Draft::Final;
            const qsizetype n = gaps.size();
            QString head;
            if (refuse)
                head = n == 1 ? Doc::tr("the covenant cannot be final yet; one thing stands in the way:", language)
                              : Doc::tr("the covenant cannot be final yet; %1 things stand in the way:", language).arg(n);
            else
                head = n == 1 ? Doc::tr("warning: this covenant is a draft; one thing stands in the way of a final version:", language)
                              : Doc::tr("warning: this covenant is a draft; %1 things stand in the way of a final version:", language).arg(n);
            QStringList lines{QStringLiteral("akkoord: ") + head};
            for (const CovenantGap &g : gaps)
                lines << QStringLiteral("  - ") + g.text;
            printErr(lines.join(QLatin1Char('\n')));
            if (refuse)
                return 1;
        }
    }
    const Document document = covenant        ? buildCovenant(data, catalog.catalog, options)
                              : questionnaire ? buildQuestionnaire(data, catalog.catalog, options)
                                              : buildSessionReport(data, catalog.catalog, options);
    report::writeDocument(document, out, rules);
    printErr(QCoreApplication::translate("akkoord::cli", "Wrote %1 (fingerprint %2).").arg(out, fingerprint(document)));
    return 0;
}

} // namespace

QString usage()
{
    return QCoreApplication::translate("akkoord::cli", "Usage:\n"
              "  akkoord [FILE.akkoord]                       open the program (on FILE)\n"
              "  akkoord new FILE.akkoord --title \"…\"          create an empty trajectory\n"
              "        [--municipality \"…\"] [--facilitator \"…\"] [--issue \"…\"] [--template HOUSE.akkoord-template]\n"
              "  akkoord export FILE.akkoord -o OUT.json      write everything in FILE as JSON (-o - for stdout)\n"
              "        [--force]                              replace OUT if it exists\n"
              "  akkoord import IN.json -o FILE.akkoord       make a new file from an export\n"
              "  akkoord demo -o FILE.akkoord                 write the demo trajectory\n"
              "  akkoord catalog check [DIR] [--json]         validate a question catalogue\n"
              "  akkoord template check FILE…                 validate house templates (covenant wording)\n"
              "  akkoord restore FILE.akkoord --list          list the automatic backups of FILE\n"
              "  akkoord restore FILE.akkoord [--backup N] -o OUT.akkoord   restore a backup (1 = newest)\n"
              "  akkoord report FILE.akkoord --kind convenant|sessie|vragenlijst -o OUT.pdf|OUT.odt\n"
              "        [--lang nl|en] [--draft|--final] [--force] [--audience professionals|parents-young-people]\n"
              "                                               write the covenant, the session report or a blank\n"
              "                                               self-assessment questionnaire for paper\n"
              "\n"
              "Options:\n"
              "  --catalog DIR      use the catalogue in DIR instead of the built-in one\n"
              "  --lang nl|en       language of the interface and the catalogue\n"
              "  -h, --help         show this help\n"
              "  -v, --version      show the version\n");
}

bool isCommand(const QString &word)
{
    static const QStringList commands{QStringLiteral("new"), QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("demo"),
                                      QStringLiteral("catalog"), QStringLiteral("report"), QStringLiteral("restore"), QStringLiteral("template")};
    return commands.contains(word);
}

int run(const QStringList &arguments)
{
    // arguments: program name, command, then the command's own arguments.
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    try {
        if (command == QLatin1String("new"))
            return cmdNew(rest);
        if (command == QLatin1String("export"))
            return cmdExport(rest);
        if (command == QLatin1String("import"))
            return cmdImport(rest);
        if (command == QLatin1String("demo"))
            return cmdDemo(rest);
        if (command == QLatin1String("template"))
            return cmdTemplate(rest);
        if (command == QLatin1String("catalog"))
            return cmdCatalog(rest);
        if (command == QLatin1String("restore"))
            return cmdRestore(rest);
        if (command == QLatin1String("report"))
            return cmdReport(rest);
        throw Usage{QCoreApplication::translate("akkoord::cli", "Unknown command \"%1\".").arg(command)};
    } catch (const Usage &u) {
        printErr(QStringLiteral("akkoord: ") + u.message);
        printErr(usage());
        return 2;
    } catch (const UserError &e) {
        printErr(QStringLiteral("akkoord: ") + printable(e.message()));
        return 1;
    } catch (const std::exception &e) {
        printErr(QStringLiteral("akkoord: ") + QCoreApplication::translate("akkoord::cli", "Something unexpected went wrong: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
}

} // namespace akkoord::cli
