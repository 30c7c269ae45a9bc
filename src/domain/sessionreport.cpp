// Session report assembly: everything answered so far, phase by phase.

#include "domain/document.h"
#include "domain/documenttext.h"
#include "domain/progress.h"

#include <algorithm>

namespace akkoord {

using namespace doctext;

namespace {

using Section = DocumentSection;
using Block = DocumentBlock;

class ReportBuilder
{
public:
    ReportBuilder(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options)
        : d(data)
        , c(catalog)
        , o(options)
        , lang(options.language)
    {
    }

    Document build()
    {
        Document doc;
        doc.kind = DocumentKind::SessionReport;
        doc.language = lang;
        doc.title = d.info.title.trimmed().isEmpty() ? L(lang, "Verslag", "Report") : d.info.title;
        doc.shortTitle = d.info.shortTitle.trimmed().isEmpty() ? doc.title : d.info.shortTitle;
        doc.subject = L(lang, "Verslag van de dialoog", "Report of the dialogue");
        doc.author = o.author.isEmpty() ? d.info.facilitator : o.author;
        doc.draft = o.draft == DocumentOptions::Draft::Draft;
        doc.titlePage = titlePage(doc.title);
        doc.sections << overview();
        for (const Phase &p : c.phases) {
            Section s = phase(p);
            if (!s.blocks.isEmpty())
                doc.sections << s;
        }
        for (Section s : {assessmentSection(), agreementsSection(), openDilemmas(), accountabilitySection(), openQuestions(), orphans()})
            if (!s.blocks.isEmpty())
                doc.sections << s;
        int n = 0;
        for (Section &s : doc.sections)
            s.number = QString::number(++n);
        return doc;
    }

private:
    QDate reportDate() const
    {
        QDate latest;
        for (const WorkshopSession &s : d.sessions)
            if (s.date.isValid() && (!latest.isValid() || s.date > latest))
                latest = s.date;
        if (latest.isValid())
            return latest;
        return o.today.isValid() ? o.today : QDate::currentDate();
    }

    TitlePage titlePage(const QString &title) const
    {
        TitlePage t;
        t.kindLabel = L(lang, "Verslag", "Report");
        t.title = title;
        t.subtitle = L(lang, "Stand van de dialoog op %1", "State of the dialogue on %1").arg(longDate(reportDate(), lang));
        t.municipality = d.info.municipality;
        t.partiesHeading = L(lang, "Partners", "Partners");
        for (const Partner &p : d.partners)
            t.parties << p.organisation;
        if (!d.info.facilitator.trimmed().isEmpty())
            t.placeAndDate = L(lang, "Procesbegeleiding: %1", "Facilitation: %1").arg(d.info.facilitator.trimmed());
        return t;
    }

    Section overview() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("overview"), .title = L(lang, "Overzicht", "Overview"), .newPage = true};
        if (!d.info.issue.trimmed().isEmpty())
            s.blocks << Block::paragraph(d.info.issue.trimmed(), L(lang, "Gezamenlijk vraagstuk: ", "Joint issue: "));
        DocumentTable progress{.header = {L(lang, "Fase", "Phase"), L(lang, "Beantwoord", "Answered"), L(lang, "Open", "Open")},
                               .columnWeights = {3.0, 1.2, 1.2}};
        for (const Phase &p : c.phases) {
            const Progress pr = phaseProgress(p, d);
            progress.rows.append({p.title.in(lang), QStringLiteral("%1 / %2").arg(pr.answered).arg(pr.total), QString::number(pr.total - pr.answered)});
        }
        if (!progress.rows.isEmpty())
            s.blocks << Block::tableBlock(progress);
        if (!d.sessions.isEmpty()) {
            s.blocks << Block::subheading(L(lang, "Bijeenkomsten", "Sessions"));
            for (const WorkshopSession &w : d.sessions) {
                QString lead = longDate(w.date, lang);
                if (!w.place.trimmed().isEmpty())
                    lead += (lead.isEmpty() ? QString() : QStringLiteral(", ")) + w.place.trimmed();
                QString text = w.notes.trimmed();
                if (!w.attendees.isEmpty())
                    text = L(lang, "aanwezig: %1. ", "present: %1. ").arg(partnerNames(d, w.attendees, lang)) + text;
                s.blocks << Block::bullet(text.trimmed(), lead.isEmpty() ? QString() : lead + QStringLiteral(" — "));
            }
        }
        return s;
    }

