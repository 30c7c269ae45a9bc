// Every external program the tests and the scripts start comes from a Debian
// package that scripts/setup installs (or the script that uses it installs
// itself), so the two commands work on a bare Debian 12 (issue 21: unzip was
// used by the tests but never installed).
//
// The programs are collected from the sources, not listed by hand: the names
// the tests pass to runProgram / findExecutable / QProcess::start, and the
// command words of every shell script (a small shell scanner below). Each is
// looked up on PATH and given to `dpkg -S`; its package must be in the
// Depends closure of what the script installs, or be part of every Debian
// (Essential or Priority: required, which debootstrap's minbase installs).

#include "support/support.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

using namespace akkoord;

namespace {

// --- the shell scanner -------------------------------------------------

// Collects the first word of every simple command in a bash script: at the
// start of a line, after ; & | && || ( { $( ` and the keywords that start a
// command, skipping comments, quoted text (but not the command
// substitutions inside double quotes), arithmetic, parameter expansions,
// case patterns and for-lists.
class ShellScanner
{
public:
    explicit ShellScanner(const QString &text)
        : s(text)
    {
    }

    QStringList commands()
    {
        scan(false);
        return found;
    }

private:
    const QString s;
    int i = 0;
    QStringList found;

    QChar at(int k) const { return k < s.size() ? s[k] : QChar(); }

