#include "report/odtwriter.h"
#include "report/pdfrenderer.h"

#include "domain/error.h"
#include "domain/language.h"
#include "report/charts.h"
#include "report/reportwriter.h"
#include "report/theme.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

namespace akkoord::report {

namespace {

using Block = DocumentBlock;
using Section = DocumentSection;

class OdtBuilder
{
public:
    OdtBuilder(QTextDocument &target, const Document &document)
        : td(target)
        , doc(document)
        , t(defaultTheme())
        , cursor(&target)
    {
    }

    void run()
    {
        td.setDefaultFont(t.font(t.serif, 10));
        td.setMetaInformation(QTextDocument::DocumentTitle, doc.title);
        if (doc.draft)
            paragraph(Doc::tr("DRAFT — not yet for signing", doc.language),
                      charFormat(t.sans, 9, true, false, t.draftText), blockFormat(0, 6), true);
        if (!doc.titlePage.title.isEmpty())
            titlePage();
        for (const Section &s : doc.sections)
            section(s);
        paragraph(Doc::tr("Reference of the content: ", doc.language) + fingerprint(doc) + QStringLiteral(". ") +
                      Doc::tr("A copy with the same reference has the same content.", doc.language),
                  charFormat(t.sans, 8, false, false, t.muted), blockFormat(18, 0));
    }

private:
    QTextCharFormat charFormat(const QString &family, double size, bool bold = false, bool italic = false, QColor color = {}) const
    {
        QTextCharFormat f;
        f.setFont(t.font(family, size, bold, italic));
        f.setForeground(color.isValid() ? color : t.text);
        return f;
    }

    static QTextBlockFormat blockFormat(double above, double below, Qt::Alignment align = Qt::AlignLeft, double indent = 0)
    {
        QTextBlockFormat b;
        b.setTopMargin(above);
        b.setBottomMargin(below);
        b.setAlignment(align);
        b.setLeftMargin(indent);
        return b;
    }

    void paragraph(const QString &text, const QTextCharFormat &format, QTextBlockFormat block, bool first = false, const QString &lead = {})
    {
        if (!first || !cursor.block().text().isEmpty() || cursor.position() > 0)
            cursor.insertBlock(block, format);
        else
            cursor.setBlockFormat(block);
        if (!lead.isEmpty()) {
            QTextCharFormat bold = format;
            bold.setFontWeight(QFont::Bold);
            cursor.insertText(lead, bold);
        }
        // insertText takes the characters literally: no markup is parsed.
        cursor.insertText(text, format);
    }

    void titlePage()
    {
        const TitlePage &tp = doc.titlePage;
        paragraph(tp.kindLabel.toUpper(), charFormat(t.sans, 12, true, false, t.accent), blockFormat(60, 6, Qt::AlignHCenter), !doc.draft);
        paragraph(tp.title, charFormat(t.serif, 22, true), blockFormat(6, 6, Qt::AlignHCenter));
        paragraph(tp.subtitle, charFormat(t.sans, 11, false, false, t.muted), blockFormat(4, 12, Qt::AlignHCenter));
        if (!tp.municipality.isEmpty())
            paragraph(tp.municipality, charFormat(t.sans, 13, true), blockFormat(8, 18, Qt::AlignHCenter));
        if (!tp.parties.isEmpty()) {
            paragraph(tp.partiesHeading.toUpper(), charFormat(t.sans, 9, true, false, t.muted), blockFormat(12, 4, Qt::AlignHCenter));
            for (const QString &p : tp.parties)
                paragraph(p, charFormat(t.sans, 10.5), blockFormat(2, 0, Qt::AlignHCenter));
        }
        if (!tp.placeAndDate.isEmpty())
            paragraph(tp.placeAndDate, charFormat(t.sans, 10, false, false, t.muted), blockFormat(24, 0, Qt::AlignHCenter));
    }

