#pragma once

// A pseudo-language "xx" for tests: every text of akkoord_en.ts in ⟦…⟧, built
// with lrelease into DATA/akkoord/translations/akkoord_xx.qm, the folder
// where Akkoord finds added languages (XDG_DATA_HOME=DATA). It proves that a
// language is added with files only, and shows any text that bypasses the
// translation files (it stays unbracketed).

#include "i18n/tsfile.h"
#include "support/support.h"

#include <QDir>
#include <QXmlStreamWriter>

namespace akkoord::test {

inline QString pseudo(const QString &text) { return QStringLiteral("⟦") + text + QStringLiteral("⟧"); }

// Writes the pseudo-language below dataDir; returns lrelease's complaint, or
// an empty string when the .qm file is there.
inline QString buildPseudoLanguage(const QString &dataDir)
{
    const QString folder = dataDir + QStringLiteral("/akkoord/translations");
    QDir().mkpath(folder);
    const QString ts = folder + QStringLiteral("/akkoord_xx.ts");
    QFile f(ts);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + ts;
    QXmlStreamWriter xml(&f);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("en_GB")); // English plural rules
    QString context;
    for (const TsMessage &m : readTs(sourcePath(QStringLiteral("resources/translations/akkoord_en.ts")))) {
        if (m.context != context) {
            if (!context.isEmpty())
                xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("context"));
            xml.writeTextElement(QStringLiteral("name"), m.context);
            context = m.context;
        }
        xml.writeStartElement(QStringLiteral("message"));
        if (m.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), m.source);
        if (!m.comment.isEmpty())
            xml.writeTextElement(QStringLiteral("comment"), m.comment);
        xml.writeStartElement(QStringLiteral("translation"));
        if (m.numerus) {
            xml.writeTextElement(QStringLiteral("numerusform"), pseudo(m.translations.value(0, m.source)));
            xml.writeTextElement(QStringLiteral("numerusform"), pseudo(m.translations.value(1, m.source)));
        } else if (m.context == QLatin1String("akkoord::Language") && m.source == QLatin1String("English")) {
            xml.writeCharacters(QStringLiteral("Pseudo"));
        } else {
            xml.writeCharacters(pseudo(m.source));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    if (!context.isEmpty())
        xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    f.close();
    const ProcessResult r = runProgram(QStringLiteral(AKKOORD_LRELEASE), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), folder + QStringLiteral("/akkoord_xx.qm")});
    if (r.exitCode != 0 || !QFile::exists(folder + QStringLiteral("/akkoord_xx.qm")))
        return QString::fromUtf8(r.err + r.out);
    return {};
}

} // namespace akkoord::test