    // Skips to the ) that closes a ( already read, or to `closer` for a
    // backquote; returns at the closer.
    void scan(bool nested, QChar closer = QLatin1Char(')'))
    {
        bool commandStart = true;
        bool skipWords = false; // after for/local/…: words until the next separator are not commands
        int caseDepth = 0;
        bool inCasePattern = false;
        int parenDepth = 0;
        while (i < s.size()) {
            const QChar c = s[i];
            if (nested && c == closer && parenDepth == 0) {
                ++i;
                return;
            }
            if (c == QLatin1Char('\n') || c == QLatin1Char(';') || c == QLatin1Char('|') || c == QLatin1Char('&')) {
                if (c == QLatin1Char(';') && at(i + 1) == QLatin1Char(';')) {
                    inCasePattern = caseDepth > 0;
                    i += 2;
                } else {
                    ++i;
                }
                commandStart = true;
                skipWords = false;
                continue;
            }
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\\')) {
                i += (c == QLatin1Char('\\')) ? 2 : 1;
                continue;
            }
            if (c == QLatin1Char('#')) {
                while (i < s.size() && s[i] != QLatin1Char('\n'))
                    ++i;
                continue;
            }
            if (c == QLatin1Char('(')) {
                if (at(i + 1) == QLatin1Char('(')) { // (( arithmetic ))
                    skipArithmetic();
                    continue;
                }
                ++i;
                ++parenDepth;
                commandStart = true;
                continue;
            }
            if (c == QLatin1Char(')')) {
                ++i;
                if (parenDepth > 0)
                    --parenDepth;
                commandStart = true;
                continue;
            }
            if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
                ++i;
                commandStart = true;
                continue;
            }
            if (c == QLatin1Char('<') || c == QLatin1Char('>')) {
                // A redirection: its target is a word, not a command.
                while (i < s.size() && (s[i] == QLatin1Char('<') || s[i] == QLatin1Char('>') || s[i] == QLatin1Char('&')))
                    ++i;
                readWord();
                continue;
            }
            // A word.
            if (inCasePattern) {
                if (s.mid(i, 4) == QLatin1String("esac") && !at(i + 4).isLetterOrNumber()) {
                    i += 4;
                    inCasePattern = false;
                    caseDepth = qMax(0, caseDepth - 1);
                    continue;
                }
                // Everything up to the pattern's ) is the pattern.
                while (i < s.size() && s[i] != QLatin1Char(')'))
                    ++i;
                if (i < s.size() && s[i] == QLatin1Char(')'))
                    ++i;
                inCasePattern = false;
                commandStart = true;
                continue;
            }
            const QString word = readWord();
            if (!commandStart || skipWords)
                continue;
            static const QSet<QString> keepsStart = {
                QStringLiteral("if"), QStringLiteral("then"), QStringLiteral("else"), QStringLiteral("elif"),
                QStringLiteral("do"), QStringLiteral("while"), QStringLiteral("until"), QStringLiteral("!"),
                QStringLiteral("time"), QStringLiteral("exec"), QStringLiteral("sudo"), QStringLiteral("sudo_"),
                QStringLiteral("as_root"), QStringLiteral("nohup"), QStringLiteral("fi"), QStringLiteral("done")};
            static const QSet<QString> argumentsOnly = {
                QStringLiteral("for"), QStringLiteral("local"), QStringLiteral("export"), QStringLiteral("declare"),
                QStringLiteral("readonly"), QStringLiteral("function"), QStringLiteral("[["), QStringLiteral("return"),
                QStringLiteral("exit")};
            if (word.contains(QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\[[^]]*\\])?\\+?="))))
                continue; // an assignment before the command
            if (keepsStart.contains(word))
                continue;
            if (word == QLatin1String("case")) {
                ++caseDepth;
                // Skip the word and `in`; then a pattern follows.
                readWord();
                readWord();
                inCasePattern = true;
                continue;
            }
            if (word == QLatin1String("esac")) {
                caseDepth = qMax(0, caseDepth - 1);
                continue;
            }
            if (argumentsOnly.contains(word)) {
                skipWords = true;
                continue;
            }
            if (word == QLatin1String("command")) {
                // `command -v NAME` only asks whether NAME is there (the
                // script copes without it); `command NAME` runs it.
                const int save = i;
                const QString option = readWord();
                if (option == QLatin1String("-v") || option == QLatin1String("-V"))
                    skipWords = true;
                else
                    i = save;
                continue;
            }
            if (word == QLatin1String("timeout")) {
                readWord(); // the duration
                continue;
            }
            found << word;
            commandStart = false;
        }
    }

    void skipArithmetic()
    {
        int depth = 0;
        while (i < s.size()) {
            if (s[i] == QLatin1Char('('))
                ++depth;
            else if (s[i] == QLatin1Char(')') && --depth == 0) {
                ++i;
                return;
            }
            ++i;
        }
    }

    void skipBraces()
    {
        int depth = 0;
        while (i < s.size()) {
            if (s[i] == QLatin1Char('{'))
                ++depth;
            else if (s[i] == QLatin1Char('}') && --depth == 0) {
                ++i;
                return;
            }
            ++i;
        }
    }

    // $( … ) or ` … `: the commands inside count too.
    void substitution()
    {
        if (s[i] == QLatin1Char('`')) {
            ++i;
            scan(true, QLatin1Char('`'));
            return;
        }
        // at "$(" (not "$((")
        i += 2;
        scan(true);
    }

    // Reads one shell word (quotes and expansions included) and returns it
    // with its quotes as written; substitutions inside are scanned.
    QString readWord()
    {
        while (i < s.size() && (s[i] == QLatin1Char(' ') || s[i] == QLatin1Char('\t')))
            ++i;
        const int start = i;
        while (i < s.size()) {
            const QChar c = s[i];
            if (c == QLatin1Char('\\')) {
                i += 2;
            } else if (c == QLatin1Char('\'')) {
                i = s.indexOf(QLatin1Char('\''), i + 1);
                i = i < 0 ? s.size() : i + 1;
            } else if (c == QLatin1Char('"')) {
                ++i;
                while (i < s.size() && s[i] != QLatin1Char('"')) {
                    if (s[i] == QLatin1Char('\\'))
                        i += 2;
                    else if (s[i] == QLatin1Char('$') && at(i + 1) == QLatin1Char('(') && at(i + 2) != QLatin1Char('('))
                        substitution();
                    else if (s[i] == QLatin1Char('$') && at(i + 1) == QLatin1Char('{'))
                        skipBraces();
                    else if (s[i] == QLatin1Char('`'))
                        substitution();
                    else
                        ++i;
                }
                ++i;
            } else if (c == QLatin1Char('$') && at(i + 1) == QLatin1Char('(')) {
                if (at(i + 2) == QLatin1Char('(')) {
                    ++i;
                    skipArithmetic();
                } else {
                    substitution();
                }
            } else if (c == QLatin1Char('$') && at(i + 1) == QLatin1Char('{')) {
                ++i;
                skipBraces();
            } else if (c == QLatin1Char('`')) {
                substitution();
            } else if (c == QLatin1Char('(') && i > start && s[i - 1] == QLatin1Char('=')) {
                // name=( … ): an array's elements are words, not commands
                // (but a substitution inside one runs its commands).
                ++i;
                while (i < s.size()) {
                    if (s[i] == QLatin1Char(')')) {
                        ++i;
                        break;
                    }
                    if (s[i].isSpace()) {
                        ++i;
                    } else if (s[i] == QLatin1Char('#')) {
                        while (i < s.size() && s[i] != QLatin1Char('\n'))
                            ++i;
                    } else if (readWord().isEmpty()) {
                        ++i;
                    }
                }
            } else if (QStringLiteral(" \t\n;&|()<>").contains(c)) {
                break;
            } else {
                ++i;
            }
        }
        return s.mid(start, i - start);
    }
};

