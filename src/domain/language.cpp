#include "domain/language.h"

#include <QDir>
#include <QFile>
#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>

namespace akkoord {

namespace {

// The translations built in, then those added as files: a language is
// added by placing akkoord_CODE.qm in a folder akkoord/translations under
// ~/.local/share or /usr/share (the XDG data folders).
QStringList translationDirs()
{
    QStringList dirs{QStringLiteral(":/i18n")};
    dirs << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("akkoord/translations"), QStandardPaths::LocateDirectory);
    return dirs;
}

QString qmPath(const QString &code)
{
    const QString name = QStringLiteral("/akkoord_") + code + QStringLiteral(".qm");
    for (const QString &dir : translationDirs())
        if (QFile::exists(dir + name))
            return dir + name;
    return {};
}

bool plausibleCode(const QString &code)
{
    if (code.isEmpty() || code.size() > 16)
        return false;
    for (QChar c : code)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')) || c.unicode() > 127)
            return false;
    return true;
}

QString replacePercentN(QString text, int n, const QLocale &locale)
{
    if (n < 0)
        return text;
    text.replace(QLatin1String("%Ln"), locale.toString(n));
    text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace

Language::Language(const QString &code)
    : m_code(code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')))
{
}

bool Language::isValid() const
{
    return plausibleCode(m_code) && (m_code == QLatin1String("en") || !qmPath(m_code).isEmpty());
}

QList<Language> Language::available()
{
    QList<Language> out{english()};
    for (const QString &dir : translationDirs()) {
        const QStringList files = QDir(dir).entryList({QStringLiteral("akkoord_*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const Language l(file.mid(8, file.size() - 8 - 3));
            if (l.isValid() && !out.contains(l))
                out.append(l);
        }
    }
    return out;
}

Language Language::forLocale(const QLocale &locale)
{
    const QList<Language> langs = available();
    for (const QString &name : locale.uiLanguages()) {
        const Language wanted(name);
        for (const Language &l : langs)
            if (l.m_code == wanted.m_code)
                return l;
        for (const Language &l : langs) // "nl_BE" finds "nl"
            if (wanted.m_code.section(QLatin1Char('_'), 0, 0) == l.m_code)
                return l;
    }
    return english();
}

QString Language::nativeName() const
{
    // The translation names its own language, so a pseudo-locale or a new
    // language needs no C++: each translation renders "English" as its own
    // language's name ("Nederlands").
    const QString own = translate("akkoord::Language", "English", "the name of this translation's language, in that language");
    if (m_code != QLatin1String("en") && own != QLatin1String("English"))
        return own;
    const QLocale l = locale();
    const QString native = l.nativeLanguageName();
    return native.isEmpty() || l.language() == QLocale::C ? m_code : native.left(1).toUpper() + native.mid(1);
}

QLocale Language::locale() const
{
    if (m_code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (m_code == QLatin1String("nl"))
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    return QLocale(m_code);
}

const QTranslator *Language::translator() const
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    if (!plausibleCode(m_code))
        return nullptr;
    const QMutexLocker lock(&mutex);
    auto it = loaded.constFind(m_code);
    if (it == loaded.constEnd()) {
        auto t = std::make_shared<QTranslator>();
        if (const QString qm = qmPath(m_code); qm.isEmpty() || !t->load(qm))
            t.reset();
        it = loaded.insert(m_code, t);
    }
    return it->get();
}

QString Language::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text;
    if (const QTranslator *t = translator())
        text = t->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return replacePercentN(text, n, locale());
}

void installInterfaceLanguage(const Language &language)
{
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto *t : {&own, &qt})
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    QLocale::setDefault(language.locale());
    own = std::make_unique<QTranslator>();
    if (const QString qm = qmPath(language.code()); !qm.isEmpty() && own->load(qm))
        QCoreApplication::installTranslator(own.get());
    qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language.code()), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
}

Language interfaceLanguage(const QString &saved)
{
    const Language chosen(saved);
    return chosen.isValid() ? chosen : Language::forLocale();
}

QString Doc::tr(const char *source, const QString &language)
{
    return Language(language).translate("akkoord::Document", source);
}

QString Doc::tr(const char *source, const char *disambiguation, int n, const QString &language)
{
    return Language(language).translate("akkoord::Document", source, disambiguation, n);
}

} // namespace akkoord
