#include "report/documentlayout.h"

#include "domain/language.h"
#include "report/formpieces.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QRegularExpression>

#include <algorithm>

namespace akkoord::report {

namespace {

using Block = DocumentBlock;
using Section = DocumentSection;

class Layouter
{
public:
    Layouter(const Document &document, QPaintDevice *device, double width, const Theme &theme)
        : doc(document)
        , dev(device)
        , w(width)
        , t(theme)
        , unit(device->logicalDpiY() / 72.0)
    {
    }

    QList<PiecePtr> run()
    {
        if (!doc.titlePage.title.isEmpty())
            titlePage();
        for (const Section &s : doc.sections)
            section(s);
        return out;
    }

private:
    double pt(double points) const { return points * unit; }

    std::shared_ptr<QTextLayout> text(const QString &s, const QFont &font, QColor color, double width, Qt::Alignment align = Qt::AlignLeft,
                                      const QString &lead = {}, QColor leadColor = {}, double spacing = 1.25) const
    {
        return layoutText(TextSpec{.text = s, .font = font, .color = color, .lead = lead, .leadColor = leadColor, .alignment = align, .lineSpacing = spacing},
                          width, dev);
    }

    std::shared_ptr<QTextLayout> marker(const QString &s, const QFont &font, double x) const
    {
        auto l = text(s, font, t.text, pt(40), Qt::AlignLeft, {}, {}, t.lineSpacing);
        if (l->lineCount() > 0) {
            QTextLine line = l->lineAt(0);
            line.setPosition(QPointF(x, line.y()));
        }
        return l;
    }

    PiecePtr add(std::shared_ptr<Piece> p, double spaceBefore, bool keepWithNext = false, bool pageBreak = false)
    {
        p->spaceBefore = spaceBefore;
        p->keepWithNext = keepWithNext;
        p->pageBreakBefore = pageBreak;
        out.append(p);
        return p;
    }

    void centred(const QString &s, const QFont &font, QColor color, double space, double spacing = 1.25)
    {
        if (!s.trimmed().isEmpty())
            add(std::make_shared<TextPiece>(text(s, font, color, w, Qt::AlignHCenter, {}, {}, spacing), 0), pt(space));
    }

    void titlePage()
    {
        const TitlePage &tp = doc.titlePage;
        add(std::make_shared<SpacerPiece>(pt(120)), 0);
        QFont kind = t.font(t.sans, 12, true);
        kind.setLetterSpacing(QFont::PercentageSpacing, 125);
        kind.setCapitalization(QFont::AllUppercase);
        centred(tp.kindLabel, kind, t.accent, 0);
        centred(tp.title, t.font(t.serif, 24, true), t.text, 14, 1.15);
        centred(tp.subtitle, t.font(t.sans, 11), t.muted, 10);
        centred(tp.municipality, t.font(t.sans, 13, true), t.text, 18);
        const double ruleWidth = pt(120);
        add(std::make_shared<SpacerPiece>(pt(28), t.accent, ruleWidth, pt(1.2), (w - ruleWidth) / 2), pt(14));
        if (!tp.parties.isEmpty()) {
            QFont heading = t.font(t.sans, 9, true);
            heading.setCapitalization(QFont::AllUppercase);
            centred(tp.partiesHeading, heading, t.muted, 14);
            for (const QString &party : tp.parties)
                centred(party, t.font(t.sans, 10.5), t.text, 4);
        }
        centred(tp.placeAndDate, t.font(t.sans, 10), t.muted, 30);
        if (doc.draft)
            centred(Doc::tr("Draft — not yet for signing", doc.language),
                    t.font(t.sans, 10, true), t.draftText, 24);
    }

    void section(const Section &s)
    {
        const bool article = s.role == Section::Role::Article;
        const QString lead = s.number.isEmpty() ? QString() : s.number + (article ? QStringLiteral("   ") : QStringLiteral("  "));
        if (article) {
            add(std::make_shared<TextPiece>(text(s.title, t.font(t.sans, t.articleSize, true), t.text, w, Qt::AlignLeft, lead, t.accent), 0), pt(20),
                true);
            add(std::make_shared<SpacerPiece>(pt(2)), 0, true);
        } else {
            add(std::make_shared<TextPiece>(text(s.title, t.font(t.sans, t.chapterSize, true), t.accent, w, Qt::AlignLeft, lead, t.accent, 1.15), 0),
                pt(28), true, s.newPage);
            add(std::make_shared<SpacerPiece>(pt(12), t.rule, w, pt(0.6)), 0, true);
        }
        Block::Kind previous = Block::Kind::Subheading;
        for (const Block &b : s.blocks) {
            const qsizetype before = out.size();
            block(b, previous);
            // A note that labels the list under it ("Perspectieven van de
            // partners") is a subheading: it never stands alone at a page foot.
            if (previous == Block::Kind::Note && (b.kind == Block::Kind::Bullet || b.kind == Block::Kind::Paragraph) && before > 0
                && out.size() > before)
                std::const_pointer_cast<Piece>(out[before - 1])->keepWithNext = true;
            previous = b.kind;
        }
        // The last piece of a section never holds on to the next heading.
        if (!out.isEmpty())
            std::const_pointer_cast<Piece>(out.last())->keepWithNext = false;
    }