// --- Debian's package database ----------------------------------------

QString run(const QString &program, const QStringList &args)
{
    const test::ProcessResult r = test::runProgram(program, args);
    return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
}

// The package that owns PATH, trying the /usr-merged twin and the resolved
// link too (Debian 12 registers some programs under /bin, some under /usr/bin).
QString owningPackage(const QString &path)
{
    QStringList candidates{path};
    if (path.startsWith(QLatin1String("/usr/")))
        candidates << path.mid(4);
    else
        candidates << QStringLiteral("/usr") + path;
    const QString real = QFileInfo(path).canonicalFilePath();
    if (!real.isEmpty() && real != path) {
        candidates << real;
        candidates << (real.startsWith(QLatin1String("/usr/")) ? real.mid(4) : QStringLiteral("/usr") + real);
    }
    for (const QString &c : candidates) {
        const QString out = run(QStringLiteral("dpkg"), {QStringLiteral("-S"), c});
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("diversion ")))
                continue;
            const int colon = line.indexOf(QLatin1String(": "));
            if (colon > 0)
                return line.left(colon).split(QLatin1String(", ")).first().section(QLatin1Char(':'), 0, 0);
        }
    }
    return {};
}

struct Installed
{
    QMap<QString, QStringList> depends;   // package → what it depends on (all alternatives)
    QMap<QString, QStringList> providers; // virtual package → installed packages providing it
    QSet<QString> base;                   // Essential or Priority: required
};

const Installed &installed()
{
    static const Installed db = [] {
        Installed d;
        const QString out = run(QStringLiteral("dpkg-query"),
            {QStringLiteral("-W"), QStringLiteral("-f=${Package}\t${db:Status-Abbrev}\t${Essential}\t${Priority}\t${Pre-Depends}, ${Depends}\t${Provides}\n")});
        static const QRegularExpression separators(QStringLiteral("[,|]"));
        const auto names = [](const QString &list) {
            QStringList r;
            for (const QString &item : list.split(separators, Qt::SkipEmptyParts)) {
                const QString name = item.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 0, 0);
                if (!name.isEmpty())
                    r << name;
            }
            return r;
        };
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.size() < 6 || !f[1].startsWith(QLatin1String("ii")))
                continue;
            d.depends[f[0]] = names(f[4]);
            for (const QString &v : names(f[5]))
                d.providers[v] << f[0];
            if (f[2] == QLatin1String("yes") || f[3] == QLatin1String("required"))
                d.base.insert(f[0]);
        }
        return d;
    }();
    return db;
}

