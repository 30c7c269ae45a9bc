#include "report/pdfrenderer.h"

#include "domain/error.h"
#include "domain/language.h"
#include "report/documentlayout.h"
#include "report/pagination.h"
#include "report/reportwriter.h"
#include "report/theme.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QUuid>

namespace akkoord::report {

namespace {

constexpr int kResolution = 720; // device units per inch: ten per point

QString xmlEscaped(const QString &s) { return s.toHtmlEscaped(); }

// XMP for PDF/A-1b with title, author and subject. Qt 6.4 has no setAuthor,
// so the metadata stream is written here; the Info dictionary gets the title.
QByteArray xmpMetadata(const Document &d)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // PDF/A wants the XMP to say what the Info dictionary says. QPdfWriter
    // writes its own "Qt x.y.z" as the Info Producer (it has no setter), so
    // the XMP names the same producer and Akkoord as the creator tool.
    const QString creator = QStringLiteral("Akkoord ") + QStringLiteral(AKKOORD_VERSION);
    const QString producer = QStringLiteral("Qt ") + QString::fromLatin1(QT_VERSION_STR);
    QString x;
    x += QStringLiteral("<?xpacket begin='\xEF\xBB\xBF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n");
    x += QStringLiteral("<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n");
    x += QStringLiteral("<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>\n");
    x += QStringLiteral("<dc:format>application/pdf</dc:format>\n");
    x += QStringLiteral("<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n").arg(xmlEscaped(d.title));
    if (!d.author.isEmpty())
        x += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n").arg(xmlEscaped(d.author));
    if (!d.subject.isEmpty())
        x += QStringLiteral("<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:description>\n").arg(xmlEscaped(d.subject));
    x += QStringLiteral("</rdf:Description>\n");
    x += QStringLiteral("<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
                        "<xmp:CreateDate>%1</xmp:CreateDate>\n<xmp:ModifyDate>%1</xmp:ModifyDate>\n<xmp:CreatorTool>%2</xmp:CreatorTool>\n"
                        "</rdf:Description>\n")
             .arg(now, creator);
    x += QStringLiteral("<rdf:Description rdf:about='' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n<pdf:Producer>%1</pdf:Producer>\n"
                        "<pdf:Keywords>%2</pdf:Keywords>\n</rdf:Description>\n")
             .arg(producer, xmlEscaped(fingerprint(d)));
    x += QStringLiteral("<rdf:Description rdf:about='' xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/'>\n"
                        "<xmpMM:DocumentID>uuid:%1</xmpMM:DocumentID>\n<xmpMM:InstanceID>uuid:%1</xmpMM:InstanceID>\n</rdf:Description>\n")
             .arg(id);
    x += QStringLiteral("<rdf:Description rdf:about='' xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/'>\n"
                        "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n");
    x += QStringLiteral("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>\n");
    return x.toUtf8();
}

void setUp(QPdfWriter &writer, const Document &d)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    writer.setTitle(d.title);
    writer.setCreator(QStringLiteral("Akkoord ") + QStringLiteral(AKKOORD_VERSION));
    writer.setDocumentXmpMetadata(xmpMetadata(d));
}

QString pageLabel(const Document &d, int page, int pages)
{
    return Doc::tr("page %1 of %2", d.language).arg(page).arg(pages);
}

class Painter
{
public:
    Painter(const Document &d, QPdfWriter &writer)
        : doc(d)
        , dev(writer)
        , t(defaultTheme())
        , unit(kResolution / 72.0)
        , print(fingerprint(d))
    {
    }

    QList<PageItems> layout()
    {
        const double width = pt(t.pageWidth - t.margins.left() - t.margins.right());
        const double height = pt(t.pageHeight - t.margins.top() - t.margins.bottom());
        return paginate(layoutDocument(doc, &dev, width, t), height);
    }

    void paint(QPainter &p, const QList<PageItems> &pages)
    {
        const auto total = int(pages.size());
        for (int i = 0; i < total; ++i) {
            if (i > 0)
                dev.newPage();
            if (doc.draft)
                watermark(p);
            furniture(p, i + 1, total);
            const QPointF origin(pt(t.margins.left()), pt(t.margins.top()));
            for (const PlacedPiece &item : pages[i])
                item.piece->draw(p, origin + QPointF(0, item.y));
        }
    }

private:
    double pt(double points) const { return points * unit; }

    // "CONCEPT" across the page as outlines: visible on paper, but not text,
    // so it never mixes into the words a reader copies or extracts.
    void watermark(QPainter &p)
    {
        QFont f = t.font(t.sans, 96, true);
        QPainterPath path;
        const QString word = Doc::tr("DRAFT", doc.language);
        path.addText(0, 0, QFont(f, &dev), word);
        const QRectF r = path.boundingRect();
        p.save();
        p.translate(pt(t.pageWidth / 2), pt(t.pageHeight / 2));
        p.rotate(-50);
        p.translate(-r.center());
        p.setPen(Qt::NoPen);
        p.setBrush(t.draftMark);
        p.drawPath(path);
        p.restore();
    }

