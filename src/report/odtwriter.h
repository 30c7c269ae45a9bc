#pragma once

// ODT output for the legal department: the same content as the PDF as an
// editable OpenDocument text (QTextDocumentWriter). Page furniture that ODT
// cannot carry through Qt (running header and footer) is printed once, at
// the start and the end, with the fingerprint.

#include "domain/document.h"

#include <QByteArray>
#include <QString>

class QTextDocument;

namespace akkoord::report {

// Builds the rich-text document (plain inserted text, never parsed markup).
void fillTextDocument(QTextDocument &target, const Document &document);

QByteArray renderOdt(const Document &document);
// Through writeFileSafely (domain/safewrite.h); throws UserError with one sentence.
void writeOdt(const Document &document, const QString &path);

} // namespace akkoord::report