// Everything apt-get install --no-install-recommends brings with PACKAGES.
QSet<QString> closure(const QStringList &packages)
{
    const Installed &db = installed();
    QSet<QString> seen;
    QStringList todo = packages;
    while (!todo.isEmpty()) {
        const QString p = todo.takeLast();
        if (seen.contains(p))
            continue;
        seen.insert(p);
        todo << db.depends.value(p) << db.providers.value(p);
    }
    return seen;
}

// --- what the project installs ----------------------------------------

QString source(const QString &relative) { return QString::fromUtf8(test::readAll(test::sourcePath(relative))); }

QStringList setupPackages()
{
    static const QRegularExpression array(QStringLiteral("\\npackages=\\(([^)]*)\\)"));
    const QRegularExpressionMatch m = array.match(source(QStringLiteral("scripts/setup")));
    QStringList r;
    if (!m.hasMatch())
        return r;
    for (QString line : m.captured(1).split(QLatin1Char('\n'))) {
        line = line.section(QLatin1Char('#'), 0, 0);
        r << line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    return r;
}

// Packages a script installs for itself (an optional check's tools).
QStringList ownPackages(const QString &text)
{
    QStringList r;
    static const QRegularExpression install(QStringLiteral("(?:apt-get install|apt_install)\\s+([^\\n>|&]*)"));
    for (auto it = install.globalMatch(text); it.hasNext();) {
        for (const QString &w : it.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.startsWith(QLatin1Char('-')) || w.contains(QLatin1Char('$')) || w.contains(QLatin1Char('"')) || w == QLatin1String("||"))
                continue;
            r << w;
        }
    }
    return r;
}

QSet<QString> shellBuiltins()
{
    const QString out = run(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("compgen -b; compgen -k")});
    const QStringList words = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QSet<QString>(words.begin(), words.end());
}

QStringList scriptFunctions(const QString &text)
{
    QStringList r;
    static const QRegularExpression def(QStringLiteral("(?m)^\\s*(?:function\\s+)?([A-Za-z_][A-Za-z0-9_-]*)\\s*\\(\\)"));
    for (auto it = def.globalMatch(text); it.hasNext();)
        r << it.next().captured(1);
    return r;
}

// The external programs a script runs: command words that are not builtins,
// keywords, the script's own functions, variables or the project's own files.
QStringList externalCommands(const QString &text)
{
    static const QSet<QString> builtins = shellBuiltins();
    const QStringList functions = scriptFunctions(text);
    static const QRegularExpression plain(QStringLiteral("^(/[A-Za-z0-9_./+-]+|[A-Za-z0-9_][A-Za-z0-9_.+-]*)$"));
    QStringList r;
    for (const QString &w : ShellScanner(text).commands()) {
        if (!plain.match(w).hasMatch() || builtins.contains(w) || functions.contains(w))
            continue;
        if (!r.contains(w))
            r << w;
    }
    return r;
}

// The programs the C++ tests start by name.
QStringList testPrograms()
{
    static const QRegularExpression call(QStringLiteral(
        "(?:runProgram|findExecutable|\\.start|QProcess::execute)\\(\\s*QStringLiteral\\(\"([^\"]+)\"\\)"));
    QStringList r;
    QDirIterator it(test::sourcePath(QStringLiteral("tests")), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString text = QString::fromUtf8(test::readAll(it.next()));
        for (auto m = call.globalMatch(text); m.hasNext();) {
            const QString program = m.next().captured(1);
            if (!r.contains(program))
                r << program;
        }
    }
    return r;
}

struct Finding
{
    QString program;
    QString user;
    QString problem;
};