    void section(const Section &s)
    {
        QTextBlockFormat heading = blockFormat(s.role == Section::Role::Article ? 14 : 20, 6);
        heading.setHeadingLevel(s.role == Section::Role::Article ? 2 : 1);
        if (s.newPage)
            heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        const double size = s.role == Section::Role::Article ? t.articleSize : t.chapterSize;
        const QString lead = s.number.isEmpty() ? QString() : s.number + QStringLiteral("  ");
        paragraph(s.title, charFormat(t.sans, size, true, false, s.role == Section::Role::Article ? t.text : t.accent), heading, false, lead);
        for (const Block &b : s.blocks)
            block(b);
    }

    void block(const Block &b)
    {
        const QTextCharFormat body = charFormat(t.serif, 10);
        switch (b.kind) {
        case Block::Kind::Paragraph:
            paragraph(b.text, body, blockFormat(4, 2, Qt::AlignLeft), false, b.lead);
            break;
        case Block::Kind::Clause:
            paragraph(b.text, body, blockFormat(4, 2, Qt::AlignLeft, 0), false, b.number + QStringLiteral("  ") + b.lead);
            break;
        case Block::Kind::Bullet:
            paragraph(b.text, body, blockFormat(1, 1, Qt::AlignLeft, 24), false, QStringLiteral("•  ") + b.lead);
            break;
        case Block::Kind::Subheading:
            paragraph(b.text, charFormat(t.sans, t.subheadingSize, true), blockFormat(10, 3));
            break;
        case Block::Kind::Note:
            paragraph(b.text, charFormat(t.sans, 8.5, false, true, t.muted), blockFormat(2, 2));
            break;
        case Block::Kind::Table:
            table(b.table);
            break;
        case Block::Kind::Chart:
            chart(b);
            break;
        case Block::Kind::Signatures:
            signatures(b.signatures);
            break;
        case Block::Kind::Notice: {
            QTextBlockFormat format = blockFormat(8, 8);
            format.setBackground(t.noticeFill);
            paragraph(b.text, charFormat(t.sans, 10, true, false, t.text), format, false, b.lead);
            break;
        }
        case Block::Kind::ScaleHeader:
            if (!b.text.isEmpty())
                paragraph(b.text, charFormat(t.sans, 8.5, false, true, t.muted), blockFormat(6, 2));
            break;
        case Block::Kind::ScaleItem:
            paragraph(b.text, body, blockFormat(6, 0, Qt::AlignLeft, 0), false, b.number.isEmpty() ? QString() : b.number + QStringLiteral(".  "));
            paragraph(boxes(b.choices), charFormat(t.sans, 10), blockFormat(1, 2, Qt::AlignLeft, 18));
            break;
        case Block::Kind::Field:
            if (b.choices.isEmpty()) {
                paragraph(QString(40, QLatin1Char('_')), charFormat(t.sans, 10), blockFormat(10, 0), false, b.lead + QStringLiteral(": "));
                for (int i = 1; i < b.writeLines; ++i)
                    paragraph(QString(64, QLatin1Char('_')), charFormat(t.sans, 10), blockFormat(10, 0));
            } else {
                paragraph(boxes(b.choices), charFormat(t.sans, 10), blockFormat(10, 0), false, b.lead + QStringLiteral(":  "));
            }
            break;
        }
    }

    static QString boxes(const QStringList &choices)
    {
        QStringList out;
        for (const QString &c : choices)
            out << QStringLiteral("☐ ") + c;
        return out.join(QStringLiteral("     "));
    }

    void table(const DocumentTable &table)
    {
        const auto columns = int(table.header.size());
        if (columns == 0)
            return;
        cursor.insertBlock(blockFormat(6, 0));
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderBrush(t.rule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        double total = 0;
        for (double w : table.columnWeights)
            total += w;
        for (int c = 0; c < columns; ++c)
            widths << QTextLength(QTextLength::PercentageLength, table.columnWeights.size() == columns && total > 0 ? 100.0 * table.columnWeights[c] / total
                                                                                                                    : 100.0 / columns);
        format.setColumnWidthConstraints(widths);
        QTextTable *tt = cursor.insertTable(int(table.rows.size()) + 1, columns, format);
        const QTextCharFormat head = charFormat(t.sans, 8.5, true);
        const QTextCharFormat cell = charFormat(t.sans, 8.5);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell tc = tt->cellAt(0, c);
            QTextCharFormat bg = tc.format();
            bg.setBackground(t.tableHeaderFill);
            tc.setFormat(bg);
            tc.firstCursorPosition().insertText(table.header[c], head);
        }
        for (int r = 0; r < table.rows.size(); ++r)
            for (int c = 0; c < columns; ++c)
                tt->cellAt(r + 1, c).firstCursorPosition().insertText(table.rows[r].value(c), cell);
        cursor.movePosition(QTextCursor::End);
    }

