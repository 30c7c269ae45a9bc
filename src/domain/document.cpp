#include "domain/document.h"
#include "domain/covenanttext.h"
#include "domain/gaps.h"

#include "domain/documenttext.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QLocale>

#include <algorithm>

namespace akkoord {


DocumentBlock DocumentBlock::paragraph(const QString &text, const QString &lead) { return {.kind = Kind::Paragraph, .lead = lead, .text = text}; }
DocumentBlock DocumentBlock::clause(const QString &number, const QString &text) { return {.kind = Kind::Clause, .number = number, .text = text}; }
DocumentBlock DocumentBlock::bullet(const QString &text, const QString &lead) { return {.kind = Kind::Bullet, .lead = lead, .text = text}; }
DocumentBlock DocumentBlock::subheading(const QString &text) { return {.kind = Kind::Subheading, .text = text}; }
DocumentBlock DocumentBlock::note(const QString &text) { return {.kind = Kind::Note, .text = text}; }
DocumentBlock DocumentBlock::tableBlock(const DocumentTable &table) { return {.kind = Kind::Table, .table = table}; }
DocumentBlock DocumentBlock::urgencyChart(const UrgencyChartData &data)
{
    return {.kind = Kind::Chart, .chart = ChartKind::Urgency, .urgency = data};
}
DocumentBlock DocumentBlock::signatureBlocks(const QList<SignatureBlock> &blocks) { return {.kind = Kind::Signatures, .signatures = blocks}; }
DocumentBlock DocumentBlock::radarChart(const RadarChartData &data) { return {.kind = Kind::Chart, .chart = ChartKind::Radar, .radar = data}; }
DocumentBlock DocumentBlock::gapChart(const GapChartData &data) { return {.kind = Kind::Chart, .chart = ChartKind::Gaps, .gaps = data}; }
DocumentBlock DocumentBlock::notice(const QString &text, const QString &lead) { return {.kind = Kind::Notice, .lead = lead, .text = text}; }
DocumentBlock DocumentBlock::scaleHeader(const QStringList &labels, const QString &caption)
{
    return {.kind = Kind::ScaleHeader, .text = caption, .choices = labels};
}
DocumentBlock DocumentBlock::scaleItem(const QString &number, const QString &text, const QStringList &labels)
{
    return {.kind = Kind::ScaleItem, .number = number, .text = text, .choices = labels};
}
DocumentBlock DocumentBlock::field(const QString &label, int lines, const QStringList &choices)
{
    return {.kind = Kind::Field, .lead = label, .choices = choices, .writeLines = choices.isEmpty() ? std::max(1, lines) : 0};
}

const DocumentSection *Document::section(const QString &key) const
{
    auto it = std::find_if(sections.cbegin(), sections.cend(), [&](const DocumentSection &s) { return s.key == key; });
    return it == sections.cend() ? nullptr : &*it;
}

QList<const DocumentSection *> Document::sectionsWithRole(DocumentSection::Role role) const
{
    QList<const DocumentSection *> out;
    for (const DocumentSection &s : sections)
        if (s.role == role)
            out.append(&s);
    return out;
}

QString longDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    return Language(language).locale().toString(date, QStringLiteral("d MMMM yyyy"));
}

UrgencyChartData urgencyChartData(const TrajectoryData &data, const Catalog &catalog, const QString &language)
{
    const Question *q = catalog.firstOfKind(AnswerKind::PartnerRating);
    UrgencyChartData chart = ratingChartData(data, catalog, q ? q->id : QStringLiteral("verkennen.urgentie"), language);
    if (!q)
        chart.title = Doc::tr("Urgency per partner", language);
    // The covenant records the ratings; the call to discuss a spread belongs
    // to the room and the session report, not to what is signed.
    chart.spreadLow = chart.spreadHigh = 0;
    chart.spreadLabel.clear();
    return chart;
}