    // The joint answer to q as blocks; empty when nothing has been given.
    QList<Block> answerBlocks(const Question &q) const
    {
        QList<Block> out;
        const Answer *a = d.answer(q.id);
        switch (q.kind) {
        case AnswerKind::Text:
            if (a && !a->text.trimmed().isEmpty())
                out << Block::paragraph(a->text.trimmed());
            break;
        case AnswerKind::List:
            if (a)
                for (const QString &item : listItems(a->text))
                    out << Block::bullet(item);
            break;
        case AnswerKind::PartnerChecklist:
        case AnswerKind::DomainChecklist:
            if (a) {
                const QStringList labels = choiceLabels(q, *a, d, lang);
                if (!labels.isEmpty())
                    out << Block::paragraph(joinedList(labels, lang));
                if (!a->text.trimmed().isEmpty())
                    out << Block::paragraph(a->text.trimmed());
            }
            break;
        case AnswerKind::PartnerRating:
            out << ratingBlocks(d, c, q, lang);
            break;
        case AnswerKind::Situation:
            out << situationBlocks(d, c, q, lang);
            break;
        case AnswerKind::Gaps: {
            const QList<Block> topics = gapTopicBlocks(d, c, lang);
            if (!topics.isEmpty()) {
                out << Block::note(L(lang, "Gespreksonderwerpen uit de scores nu en gewenst", "Discussion topics from the now-and-desired scores"));
                out << topics;
            }
            if (a && !a->text.trimmed().isEmpty())
                out << Block::paragraph(a->text.trimmed());
            break;
        }
        case AnswerKind::Dilemmas:
            out << dilemmaBlocks(d, c, d.dilemmas, lang);
            break;
        case AnswerKind::Ambitions:
            for (const Ambition &amb : d.ambitions)
                out << Block::bullet(amb.intendedResult.trimmed(), amb.title.trimmed() + (amb.intendedResult.trimmed().isEmpty() ? QString() : QStringLiteral(" — ")));
            break;
        case AnswerKind::Agreements:
            if (!d.agreements.isEmpty())
                out << Block::note(L(lang, "%1 afspraken; zie het hoofdstuk Afspraken.", "%1 agreements; see the chapter Agreements.").arg(d.agreements.size()));
            break;
        case AnswerKind::Accountability:
            if (!d.accountability.isEmpty())
                out << Block::note(L(lang, "Zie het hoofdstuk Verantwoording.", "See the chapter Accountability."));
            break;
        }
        return out;
    }

    QList<Block> perspectiveBlocks(const QString &questionId) const
    {
        QList<Block> out;
        for (const Partner &p : d.partners)
            for (const Perspective &v : d.perspectives)
                if (v.questionId == questionId && v.partnerId == p.id && !v.text.trimmed().isEmpty())
                    out << Block::bullet(v.text.trimmed(), p.organisation + QStringLiteral(": "));
        return out;
    }