    void chart(const Block &b)
    {
        // ODT holds the chart as a picture drawn by the same routine as the PDF.
        constexpr double scale = 3.0; // pixels per point
        QImage probe(1, 1, QImage::Format_RGB32);
        probe.setDotsPerMeterX(int(72.0 * scale / 0.0254));
        probe.setDotsPerMeterY(int(72.0 * scale / 0.0254));
        ChartStyle style;
        const double height = chartHeight(b, 440 * scale, &probe, style);
        QImage image(int(440 * scale), int(height), QImage::Format_RGB32);
        image.setDotsPerMeterX(probe.dotsPerMeterX());
        image.setDotsPerMeterY(probe.dotsPerMeterY());
        // A chart of many thousands of rows is an image too large to hold:
        // say so rather than write a document without it.
        const auto tooLarge = [] {
            return UserError(QCoreApplication::translate("akkoord::report", "A chart in this document is too large to draw; the document was not written."));
        };
        if (image.isNull())
            throw tooLarge();
        image.fill(Qt::white);
        {
            QPainter p;
            if (!p.begin(&image))
                throw tooLarge();
            drawChart(p, QRectF(0, 0, image.width(), image.height()), b, style);
        }
        const QUrl name(QStringLiteral("chart%1.png").arg(++charts));
        td.addResource(QTextDocument::ImageResource, name, image);
        cursor.insertBlock(blockFormat(6, 6, Qt::AlignHCenter));
        QTextImageFormat img;
        img.setName(name.toString());
        img.setWidth(440);
        img.setHeight(height / scale);
        cursor.insertImage(img);
    }

    void signatures(const QList<SignatureBlock> &blocks)
    {
        for (const SignatureBlock &s : blocks) {
            paragraph(s.organisation, charFormat(t.sans, 10, true), blockFormat(24, 0));
            paragraph(s.name.isEmpty() ? QString(24, QLatin1Char('_')) : s.name, charFormat(t.serif, 10), blockFormat(0, 0));
            if (!s.function.isEmpty())
                paragraph(s.function, charFormat(t.serif, 10, false, true), blockFormat(0, 0));
            if (s.underMandateReservation)
                paragraph(Doc::tr("subject to mandate", doc.language), charFormat(t.sans, 8.5, false, true),
                          blockFormat(0, 0));
            const QString blank(14, QLatin1Char('_'));
            paragraph(Doc::tr("Place: %1   Date: %2", doc.language)
                          .arg(s.place.isEmpty() ? blank : s.place, s.date.isValid() ? longDate(s.date, doc.language) : blank),
                      charFormat(t.sans, 8.5, false, false, t.muted), blockFormat(2, 28));
            paragraph(QString(40, QLatin1Char('_')), charFormat(t.sans, 10), blockFormat(0, 0));
            paragraph(Doc::tr("signature", doc.language), charFormat(t.sans, 7.5, false, false, t.muted), blockFormat(0, 6));
        }
    }

    QTextDocument &td;
    const Document &doc;
    const Theme &t;
    QTextCursor cursor;
    int charts = 0;
};

} // namespace

void fillTextDocument(QTextDocument &target, const Document &document) { OdtBuilder(target, document).run(); }

QByteArray renderOdt(const Document &document)
{
    checkDocumentFits(document);
    const std::lock_guard lock(renderMutex());
    QTextDocument td;
    fillTextDocument(td, document);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(&td))
        throw UserError(QCoreApplication::translate("akkoord::report", "The ODT document could not be made; please try again."));
    return buffer.data();
}

void writeOdt(const Document &document, const QString &path) { writeBytes(path, renderOdt(document)); }

} // namespace akkoord::report