UrgencyChartData ratingChartData(const TrajectoryData &data, const Catalog &catalog, const QString &questionId, const QString &language)
{
    UrgencyChartData chart;
    const Question *q = catalog.question(questionId);
    chart.title = q ? q->text.in(language) : questionId;
    const bool hidden = data.isHidden(questionId);
    int sum = 0;
    int count = 0;
    int low = chart.maxScore + 1;
    int high = 0;
    for (const Partner &p : data.partners) {
        UrgencyEntry e{.partner = p.organisation};
        for (const Rating &r : data.ratings)
            if (r.questionId == questionId && r.partnerId == p.id && !hidden) {
                e.score = std::clamp(r.score, 0, chart.maxScore);
                e.reason = r.reason;
            }
        if (e.score > 0) {
            sum += e.score;
            ++count;
            low = std::min(low, e.score);
            high = std::max(high, e.score);
        }
        chart.entries.append(e);
    }
    if (count > 0)
        chart.averageLabel = Doc::tr("average %1", language).arg(doctext::decimal(double(sum) / count, language));
    if (count >= 2 && high - low >= kMinDisagreement) {
        chart.spreadLow = low;
        chart.spreadHigh = high;
        chart.spreadLabel = Doc::tr("spread %1 to %2: discuss the differences", language).arg(low).arg(high);
    }
    return chart;
}

GapChartData gapChartData(const TrajectoryData &data, const Catalog &catalog, const QString &language, std::optional<PartnerId> partner)
{
    GapChartData chart;
    const Question *q = catalog.firstOfKind(AnswerKind::Situation);
    chart.title = partner ? Doc::tr("Now and desired according to %1", language).arg(doctext::partnerName(data, *partner, language))
                          : Doc::tr("Now and desired per building block (average)", language);
    chart.language = language;
    chart.nowLabel = Doc::tr("now", language);
    chart.desiredLabel = Doc::tr("desired", language);
    if (!partner)
        chart.spreadLabel = Doc::tr("spread between partners (now)", language);
    const bool hidden = q && data.isHidden(q->id);
    const GapAnalysis analysis = analyseGaps(catalog, data);
    for (const BuildingBlock &b : catalog.buildingBlocks) {
        GapChartRow row{.label = b.title.in(language)};
        const BlockGap *g = analysis.block(b.id);
        if (!hidden && g) {
            if (partner) {
                for (const PartnerGap &pg : g->partners)
                    if (pg.partner == *partner) {
                        row.now = pg.now;
                        row.desired = pg.desired;
                    }
                if (const SituationRating *r = data.situationOf(b.id, *partner); r && !row.now) {
                    if (r->now > 0)
                        row.now = r->now;
                    if (r->desired > 0)
                        row.desired = r->desired;
                }
            } else {
                row.now = g->meanNow;
                row.desired = g->meanDesired;
                if (!g->partners.isEmpty()) {
                    row.nowLow = row.nowHigh = g->partners.first().now;
                    for (const PartnerGap &pg : g->partners) {
                        row.nowLow = std::min(row.nowLow, pg.now);
                        row.nowHigh = std::max(row.nowHigh, pg.now);
                    }
                }
                row.largestGap = analysis.largestGaps.contains(b.id);
                row.largestDisagreement = analysis.largestDisagreements.contains(b.id);
            }
        }
        chart.rows.append(row);
    }
    return chart;
}

QStringList covenantGaps(const TrajectoryData &data, const Catalog &catalog, const QString &lang)
{
    QStringList gaps;
    for (const CovenantGap &g : covenantGapList(data, catalog, lang))
        gaps << g.text;
    return gaps;
}

