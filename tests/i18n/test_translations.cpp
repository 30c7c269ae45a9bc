// The translation files are the single source of truth for every text
// (issue 14): they must match the code (lupdate finds nothing new and
// nothing gone), Dutch must be complete, and no translation may lose a
// placeholder, an accelerator or a shortcut.

#include "i18n/tsfile.h"
#include "support/support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QKeySequence>
#include <QRegularExpression>
#include <QSet>

using namespace akkoord::test;

namespace {

const QStringList kLanguages{QStringLiteral("nl"), QStringLiteral("en")};

QString committedTs(const QString &lang) { return sourcePath(QStringLiteral("resources/translations/akkoord_%1.ts").arg(lang)); }

// The placeholders of a text: %1…%99, and %n / %Ln in plurals.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0).remove(QLatin1Char('L'));
    out.sort();
    out.removeDuplicates();
    return out;
}

// A menu accelerator: "&x" that is not "&&".
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            return true;
    }
    return false;
}

bool looksLikeShortcut(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^((Ctrl|Shift|Alt|Meta)\\+)+[^ ]+$|^F\\d{1,2}$"));
    return re.match(text).hasMatch();
}

QString problems(const TsMessage &m, const QString &lang)
{
    QStringList out;
    for (const QString &t : m.translations) {
        if (t.isEmpty())
            continue;
        QStringList wanted = placeholders(m.source);
        // A plural's singular may say "one" instead of %n.
        if (m.numerus && m.translations.size() > 1 && &t == &m.translations.first())
            wanted.removeAll(QStringLiteral("%n"));
        QStringList got = placeholders(t);
        if (m.numerus && &t == &m.translations.first())
            got.removeAll(QStringLiteral("%n"));
        if (got != wanted)
            out << QStringLiteral("%1 %2: the placeholders %3 became %4 in \"%5\"").arg(lang, m.where(), wanted.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), t);
        if (hasAccelerator(m.source) && !hasAccelerator(t))
            out << QStringLiteral("%1 %2: the accelerator (&) is lost in \"%3\"").arg(lang, m.where(), t);
        const QKeySequence keys = QKeySequence::fromString(t, QKeySequence::PortableText);
        if (looksLikeShortcut(m.source) && (keys.isEmpty() || keys.toString(QKeySequence::PortableText).compare(t, Qt::CaseInsensitive) != 0))
            out << QStringLiteral("%1 %2: the shortcut became \"%3\", which is not a key sequence").arg(lang, m.where(), t);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The committed .ts files are what lupdate makes of the code now")
{
    TempDir dir;
    QStringList ts;
    for (const QString &lang : kLanguages) {
        const QString copy = dir.path(QStringLiteral("akkoord_%1.ts").arg(lang));
        REQUIRE(QFile::copy(committedTs(lang), copy));
        ts << copy;
    }
    // What lupdate reads: every source and form, as the build's lupdate
    // target does (the top CMakeLists.txt, AKKOORD_TRANSLATABLE).
    QByteArray inputs = "-I" + sourcePath(QStringLiteral("src")).toUtf8() + '\n';
    for (const QString &folder : {QStringLiteral("src"), QStringLiteral("ui")}) {
        QDirIterator it(sourcePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inputs += it.next().toUtf8() + '\n';
    }
    writeAll(dir.path(QStringLiteral("inputs.lst")), inputs);
    QStringList args{QStringLiteral("@") + dir.path(QStringLiteral("inputs.lst"))};
    args << QStringLiteral(AKKOORD_LUPDATE_OPTIONS).split(QLatin1Char('|')) << QStringLiteral("-ts") << ts;
    const ProcessResult r = runProgram(QStringLiteral(AKKOORD_LUPDATE), args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    for (const QString &lang : kLanguages) {
        QSet<QString> before, after;
        QHash<QString, QString> names;
        for (const TsMessage &m : readTs(committedTs(lang)))
            before.insert(m.key()), names.insert(m.key(), m.where());
        for (const TsMessage &m : readTs(dir.path(QStringLiteral("akkoord_%1.ts").arg(lang))))
            after.insert(m.key()), names.insert(m.key(), m.where());
        REQUIRE(!before.isEmpty());
        QStringList report;
        for (const QString &k : after - before)
            report << QStringLiteral("new in the code, not in the file: ") + names.value(k);
        for (const QString &k : before - after)
            report << QStringLiteral("in the file, gone from the code: ") + names.value(k);
        report.sort();
        INFO("akkoord_" << lang.toStdString() << ".ts is out of date; run: cmake --build build/dev --target update_translations, then translate in Qt Linguist\n"
                        << report.join(QLatin1Char('\n')).toStdString());
        CHECK(report.isEmpty());
    }
}

TEST_CASE("Every text has a Dutch translation")
{
    QStringList missing;
    for (const TsMessage &m : readTs(committedTs(QStringLiteral("nl"))))
        if (m.unfinished || m.translations.isEmpty() || m.translations.contains(QString()))
            missing << m.where();
    INFO("untranslated in akkoord_nl.ts:\n" << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("English plurals have both forms")
{
    QStringList missing;
    for (const TsMessage &m : readTs(committedTs(QStringLiteral("en"))))
        if (m.numerus && (m.unfinished || m.translations.size() != 2 || m.translations.contains(QString())))
            missing << m.where();
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("No translation loses a placeholder, an accelerator or a shortcut")
{
    for (const QString &lang : kLanguages) {
        QStringList report;
        for (const TsMessage &m : readTs(committedTs(lang)))
            if (!m.unfinished)
                if (const QString p = problems(m, lang); !p.isEmpty())
                    report << p;
        INFO(report.join(QLatin1Char('\n')).toStdString());
        CHECK(report.isEmpty());
    }
}

TEST_CASE("The check itself notices a lost placeholder, accelerator and shortcut")
{
    TsMessage placeholder{.context = QStringLiteral("c"), .source = QStringLiteral("%1 of %2"), .translations = {QStringLiteral("%1 van")}};
    CHECK_FALSE(problems(placeholder, QStringLiteral("nl")).isEmpty());
    TsMessage accelerator{.context = QStringLiteral("c"), .source = QStringLiteral("&Open"), .translations = {QStringLiteral("Openen")}};
    CHECK_FALSE(problems(accelerator, QStringLiteral("nl")).isEmpty());
    TsMessage doubled{.context = QStringLiteral("c"), .source = QStringLiteral("A && B"), .translations = {QStringLiteral("A en B")}};
    CHECK(problems(doubled, QStringLiteral("nl")).isEmpty());
    TsMessage shortcut{.context = QStringLiteral("c"), .source = QStringLiteral("Ctrl+R"), .translations = {QStringLiteral("")}};
    CHECK(problems(shortcut, QStringLiteral("nl")).isEmpty()); // empty: not translated
    shortcut.translations = {QStringLiteral("Control R plus")};
    CHECK_FALSE(problems(shortcut, QStringLiteral("nl")).isEmpty());
    TsMessage plural{.context = QStringLiteral("c"), .source = QStringLiteral("%n agreements"), .numerus = true,
                     .translations = {QStringLiteral("one agreement"), QStringLiteral("%n agreements")}};
    CHECK(problems(plural, QStringLiteral("en")).isEmpty());
    plural.translations = {QStringLiteral("one agreement"), QStringLiteral("agreements")};
    CHECK_FALSE(problems(plural, QStringLiteral("en")).isEmpty());
}
