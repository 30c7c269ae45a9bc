// The recitals and clauses proposed from the dialogue: a short sentence
// made from an answer, which the facilitator accepts or rewrites.

#include "domain/covenantparts.h"
#include "domain/covenanttext.h"
#include "domain/document.h"
#include "domain/documenttext.h"
#include "domain/language.h"

#include <QRegularExpression>

#include <algorithm>

namespace akkoord {

using namespace doctext;
using namespace covenantdetail;

namespace {

// The first sentence of an answer, "we" turned into "the parties", at most
// about 240 characters: a proposal, never the answer pasted whole.
QString proposalFrom(const QString &answer, const QString &lang)
{
    QString text = answer.trimmed();
    if (text.isEmpty())
        return {};
    // The first line, then its first sentence.
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression bullet(QStringLiteral("^[-*•–]\\s*"));
    text.remove(bullet);
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    if (const QRegularExpressionMatch m = end.match(text); m.hasMatch())
        text = text.left(m.capturedStart() + 1);
    struct Swap
    {
        const char *from;
        const char *to;
    };
    static const Swap nl[] = {{"wij", "de partijen"}, {"we", "de partijen"}, {"onze", "hun"}, {"ons", "hen"}};
    static const Swap en[] = {{"we", "the parties"}, {"our", "their"}, {"us", "them"}, {"ourselves", "themselves"}};
    const bool dutch = !lang.startsWith(QLatin1String("en"));
    // Swap both ways round: an answer may be written in the other language.
    for (const Swap &s : dutch ? nl : en) {
        const QRegularExpression word(QStringLiteral("\\b") + QLatin1String(s.from) + QStringLiteral("\\b"), QRegularExpression::CaseInsensitiveOption);
        QString out;
        qsizetype last = 0;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            QString to = QLatin1String(s.to);
            if (m.capturedStart() == 0)
                to = upperFirst(to);
            out += to;
            last = m.capturedEnd();
        }
        text = out + text.mid(last);
    }
    constexpr qsizetype kMax = 240;
    if (text.size() > kMax) {
        qsizetype cut = text.lastIndexOf(QLatin1Char(' '), kMax - 1);
        if (cut < kMax / 2)
            cut = kMax - 1;
        text = text.left(cut).trimmed();
        while (!text.isEmpty() && (text.endsWith(QLatin1Char(',')) || text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char(':'))))
            text.chop(1);
        text += QStringLiteral("…");
    }
    return withFullStop(upperFirst(text));
}

} // namespace

QList<DialogueClause> dialogueClauses(const TrajectoryData &data, const Catalog &catalog, const QString &lang)
{
    Q_UNUSED(catalog)
    QList<DialogueClause> out;
    const auto add = [&](const char *key, const char *label, const QString &question, const QString &source, const char *frame = nullptr) {
        DialogueClause c{.key = QLatin1String(key), .label = Doc::tr(label, lang), .sourceQuestion = question};
        QString proposal = proposalFrom(source, lang);
        if (frame && !proposal.isEmpty())
            proposal = Doc::tr(frame, lang).arg(lowerFirst(proposal));
        c.proposal = proposal;
        c.accepted = accepted(data, c.key);
        out << c;
    };
    const QString issue = data.info.issue.trimmed().isEmpty() ? answerOf(data, QStringLiteral("verkennen.vraagstuk")) : data.info.issue.trimmed();
    add("clause.recital.issue", QT_TRANSLATE_NOOP("akkoord::Document", "Recital: the joint issue"), QStringLiteral("verkennen.vraagstuk"), issue);
    // The exploration's answer on the issue, unless that answer already is
    // the issue (no issue of its own): then the developments it found.
    const QString explored = data.info.issue.trimmed().isEmpty() ? QStringLiteral("verkennen.ontwikkelingen") : QStringLiteral("verkennen.vraagstuk");
    add("clause.recital.exploration", QT_TRANSLATE_NOOP("akkoord::Document", "Recital: what the exploration found"), explored, answerOf(data, explored));
    add("clause.purpose.children", QT_TRANSLATE_NOOP("akkoord::Document", "Purpose: what children notice"), QStringLiteral("ambities.opbrengst-kinderen"),
        answerOf(data, QStringLiteral("ambities.opbrengst-kinderen")), QT_TRANSLATE_NOOP("akkoord::Document", "Children notice the result, for example: %1"));
    add("clause.purpose.parents", QT_TRANSLATE_NOOP("akkoord::Document", "Purpose: what parents notice"), QStringLiteral("ambities.opbrengst-ouders"),
        answerOf(data, QStringLiteral("ambities.opbrengst-ouders")), QT_TRANSLATE_NOOP("akkoord::Document", "Parents notice the result, for example: %1"));
    add("clause.role.municipality", QT_TRANSLATE_NOOP("akkoord::Document", "Governance: the municipality's role"), QStringLiteral("verkennen.rol-gemeente"),
        answerOf(data, QStringLiteral("verkennen.rol-gemeente")));
    add("clause.lasting", QT_TRANSLATE_NOOP("akkoord::Document", "Governance: how the collaboration lasts"), QStringLiteral("verantwoorden.bestendigheid"),
        answerOf(data, QStringLiteral("verantwoorden.bestendigheid")));
    // Recitals the facilitator added by hand ("clause.recital.<own key>").
    for (const CovenantText &t : data.covenantTexts) {
        if (!t.key.startsWith(QLatin1String("clause.")))
            continue;
        if (std::any_of(out.cbegin(), out.cend(), [&](const DialogueClause &c) { return c.key == t.key; }))
            continue;
        out << DialogueClause{.key = t.key,
                              .label = t.key.startsWith(QLatin1String("clause.recital.")) ? Doc::tr("Recital", lang) : Doc::tr("Clause", lang),
                              .accepted = t.enabled ? t.text.trimmed() : QString()};
    }
    return out;
}

} // namespace akkoord