    Section phase(const Phase &p) const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("phase.") + p.id, .title = p.title.in(lang), .newPage = true};
        for (const Question &q : p.questions) {
            const QList<Block> answer = answerBlocks(q);
            const QList<Block> views = perspectiveBlocks(q.id);
            if (answer.isEmpty() && views.isEmpty())
                continue;
            s.blocks << Block::subheading(q.text.in(lang));
            s.blocks << answer;
            if (!views.isEmpty()) {
                s.blocks << Block::note(L(lang, "Perspectieven van de partners", "The partners' perspectives"));
                s.blocks << views;
            }
            if (const Answer *a = d.answer(q.id))
                s.blocks << Block::note(L(lang, "Status: %1", "Status: %1").arg(answerStatusText(a->status, lang)));
        }
        return s;
    }

    Section assessmentSection() const
    {
        return Section{.role = Section::Role::Chapter, .key = QStringLiteral("assessment"), .title = L(lang, "Zelfevaluatie", "Self-assessment"),
                       .blocks = assessmentBlocks(d, c, lang, true), .newPage = true};
    }

    Section agreementsSection() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("agreements"), .title = L(lang, "Afspraken", "Agreements"), .newPage = true};
        QList<Agreement> all = covenantAgreements(d, c, true);
        for (const Agreement &a : d.agreements)
            if (a.status == AgreementStatus::Dropped)
                all << a;
        if (!all.isEmpty())
            s.blocks << Block::tableBlock(agreementsTable(d, c, all, lang));
        return s;
    }

    Section openDilemmas() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("dilemmas.open"), .title = L(lang, "Open dilemma's", "Open dilemmas")};
        const QList<DilemmaEntry> open = d.openDilemmas();
        if (open.isEmpty())
            return s;
        s.blocks << Block::note(L(lang, "Deze dilemma's zijn nog niet beslecht. Neem ze mee bij het maken van de afspraken.",
                                  "These dilemmas have not been settled yet. Take them into account when making the agreements."));
        s.blocks << dilemmaBlocks(d, c, open, lang);
        return s;
    }

    Section accountabilitySection() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("accountability"), .title = L(lang, "Verantwoording", "Accountability")};
        if (d.accountability.isEmpty())
            return s;
        DocumentTable t{.header = {L(lang, "Waarover", "About"), L(lang, "Aan wie", "To whom"), L(lang, "Hoe vaak", "How often"), L(lang, "Vorm", "Form")},
                        .columnWeights = {2.5, 2.0, 1.5, 2.0}};
        for (const AccountabilityItem &i : d.accountability)
            t.rows.append({i.about, i.toWhom, i.frequency, i.form});
        s.blocks << Block::tableBlock(t);
        return s;
    }

    Section openQuestions() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("open"), .title = L(lang, "Open vragen", "Open questions"), .newPage = true};
        for (const Phase &p : c.phases) {
            QList<Block> items;
            for (const Question &q : p.questions) {
                if (!isAnswered(q, d)) {
                    QString text = q.text.in(lang);
                    const QList<PartnerId> missing = partnersWithoutInput(q, d);
                    if ((q.kind == AnswerKind::PartnerRating || q.kind == AnswerKind::Situation) && !missing.isEmpty())
                        text += L(lang, " (nog niet van: %1)", " (still missing: %1)").arg(partnerNames(d, missing, lang));
                    items << Block::bullet(text);
                } else if (const Answer *a = d.answer(q.id); a && a->status == AnswerStatus::Open) {
                    items << Block::bullet(q.text.in(lang) + L(lang, " (beantwoord, nog niet besproken)", " (answered, not yet discussed)"));
                }
            }
            if (!items.isEmpty()) {
                s.blocks << Block::subheading(p.title.in(lang));
                s.blocks << items;
            }
        }
        return s;
    }

    Section orphans() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("orphans"),
                  .title = L(lang, "Antwoorden bij vragen die niet meer in de catalogus staan", "Answers to questions no longer in the catalogue")};
        const QList<Answer> orphaned = orphanedAnswers(c, d);
        if (orphaned.isEmpty())
            return s;
        s.blocks << Block::note(L(lang, "Deze antwoorden horen bij vragen die in de huidige vragenlijst niet meer voorkomen. Ze zijn bewaard en worden hier getoond zoals ze zijn gegeven.",
                                  "These answers belong to questions that are no longer in the current catalogue. They are kept and shown here as given."));
        for (const Answer &a : orphaned) {
            s.blocks << Block::subheading(a.questionId);
            if (!a.text.trimmed().isEmpty())
                s.blocks << Block::paragraph(a.text.trimmed());
            if (!a.choices.isEmpty())
                s.blocks << Block::paragraph(a.choices.join(QStringLiteral(", ")));
            s.blocks << Block::note(L(lang, "Status: %1", "Status: %1").arg(answerStatusText(a.status, lang)));
        }
        return s;
    }

    const TrajectoryData &d;
    const Catalog &c;
    const DocumentOptions &o;
    const QString lang;
};

} // namespace

Document buildSessionReport(const TrajectoryData &data, const Catalog &catalog, const DocumentOptions &options)
{
    return ReportBuilder(data, catalog, options).build();
}

} // namespace akkoord