    void block(const Block &b, Block::Kind previous)
    {
        const double clauseIndent = pt(24);
        const double bulletText = pt(38);
        switch (b.kind) {
        case Block::Kind::Paragraph: {
            const bool underBullet = previous == Block::Kind::Bullet && !b.lead.isEmpty();
            const double indent = underBullet ? bulletText : 0;
            // A sentence that opens a list stays on the page of its first item.
            add(std::make_shared<TextPiece>(text(b.text, t.body(), t.text, w - indent, Qt::AlignLeft, b.lead, {}, t.lineSpacing), indent),
                pt(underBullet ? 2 : 7), b.text.endsWith(QLatin1Char(':')));
            break;
        }
        case Block::Kind::Clause:
            add(std::make_shared<TextPiece>(text(b.text, t.body(), t.text, w - clauseIndent, Qt::AlignLeft, b.lead, {}, t.lineSpacing), clauseIndent,
                                            marker(b.number, t.body(), 0)),
                pt(7), b.text.endsWith(QLatin1Char(':')));
            break;
        case Block::Kind::Bullet:
            add(std::make_shared<TextPiece>(text(b.text, t.body(), t.text, w - bulletText, Qt::AlignLeft, b.lead, {}, t.lineSpacing), bulletText,
                                            marker(QStringLiteral("•"), t.body(), clauseIndent)),
                pt(previous == Block::Kind::Bullet ? 2.5 : 5));
            break;
        case Block::Kind::Subheading:
            add(std::make_shared<TextPiece>(text(b.text, t.font(t.sans, t.subheadingSize, true), t.text, w, Qt::AlignLeft, {}, {}, 1.2), 0), pt(14), true);
            break;
        case Block::Kind::Note:
            add(std::make_shared<TextPiece>(text(b.text, t.font(t.sans, t.noteSize, false, true), t.muted, w), 0), pt(4));
            break;
        case Block::Kind::Table:
            table(b.table);
            break;
        case Block::Kind::Chart: {
            ChartStyle style;
            style.font = t.font(t.sans, 8);
            const double cw = std::min(w, pt(440));
            add(std::make_shared<ChartPiece>(b, cw, chartHeight(b, cw, dev, style), style), pt(b.chart == ChartKind::Radar ? 12 : 10));
            break;
        }
        case Block::Kind::Signatures:
            signatures(b.signatures);
            break;
        case Block::Kind::Notice: {
            auto l = text(b.text, t.font(t.sans, 9.5), t.text, w - pt(4) - 2 * pt(9), Qt::AlignLeft, b.lead, t.draftText, 1.3);
            add(std::make_shared<NoticePiece>(l, w, pt(9), pt(4), t.draftText, t.noticeFill), pt(10));
            break;
        }
        case Block::Kind::ScaleHeader:
            scaleHeader(b);
            break;
        case Block::Kind::ScaleItem:
            scaleItem(b);
            break;
        case Block::Kind::Field:
            field(b, previous);
            break;
        }
    }

    // One geometry per scale header: the boxes of the items under it line up.
    std::shared_ptr<ScaleGeometry> scaleGeometry(qsizetype columns)
    {
        auto g = std::make_shared<ScaleGeometry>();
        g->width = w;
        g->numberWidth = pt(22);
        g->columnWidth = pt(24);
        g->lastColumnWidth = pt(54);
        g->box = pt(10);
        g->padding = pt(5);
        g->line = pt(0.6);
        g->ink = t.text;
        g->rule = t.rule;
        g->stripe = t.tableStripe;
        const double boxes = double(std::max<qsizetype>(0, columns - 1)) * g->columnWidth + g->lastColumnWidth;
        g->textWidth = w - g->numberWidth - boxes - pt(10);
        double x = w - boxes;
        for (qsizetype i = 0; i < columns; ++i) {
            const double cw = i + 1 == columns ? g->lastColumnWidth : g->columnWidth;
            g->columnCentre << x + cw / 2;
            x += cw;
        }
        return g;
    }