namespace {

// A length-prefixed, tagged serialisation: unambiguous, so two different
// documents can never serialise to the same bytes.
class Canon
{
public:
    void tag(char t) { m_bytes.append(t); }
    void str(const QString &s)
    {
        const QByteArray u = s.toUtf8();
        num(u.size());
        m_bytes.append(u);
    }
    void num(qint64 n) { m_bytes.append(QByteArray::number(n)).append(':'); }
    void list(const QStringList &l)
    {
        num(l.size());
        for (const QString &s : l)
            str(s);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

void serialise(Canon &c, const DocumentBlock &b)
{
    c.tag('B');
    c.num(int(b.kind));
    c.str(b.number);
    c.str(b.lead);
    c.str(b.text);
    c.tag('T');
    c.list(b.table.header);
    c.num(b.table.rows.size());
    for (const QStringList &row : b.table.rows)
        c.list(row);
    c.tag('C');
    c.num(int(b.chart));
    c.str(b.urgency.title);
    c.num(b.urgency.maxScore);
    c.str(b.urgency.averageLabel);
    c.num(b.urgency.entries.size());
    for (const UrgencyEntry &e : b.urgency.entries) {
        c.str(e.partner);
        c.num(e.score);
        c.str(e.reason);
    }
    c.tag('S');
    c.num(b.signatures.size());
    for (const SignatureBlock &s : b.signatures) {
        c.str(s.organisation);
        c.str(s.name);
        c.str(s.function);
        c.str(s.place);
        c.str(s.date.isValid() ? s.date.toString(Qt::ISODate) : QString());
        c.num(s.underMandateReservation ? 1 : 0);
    }
    c.tag('R');
    c.str(b.radar.title);
    c.list(b.radar.axes);
    c.str(QString::number(b.radar.minimum));
    c.str(QString::number(b.radar.maximum));
    c.str(b.radar.note);
    c.num(b.radar.series.size());
    for (const RadarSeries &s : b.radar.series) {
        c.str(s.label);
        c.num(s.colour);
        c.num(s.dashed ? 1 : 0);
        c.num(s.values.size());
        for (const std::optional<double> &v : s.values)
            c.str(v ? QString::number(*v, 'f', 6) : QStringLiteral("-"));
    }
    c.tag('F');
    c.list(b.choices);
    c.num(b.writeLines);
    // Added later: only present when used, so earlier fingerprints stand.
    if (!b.urgency.spreadLabel.isEmpty()) {
        c.tag('U');
        c.num(b.urgency.spreadLow);
        c.num(b.urgency.spreadHigh);
        c.str(b.urgency.spreadLabel);
    }
    if (b.chart == ChartKind::Gaps) {
        c.tag('G');
        c.str(b.gaps.title);
        c.num(b.gaps.maxScore);
        c.list({b.gaps.nowLabel, b.gaps.desiredLabel, b.gaps.spreadLabel});
        c.num(b.gaps.rows.size());
        for (const GapChartRow &r : b.gaps.rows) {
            c.str(r.label);
            c.str(r.now ? QString::number(*r.now, 'f', 6) : QStringLiteral("-"));
            c.str(r.desired ? QString::number(*r.desired, 'f', 6) : QStringLiteral("-"));
            c.num(r.nowLow);
            c.num(r.nowHigh);
            c.num((r.largestGap ? 1 : 0) + (r.largestDisagreement ? 2 : 0));
        }
    }
}

} // namespace

QByteArray canonicalContent(const Document &d)
{
    Canon c;
    c.str(QStringLiteral("akkoord-document-1"));
    c.num(int(d.kind));
    c.str(d.language);
    c.str(d.title);
    c.str(d.shortTitle);
    const TitlePage &t = d.titlePage;
    for (const QString &s : {t.kindLabel, t.title, t.subtitle, t.municipality, t.partiesHeading, t.placeAndDate})
        c.str(s);
    c.list(t.parties);
    c.num(d.sections.size());
    for (const DocumentSection &s : d.sections) {
        c.tag('X');
        c.num(int(s.role));
        c.str(s.key);
        c.str(s.number);
        c.str(s.title);
        c.num(s.newPage ? 1 : 0);
        c.num(s.blocks.size());
        for (const DocumentBlock &b : s.blocks)
            serialise(c, b);
    }
    return c.bytes();
}

QList<const GlossaryEntry *> glossaryTermsUsedIn(const Document &d, const Catalog &catalog, const QString &language)
{
    QStringList parts{d.title, d.titlePage.title, d.titlePage.subtitle};
    for (const DocumentSection &s : d.sections) {
        parts << s.title;
        for (const DocumentBlock &b : s.blocks) {
            parts << b.lead << b.text;
            for (const QStringList &row : b.table.rows)
                parts << row;
        }
    }
    const QString text = parts.join(QLatin1Char('\n'));
    // One pass splits the text into words, so each one-word term is a set
    // lookup; only terms of several words are searched for. A report that
    // holds a 30 MB answer is scanned once, not once per term.
    QSet<QString> words;
    qsizetype begin = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text[i].isLetterOrNumber();
        if (letter && begin < 0) {
            begin = i;
        } else if (!letter && begin >= 0) {
            // Terms are short: a longer run of letters is never one of them.
            if (i - begin <= 40)
                words.insert(QStringView(text).sliced(begin, i - begin).toString().toCaseFolded());
            begin = -1;
        }
    }
    QList<const GlossaryEntry *> out;
    for (const GlossaryEntry &e : catalog.glossary) {
        for (const QString &part : e.term.in(language).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const QString term = part.trimmed();
            const bool oneWord = !term.isEmpty() && std::all_of(term.cbegin(), term.cend(), [](QChar ch) { return ch.isLetterOrNumber(); });
            bool found = false;
            if (oneWord) {
                found = words.contains(term.toCaseFolded());
            } else if (!term.isEmpty()) {
                const QRegularExpression phrase(QStringLiteral("(?<![\\w])") + QRegularExpression::escape(term) + QStringLiteral("(?![\\w])"),
                                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
                found = phrase.match(text).hasMatch();
            }
            if (found) {
                out.append(&e);
                break;
            }
        }
    }
    return out;
}

DocumentSize documentSize(const Document &d)
{
    DocumentSize size;
    auto text = [&size](const QString &s) { size.characters += s.size(); };
    auto texts = [&text](const QStringList &list) {
        for (const QString &s : list)
            text(s);
    };
    const TitlePage &t = d.titlePage;
    for (const QString &s : {d.title, d.shortTitle, d.subject, t.kindLabel, t.title, t.subtitle, t.municipality, t.partiesHeading, t.placeAndDate})
        text(s);
    texts(t.parties);
    size.pieces += t.parties.size();
    for (const DocumentSection &s : d.sections) {
        text(s.number);
        text(s.title);
        ++size.pieces;
        for (const DocumentBlock &b : s.blocks) {
            ++size.pieces;
            text(b.number);
            text(b.lead);
            text(b.text);
            texts(b.choices);
            texts(b.table.header);
            size.pieces += b.table.header.size();
            for (const QStringList &row : b.table.rows) {
                texts(row);
                size.pieces += row.size();
            }
            for (const SignatureBlock &sig : b.signatures) {
                for (const QString &field : {sig.organisation, sig.name, sig.function, sig.place})
                    text(field);
                size.pieces += 4;
            }
            if (b.kind == DocumentBlock::Kind::Chart) {
                for (const UrgencyEntry &e : b.urgency.entries)
                    text(e.partner);
                texts(b.radar.axes);
                for (const GapChartRow &r : b.gaps.rows)
                    text(r.label);
                size.pieces += b.urgency.entries.size() + b.radar.axes.size() + b.radar.series.size() + b.gaps.rows.size();
            }
        }
    }
    return size;
}

QString fingerprint(const Document &document)
{
    const QByteArray hash = QCryptographicHash::hash(canonicalContent(document), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(12));
}

} // namespace akkoord
