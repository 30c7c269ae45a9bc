#pragma once

// PDF output: A4, PDF/A-1b, fonts embedded, title/author/subject metadata,
// and on every page a header with the short title, the fingerprint and
// "pagina X van Y" (plus "CONCEPT" on a draft).

#include "domain/document.h"

#include <QByteArray>
#include <QString>

#include <mutex>

namespace akkoord::report {

// The PDF as bytes, e.g. for a preview in QPdfDocument through a QBuffer.
QByteArray renderPdf(const Document &document);

// Writes the PDF through writeFileSafely (domain/safewrite.h), the one safe
// write of the program: a failure leaves no half-written file
// and any earlier file in place. Throws UserError with one sentence.
void writePdf(const Document &document, const QString &path);

// Laying out a document costs memory in proportion to its text and its
// pieces (documentSize). A document that would need more than about
// kMaxLayoutBytes is refused before any work, in one sentence (UserError),
// so every accepted file renders in bounded memory or says why not.
inline constexpr qint64 kMaxLayoutBytes = qint64(800) * 1024 * 1024;
qint64 layoutCost(const DocumentSize &size);
void checkDocumentFits(const Document &document);

// Held while any document is rendered (PDF or ODT), so renders never overlap.
std::mutex &renderMutex();

// Pages the document will have when rendered (lays it out, paints nothing).
int pdfPageCount(const Document &document);

} // namespace akkoord::report