    void scaleHeader(const Block &b)
    {
        scale = scaleGeometry(b.choices.size());
        QList<std::shared_ptr<QTextLayout>> labels;
        for (qsizetype i = 0; i < b.choices.size(); ++i) {
            const bool last = i + 1 == b.choices.size();
            labels << text(b.choices[i], t.font(t.sans, last ? 7 : 9, true), t.text, last ? scale->lastColumnWidth : scale->columnWidth, Qt::AlignHCenter, {},
                           {}, 1.1);
        }
        auto caption = b.text.isEmpty() ? nullptr : text(b.text, t.font(t.sans, 7.5, false, true), t.muted, scale->textWidth);
        scaleHead = add(std::make_shared<ScaleHeaderPiece>(scale, caption, labels), pt(10), true);
        scaleRow = 0;
    }

    void scaleItem(const Block &b)
    {
        if (!scale)
            scale = scaleGeometry(b.choices.size());
        auto number = b.number.isEmpty() ? nullptr : text(b.number + QLatin1Char('.'), t.font(t.sans, 8.5, true), t.muted, scale->numberWidth);
        auto piece = std::make_shared<ScaleItemPiece>(scale, number, text(b.text, t.font(t.serif, 9.5), t.text, scale->textWidth, Qt::AlignLeft, {}, {}, 1.2),
                                                      scaleRow++ % 2 == 1);
        piece->repeatHeader = scaleHead;
        add(piece, 0);
    }

    void field(const Block &b, Block::Kind previous)
    {
        QList<std::shared_ptr<QTextLayout>> choices;
        for (const QString &c : b.choices)
            choices << text(c, t.font(t.sans, 9.5), t.text, w / 2);
        auto label = text(b.lead + (b.lead.isEmpty() ? QString() : QStringLiteral(":")), t.font(t.sans, 9.5, true), t.text, w * 0.6);
        add(std::make_shared<FieldPiece>(label, choices, b.writeLines, w, pt(22), pt(10), pt(0.7), t.text, t.muted),
            pt(previous == Block::Kind::Field ? 14 : previous == Block::Kind::ScaleItem ? 14 : 18));
        scale.reset();
        scaleHead.reset();
    }