// Checks PROGRAMS used by USER, allowed to come from ALLOWED (a closure).
QList<Finding> check(const QStringList &programs, const QString &user, const QSet<QString> &allowed)
{
    QList<Finding> problems;
    for (const QString &program : programs) {
        const QString path = program.startsWith(QLatin1Char('/')) ? (QFileInfo(program).isExecutable() ? program : QString())
                                                                  : QStandardPaths::findExecutable(program);
        if (path.isEmpty()) {
            problems << Finding{program, user, QStringLiteral("is not found on PATH")};
            continue;
        }
        const QString package = owningPackage(path);
        if (package.isEmpty()) {
            problems << Finding{program, user, QStringLiteral("(%1) belongs to no Debian package").arg(path)};
            continue;
        }
        if (!allowed.contains(package) && !installed().base.contains(package))
            problems << Finding{program, user,
                QStringLiteral("comes from the package %1, which scripts/setup does not install").arg(package)};
    }
    return problems;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1 (used by %2) %3").arg(f.program, f.user, f.problem);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the shell scanner finds the commands of a script and nothing else")
{
    const QString script = QStringLiteral(
        "#!/usr/bin/env bash\n"
        "set -euo pipefail   # a comment with grep in it\n"
        "say() { printf '%s\\n' \"$*\" >&2; }\n"
        "X=1 Y=\"$(stat -c %s \"$f\" | awk '{print $1}')\" cmake --build .\n"
        "[ -f x ] && unzip -l x || echo \"(and take a zip)\"\n"
        "case $kind in\n  answer) what=\"a\" ;;\n  *) tail -1 f ;;\nesac\n"
        "for f in one two; do sort -g \"$f\"; done\n"
        "((RUNS >= 5)) || RUNS=5\n"
        "packages=(\n  cmake qt6-base-dev\n  unzip\n)\n"
        "if command -v sudo >/dev/null; then exec pdftoppm -png a b; fi\n"
        "v=$((1 + 2)); t0=$(date +%s%N)\n"
        "\"$exe\" demo -o x 2>/dev/null; scripts/build dev\n"
        "timeout 120 apt-get update\n");
    const QStringList found = externalCommands(script);
    CHECK(found == QStringList({QStringLiteral("stat"), QStringLiteral("awk"), QStringLiteral("cmake"), QStringLiteral("unzip"),
                       QStringLiteral("tail"), QStringLiteral("sort"), QStringLiteral("pdftoppm"),
                       QStringLiteral("date"), QStringLiteral("apt-get")}));
}

TEST_CASE("every program the tests start comes from a package scripts/setup installs")
{
    const QStringList setup = setupPackages();
    REQUIRE(setup.size() > 10);
    const QStringList programs = testPrograms();
    // The helpers are used with these at least; an empty list means the scan broke.
    REQUIRE(programs.contains(QStringLiteral("pdftotext")));
    REQUIRE(programs.contains(QStringLiteral("unzip")));
    const QList<Finding> problems = check(programs, QStringLiteral("the tests"), closure(setup));
    INFO(describe(problems).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every program the scripts run comes from a package the script installs")
{
    const QStringList setup = setupPackages();
    const QStringList scripts{QStringLiteral("scripts/setup"), QStringLiteral("scripts/build"), QStringLiteral("scripts/test"),
        QStringLiteral("scripts/run"), QStringLiteral("scripts/screenshots"), QStringLiteral("scripts/fuzz"), QStringLiteral("bench/run"), QStringLiteral(".ci/run")};
    QList<Finding> problems;
    QStringList optional;
    for (const QString &script : scripts) {
        const QString text = source(script);
        REQUIRE(!text.isEmpty());
        const QStringList own = ownPackages(text);
        const QStringList programs = externalCommands(text);
        for (const Finding &f : check(programs, script, closure(setup + own))) {
            // A tool an optional check installs for itself (bench/run's
            // LibreOffice comparison) may be absent until that check runs.
            if (!own.isEmpty() && f.problem.startsWith(QLatin1String("is not found")))
                optional << QStringLiteral("%1 (%2)").arg(f.program, script);
            else
                problems << f;
        }
    }
    if (!optional.isEmpty())
        WARN("not installed here, installed by the script that uses it when it runs: " << optional.join(QStringLiteral(", ")).toStdString());
    INFO(describe(problems).toStdString());
    CHECK(problems.isEmpty());
}
