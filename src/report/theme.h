#pragma once

// The look of Akkoord's printed documents in one place: fonts, sizes,
// colours and the page geometry. Sizes are in points (1/72 inch).

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QString>

namespace akkoord::report {

struct Theme
{
    // Set explicitly so the PDF embeds exactly these families.
    QString serif = QStringLiteral("DejaVu Serif");
    QString sans = QStringLiteral("DejaVu Sans");

    double bodySize = 9.5;
    double tableSize = 8.0;
    double noteSize = 8.0;
    double headerSize = 7.5;
    double articleSize = 12.0;
    double chapterSize = 15.0;
    double subheadingSize = 10.0;
    double lineSpacing = 1.3; // of the font height, for body text

    QColor text{0x1d, 0x23, 0x2b};
    QColor muted{0x5f, 0x6b, 0x78};
    QColor accent{0x1f, 0x5c, 0x8b}; // a calm municipal blue
    QColor rule{0xb8, 0xc4, 0xcf};
    QColor tableHeaderFill{0xe6, 0xee, 0xf5};
    QColor tableStripe{0xf6, 0xf8, 0xfa};
    QColor draftMark{0xee, 0xee, 0xee}; // opaque: PDF/A-1b allows no transparency
    QColor draftText{0xb0, 0x2a, 0x2a};
    QColor noticeFill{0xfb, 0xee, 0xec}; // behind a prominent notice

    // A4 in points, and the margins around the text.
    double pageWidth = 595.276;
    double pageHeight = 841.89;
    QMarginsF margins{70.0, 68.0, 62.0, 70.0}; // left, top, right, bottom
    double headerBaseline = 40.0; // from the top edge
    double footerBaseline = 812.0; // from the top edge

    QFont font(const QString &family, double pointSize, bool bold = false, bool italic = false) const;
    QFont body() const { return font(serif, bodySize); }
};

const Theme &defaultTheme();

} // namespace akkoord::report