    // Shares of the width by weight, but never narrower than a column's
    // longest word (a date, "afgesproken"), so short columns do not break
    // words while long text columns give way.
    QList<double> columnWidths(const DocumentTable &table, const QList<double> &weights) const
    {
        const auto columns = weights.size();
        const QFontMetricsF bold(t.font(t.sans, t.tableSize, true), dev);
        const QFontMetricsF plain(t.font(t.sans, t.tableSize), dev);
        static const QRegularExpression space(QStringLiteral("\\s+"));
        QList<double> minimum(columns, 0.0);
        for (qsizetype c = 0; c < columns; ++c) {
            // Short columns (dates, numbers, a status) never wrap; text
            // columns keep their longest ordinary word whole.
            bool narrow = true;
            double widestCell = bold.horizontalAdvance(table.header.value(c));
            double widestWord = 0;
            auto measure = [&](const QString &cell, const QFontMetricsF &fm) {
                narrow = narrow && cell.size() <= 16;
                widestCell = std::max(widestCell, fm.horizontalAdvance(cell));
                for (const QString &word : cell.split(space, Qt::SkipEmptyParts))
                    widestWord = std::max(widestWord, fm.horizontalAdvance(word));
            };
            measure(table.header.value(c), bold);
            for (const QStringList &row : table.rows)
                measure(row.value(c), plain);
            const double padding = pt(8);
            minimum[c] = narrow ? std::min(widestCell + padding, w * 0.2) : std::min(widestWord + padding, w * 0.16);
        }
        QList<double> widths(columns, 0.0);
        QList<bool> fixed(columns, false);
        for (int round = 0; round < 8; ++round) {
            double free = w;
            double weight = 0;
            for (qsizetype c = 0; c < columns; ++c) {
                if (fixed[c])
                    free -= widths[c];
                else
                    weight += std::max(0.01, weights[c]);
            }
            bool changed = false;
            for (qsizetype c = 0; c < columns; ++c) {
                if (fixed[c])
                    continue;
                widths[c] = std::max(0.0, free) * std::max(0.01, weights[c]) / std::max(0.01, weight);
                if (widths[c] < minimum[c]) {
                    widths[c] = minimum[c];
                    fixed[c] = true;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        double sum = 0;
        for (double x : widths)
            sum += x;
        if (sum > w)
            for (double &x : widths)
                x *= w / sum;
        return widths;
    }

    void table(const DocumentTable &table)
    {
        const auto columns = table.header.size();
        if (columns == 0)
            return;
        auto g = std::make_shared<TableGeometry>();
        QList<double> weights = table.columnWeights.size() == columns ? table.columnWeights : QList<double>(columns, 1.0);
        g->columnWidth = columnWidths(table, weights);
        double x = 0;
        for (double cw : g->columnWidth) {
            g->columnX.append(x);
            x += cw;
        }
        g->width = w;
        g->padding = pt(3.5);
        g->ruleWidth = pt(0.5);
        g->rule = t.rule;
        g->headerFill = t.tableHeaderFill;
        g->stripe = t.tableStripe;
        auto row = [&](const QStringList &cells, bool header, bool striped) {
            QList<CellLines> lines;
            const QFont font = t.font(t.sans, t.tableSize, header);
            for (qsizetype i = 0; i < columns; ++i) {
                auto l = text(cells.value(i), font, t.text, g->columnWidth[i] - 2 * g->padding, Qt::AlignLeft, {}, {}, 1.2);
                lines.append({l, 0, l->lineCount()});
            }
            return std::make_shared<TableRowPiece>(g, lines, header, striped);
        };
        const PiecePtr header = add(row(table.header, true, false), pt(10), true);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            auto piece = row(table.rows[r], false, r % 2 == 1);
            piece->repeatHeader = header;
            add(piece, 0);
        }
    }

    void signatures(const QList<SignatureBlock> &blocks)
    {
        const double gap = pt(34);
        const double boxWidth = (w - gap) / 2;
        for (qsizetype i = 0; i < blocks.size(); i += 2) {
            QList<SignatureRowPiece::Box> boxes;
            for (qsizetype j = i; j < std::min(i + 2, blocks.size()); ++j) {
                const SignatureBlock &s = blocks[j];
                SignatureRowPiece::Box box;
                box.lines << text(s.organisation, t.font(t.sans, 9.5, true), t.text, boxWidth, Qt::AlignLeft, {}, {}, 1.3);
                const QString name = s.name.trimmed().isEmpty() ? Doc::tr("Name: ", doc.language) + QString(24, QLatin1Char('_')) : s.name;
                box.lines << text(name, t.font(t.serif, 9.5), t.text, boxWidth, Qt::AlignLeft, {}, {}, 1.3);
                if (!s.function.trimmed().isEmpty())
                    box.lines << text(s.function, t.font(t.serif, 9.5, false, true), t.text, boxWidth, Qt::AlignLeft, {}, {}, 1.3);
                if (s.underMandateReservation)
                    box.lines << text(Doc::tr("subject to mandate", doc.language), t.font(t.sans, 8, false, true),
                                      t.draftText, boxWidth, Qt::AlignLeft, {}, {}, 1.3);
                const QString blank(14, QLatin1Char('_'));
                const QString place = s.place.trimmed().isEmpty() ? blank : s.place.trimmed();
                const QString date = s.date.isValid() ? longDate(s.date, doc.language) : blank;
                box.lines << text(Doc::tr("Place: %1   Date: %2", doc.language).arg(place, date),
                                  t.font(t.sans, 8), t.muted, boxWidth, Qt::AlignLeft, {}, {}, 1.5);
                box.captions << text(Doc::tr("signature", doc.language), t.font(t.sans, 7), t.muted, boxWidth, Qt::AlignLeft,
                                     {}, {}, 1.4);
                boxes << box;
            }
            add(std::make_shared<SignatureRowPiece>(boxes, boxWidth, gap, pt(44), pt(0.7), t.text), pt(i == 0 ? 22 : 30));
        }
    }

    const Document &doc;
    QPaintDevice *dev;
    const double w;
    const Theme &t;
    const double unit;
    QList<PiecePtr> out;
    std::shared_ptr<ScaleGeometry> scale;
    PiecePtr scaleHead;
    int scaleRow = 0;
};

} // namespace

QList<PiecePtr> layoutDocument(const Document &document, QPaintDevice *device, double width, const Theme &theme)
{
    return Layouter(document, device, width, theme).run();
}

} // namespace akkoord::report
