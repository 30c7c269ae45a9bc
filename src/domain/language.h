#pragma once

// Languages: the interface's and each document's. Every text goes through
// Qt's translation files (resources/translations/akkoord_*.ts, English
// source); a language is available when its .qm file is built in.

#include <QList>
#include <QLocale>
#include <QString>

// For lupdate only: marks a class whose static tr() translates into a
// document's language (lupdate is told it is Q_DECLARE_TR_FUNCTIONS).
#define AKKOORD_TRANSLATION_CONTEXT(context)

class QTranslator;

namespace akkoord {

class Language
{
public:
    // "nl", "en", or any code with a built-in translation; the empty code
    // and unknown codes are not valid().
    explicit Language(const QString &code = {});
    static Language english() { return Language(QStringLiteral("en")); }
    static Language dutch() { return Language(QStringLiteral("nl")); }
    // The languages with a translation built in, English first.
    static QList<Language> available();
    // The language that best matches a locale (the system's by default);
    // English when none does.
    static Language forLocale(const QLocale &locale = QLocale::system());

    bool isValid() const;
    QString code() const { return m_code; }
    // The language's own name ("Nederlands", "English").
    QString nativeName() const;
    QLocale locale() const;
    Qt::LayoutDirection direction() const { return locale().textDirection(); }

    // This language's translator for Akkoord's own strings, loaded once and
    // shared; null for a language without one (English needs none except
    // for plurals). Safe to use from any thread.
    const QTranslator *translator() const;
    // context/source as in QCoreApplication::translate, but in this
    // language whatever the interface language is.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

    friend bool operator==(const Language &a, const Language &b) { return a.m_code == b.m_code; }

private:
    QString m_code;
};

// The interface language of this process: installs Akkoord's translator
// and Qt's own (qtbase_*.qm from the Qt translations folder, for dialog
// buttons and file dialogs), replacing those installed before, and makes
// the language's locale the default. Call before printing anything.
void installInterfaceLanguage(const Language &language);
// The interface language to use: the saved choice when it is available,
// otherwise the system's.
Language interfaceLanguage(const QString &saved);

// Document text (covenant, reports, questionnaire): English source,
// translated into the document's language, independent of the interface's.
class Doc
{
    AKKOORD_TRANSLATION_CONTEXT(akkoord::Document)
public:
    static QString tr(const char *source, const QString &language);
    static QString tr(const char *source, const char *disambiguation, int n, const QString &language);
};

} // namespace akkoord
