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
        doc.title = d.info.title.trimmed().isEmpty() ? Doc::tr("Report", lang) : d.info.title;
        doc.shortTitle = d.info.shortTitle.trimmed().isEmpty() ? doc.title : d.info.shortTitle;
        doc.subject = Doc::tr("Report of the dialogue", lang);
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
        // Last, so it explains the terms every section above uses.
        if (Section s = glossarySection(doc); !s.blocks.isEmpty())
            doc.sections << s;
        // What was decided comes first (issue 16): the summary, then the
        // contents, then the details.
        doc.sections.prepend(summary());
        int n = 0;
        for (Section &s : doc.sections)
            s.number = QString::number(++n);
        doc.sections.insert(1, contents(doc));
        return doc;
    }

private:
    // A question is open while its joint answer is neither agreed nor
    // discussed: not given at all, or given and not yet talked through. An
    // agreed or discussed answer is never listed as open.
    bool isOpen(const Question &q) const
    {
        const Answer *a = d.answer(q.id);
        if (a && (a->status == AnswerStatus::Agreed || a->status == AnswerStatus::Discussed))
            return false;
        return !isAnswered(q, d) || (a && a->status == AnswerStatus::Open);
    }

    // The answer to an agreed question in one short line: its first
    // sentence (or its choices), never the whole answer.
    QString decisionText(const Question &q, const Answer &a) const
    {
        QString text = a.text.trimmed();
        if (q.kind == AnswerKind::List) {
            const QStringList items = listItems(a.text);
            text = items.isEmpty() ? QString() : items.first();
        }
        if (text.isEmpty() && (q.kind == AnswerKind::PartnerChecklist || q.kind == AnswerKind::DomainChecklist))
            text = joinedList(choiceLabels(q, a, d, lang), lang);
        return firstSentence(text);
    }

    // Page 1 of the details: decisions, actions, open dilemmas, open
    // questions and the most recent session.
    Section summary() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("summary"), .title = Doc::tr("Summary", lang), .newPage = true};
        QList<Block> decisions;
        QList<Block> open;
        for (const Phase &p : c.phases)
            for (const Question &q : p.questions) {
                const Answer *a = d.answer(q.id);
                if (a && a->status == AnswerStatus::Agreed) {
                    const QString text = decisionText(q, *a);
                    decisions << Block::bullet(text, q.text.in(lang) + (text.isEmpty() ? QString() : QStringLiteral(" — ")));
                } else if (isOpen(q)) {
                    open << Block::bullet(q.text.in(lang));
                }
            }
        QList<Block> actions;
        for (const Agreement &a : covenantAgreements(d, c, true)) {
            if (a.status == AgreementStatus::Dropped || a.status == AgreementStatus::Done)
                continue;
            QStringList parts;
            parts << (a.owner ? Doc::tr("who: %1", lang).arg(partnerName(d, *a.owner, lang)) : Doc::tr("who: not yet decided", lang));
            parts << (a.deadline.isValid() ? Doc::tr("by %1", lang).arg(longDate(a.deadline, lang)) : Doc::tr("no date yet", lang));
            QString text = parts.join(QStringLiteral("; "));
            if (a.status == AgreementStatus::Proposed)
                text += Doc::tr(" (proposal)", lang);
            actions << Block::bullet(text, firstSentence(a.what) + QStringLiteral(" — "));
        }
        QList<Block> dilemmas;
        for (const DilemmaEntry &e : d.openDilemmas())
            dilemmas << Block::bullet(e.title.trimmed());

        auto part = [&](const QString &heading, const QList<Block> &items, const QString &none) {
            s.blocks << Block::subheading(heading);
            if (items.isEmpty())
                s.blocks << Block::note(none);
            else
                s.blocks << items;
        };
        part(Doc::tr("Decisions", lang), decisions, Doc::tr("No answer has been agreed yet.", lang));
        part(Doc::tr("Actions", lang), actions, Doc::tr("No agreements yet.", lang));
        part(Doc::tr("Open dilemmas", lang), dilemmas, Doc::tr("No open dilemmas.", lang));
        part(Doc::tr("Open questions", lang), open, Doc::tr("No open questions.", lang));

        const WorkshopSession *latest = nullptr;
        for (const WorkshopSession &w : d.sessions)
            if (w.date.isValid() && (!latest || w.date > latest->date))
                latest = &w;
        if (latest) {
            s.blocks << Block::subheading(Doc::tr("Most recent session", lang));
            QString text = longDate(latest->date, lang);
            if (!latest->place.trimmed().isEmpty())
                text += QStringLiteral(", ") + latest->place.trimmed();
            s.blocks << Block::paragraph(text);
        }
        return s;
    }

    // The numbered chapters and their titles (the model has no pages, so
    // no page numbers).
    Section contents(const Document &doc) const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("contents"), .title = Doc::tr("Contents", lang), .newPage = true};
        for (const Section &chapter : doc.sections)
            if (!chapter.number.isEmpty())
                s.blocks << Block::paragraph(chapter.title, chapter.number + QStringLiteral("   "));
        return s;
    }

    // The catalogue's glossary entries whose term the report uses, so a
    // parent at the table can look up JGZ or VE (issue 20).
    Section glossarySection(const Document &doc) const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("glossary"), .title = Doc::tr("Glossary", lang), .newPage = true};
        const QList<const GlossaryEntry *> used = glossaryTermsUsedIn(doc, c, lang);
        if (used.isEmpty())
            return s;
        s.blocks << Block::paragraph(Doc::tr("The abbreviations and terms this report uses, in plain words.", lang));
        for (const GlossaryEntry *e : used)
            s.blocks << Block::paragraph(e->explanation.in(lang), e->term.in(lang) + QStringLiteral(" — "));
        return s;
    }

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
        t.kindLabel = Doc::tr("Report", lang);
        t.title = title;
        t.subtitle = Doc::tr("State of the dialogue on %1", lang).arg(longDate(reportDate(), lang));
        t.municipality = d.info.municipality;
        t.partiesHeading = Doc::tr("Partners", lang);
        for (const Partner &p : d.partners)
            t.parties << p.organisation;
        if (!d.info.facilitator.trimmed().isEmpty())
            t.placeAndDate = Doc::tr("Facilitation: %1", lang).arg(d.info.facilitator.trimmed());
        return t;
    }

    Section overview() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("overview"), .title = Doc::tr("Overview", lang), .newPage = true};
        if (!d.info.issue.trimmed().isEmpty())
            s.blocks << Block::paragraph(d.info.issue.trimmed(), Doc::tr("Joint issue: ", lang));
        DocumentTable progress{.header = {Doc::tr("Phase", lang), Doc::tr("Answered", lang), Doc::tr("Open", lang)},
                               .columnWeights = {3.0, 1.2, 1.2}};
        for (const Phase &p : c.phases) {
            const Progress pr = phaseProgress(p, d);
            progress.rows.append({p.title.in(lang), QStringLiteral("%1 / %2").arg(pr.answered).arg(pr.total), QString::number(pr.total - pr.answered)});
        }
        if (!progress.rows.isEmpty())
            s.blocks << Block::tableBlock(progress);
        if (!d.sessions.isEmpty()) {
            s.blocks << Block::subheading(Doc::tr("Sessions", lang));
            for (const WorkshopSession &w : d.sessions) {
                QString lead = longDate(w.date, lang);
                if (!w.place.trimmed().isEmpty())
                    lead += (lead.isEmpty() ? QString() : QStringLiteral(", ")) + w.place.trimmed();
                QString text = w.notes.trimmed();
                if (!w.attendees.isEmpty())
                    text = Doc::tr("present: %1. ", lang).arg(partnerNames(d, w.attendees, lang)) + text;
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
                out << Block::note(Doc::tr("Discussion topics from the now-and-desired scores", lang));
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
                out << Block::note(Doc::tr("%1 agreements; see the chapter Agreements.", lang).arg(d.agreements.size()));
            break;
        case AnswerKind::Accountability:
            if (!d.accountability.isEmpty())
                out << Block::note(Doc::tr("See the chapter Accountability.", lang));
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
                s.blocks << Block::note(Doc::tr("The partners' perspectives", lang));
                s.blocks << views;
            }
            if (const Answer *a = d.answer(q.id))
                s.blocks << Block::note(Doc::tr("Status: %1", lang).arg(answerStatusText(a->status, lang)));
        }
        return s;
    }

    Section assessmentSection() const
    {
        return Section{.role = Section::Role::Chapter, .key = QStringLiteral("assessment"), .title = Doc::tr("Self-assessment", lang),
                       .blocks = assessmentBlocks(d, c, lang, true), .newPage = true};
    }

    Section agreementsSection() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("agreements"), .title = Doc::tr("Agreements", lang), .newPage = true};
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
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("dilemmas.open"), .title = Doc::tr("Open dilemmas", lang)};
        const QList<DilemmaEntry> open = d.openDilemmas();
        if (open.isEmpty())
            return s;
        s.blocks << Block::note(Doc::tr("These dilemmas have not been settled yet. Take them into account when making the agreements.", lang));
        s.blocks << dilemmaBlocks(d, c, open, lang);
        return s;
    }

    Section accountabilitySection() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("accountability"), .title = Doc::tr("Accountability", lang)};
        if (d.accountability.isEmpty())
            return s;
        DocumentTable t{.header = {Doc::tr("About", lang), Doc::tr("To whom", lang), Doc::tr("How often", lang), Doc::tr("Form", lang)},
                        .columnWeights = {2.5, 2.0, 1.5, 2.0}};
        for (const AccountabilityItem &i : d.accountability)
            t.rows.append({i.about, i.toWhom, i.frequency, i.form});
        s.blocks << Block::tableBlock(t);
        return s;
    }

    Section openQuestions() const
    {
        Section s{.role = Section::Role::Chapter, .key = QStringLiteral("open"), .title = Doc::tr("Open questions", lang), .newPage = true};
        for (const Phase &p : c.phases) {
            QList<Block> items;
            for (const Question &q : p.questions) {
                if (!isOpen(q))
                    continue;
                if (!isAnswered(q, d)) {
                    QString text = q.text.in(lang);
                    const QList<PartnerId> missing = partnersWithoutInput(q, d);
                    if ((q.kind == AnswerKind::PartnerRating || q.kind == AnswerKind::Situation) && !missing.isEmpty())
                        text += Doc::tr(" (still missing: %1)", lang).arg(partnerNames(d, missing, lang));
                    items << Block::bullet(text);
                } else if (const Answer *a = d.answer(q.id); a && a->status == AnswerStatus::Open) {
                    items << Block::bullet(q.text.in(lang) + Doc::tr(" (answered, not yet discussed)", lang));
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
                  .title = Doc::tr("Answers to questions no longer in the catalogue", lang)};
        const QList<Answer> orphaned = orphanedAnswers(c, d);
        if (orphaned.isEmpty())
            return s;
        s.blocks << Block::note(Doc::tr("These answers belong to questions that are no longer in the current catalogue. They are kept and shown here as given.", lang));
        for (const Answer &a : orphaned) {
            s.blocks << Block::subheading(a.questionId);
            if (!a.text.trimmed().isEmpty())
                s.blocks << Block::paragraph(a.text.trimmed());
            if (!a.choices.isEmpty())
                s.blocks << Block::paragraph(a.choices.join(QStringLiteral(", ")));
            s.blocks << Block::note(Doc::tr("Status: %1", lang).arg(answerStatusText(a.status, lang)));
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
