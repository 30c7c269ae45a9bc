#pragma once

// Turns the document model into a flow of laid-out pieces for one paint
// device: the title page first, then every section.

#include "domain/document.h"
#include "report/pieces.h"
#include "report/theme.h"

#include <QList>

class QPaintDevice;

namespace akkoord::report {

// `width` is the text width in device units of `device`.
QList<PiecePtr> layoutDocument(const Document &document, QPaintDevice *device, double width, const Theme &theme = defaultTheme());

} // namespace akkoord::report