    void text(QPainter &p, const QString &s, const QFont &font, QColor color, double x, double baseline, Qt::Alignment align)
    {
        p.setFont(font);
        p.setPen(color);
        const QFontMetricsF fm(font, &dev);
        const double width = fm.horizontalAdvance(s);
        p.drawText(QPointF(align & Qt::AlignRight ? x - width : x, baseline), s);
    }

    void furniture(QPainter &p, int page, int pages)
    {
        const double left = pt(t.margins.left());
        const double right = pt(t.pageWidth - t.margins.right());
        const QFont small = t.font(t.sans, t.headerSize);
        const QFontMetricsF fm(small, &dev);

        const QString kind = doc.titlePage.kindLabel;
        QString marker = kind;
        if (doc.draft)
            marker = Doc::tr("DRAFT", doc.language) + (kind.isEmpty() ? QString() : QStringLiteral(" · ") + kind);
        const QFont markerFont = t.font(t.sans, t.headerSize, doc.draft);
        const double markerWidth = QFontMetricsF(markerFont, &dev).horizontalAdvance(marker);
        const QString title = fm.elidedText(doc.shortTitle.simplified(), Qt::ElideRight, right - left - markerWidth - pt(24));
        text(p, title, small, t.muted, left, pt(t.headerBaseline), Qt::AlignLeft);
        text(p, marker, markerFont, doc.draft ? t.draftText : t.muted, right, pt(t.headerBaseline), Qt::AlignRight);
        p.fillRect(QRectF(left, pt(t.headerBaseline + 5), right - left, pt(0.5)), t.rule);

        p.fillRect(QRectF(left, pt(t.footerBaseline - 11), right - left, pt(0.5)), t.rule);
        const QString print_ = Doc::tr("Reference ", doc.language) + print;
        text(p, print_, small, t.muted, left, pt(t.footerBaseline), Qt::AlignLeft);
        // Said once, on the first page, so a reader knows what it is for.
        if (page == 1)
            text(p, Doc::tr("The reference at the foot of each page is calculated from the content: a copy with the same reference has the same content.", doc.language),
                 small, t.muted, left, pt(t.footerBaseline - 16), Qt::AlignLeft);
        text(p, pageLabel(doc, page, pages), small, t.muted, right, pt(t.footerBaseline), Qt::AlignRight);
    }

    const Document &doc;
    QPdfWriter &dev;
    const Theme &t;
    const double unit;
    const QString print;
};

} // namespace

std::mutex &renderMutex()
{
    static std::mutex m;
    return m;
}

// Measured with bench_render under /usr/bin/time: a session report holding
// a 5 MB answer (5 million characters, 678 pieces) peaks at 258 MB; a
// covenant of 300,000 short agreements (4.4 million characters, 1.8 million
// pieces) at 4.6 GB. About 50 bytes per character and 2.5 KB per piece,
// rounded up.
qint64 layoutCost(const DocumentSize &size) { return size.characters * 64 + size.pieces * 2560; }

void checkDocumentFits(const Document &document)
{
    const qint64 cost = layoutCost(documentSize(document));
    if (cost > kMaxLayoutBytes)
        throw UserError(QCoreApplication::translate("akkoord::report",
                                                    "This document is too large to make: laying it out would take about %1 MB of memory, more than the %2 MB "
                                                    "Akkoord allows itself. Shorten the longest texts or remove records, then try again.")
                            .arg(cost / (1024 * 1024))
                            .arg(kMaxLayoutBytes / (1024 * 1024)));
}

QByteArray renderPdf(const Document &document)
{
    checkDocumentFits(document);
    // One render at a time: the preview renders on a worker thread while an
    // export may start on the GUI thread, and text layout shares font caches.
    const std::lock_guard lock(renderMutex());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, document);
        Painter painter(document, writer);
        // Two passes: lay out every page first, so "van Y" is known on page 1.
        const QList<PageItems> pages = painter.layout();
        QPainter p;
        if (!p.begin(&writer))
            throw UserError(QCoreApplication::translate("akkoord::report", "The PDF could not be started; please try again."));
        p.setRenderHint(QPainter::TextAntialiasing);
        painter.paint(p, pages);
        p.end();
    }
    return buffer.data();
}

int pdfPageCount(const Document &document)
{
    checkDocumentFits(document);
    const std::lock_guard lock(renderMutex());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUp(writer, document);
    return int(Painter(document, writer).layout().size());
}

void writePdf(const Document &document, const QString &path) { writeBytes(path, renderPdf(document)); }

} // namespace akkoord::report
