#pragma once

// Breaks a flow of pieces into pages: keeps a heading with what follows it,
// avoids single lines at the foot or head of a page, splits long text and
// long table rows between lines, and repeats a table's header row on every
// page the table continues on.

#include "report/pieces.h"

#include <QList>

namespace akkoord::report {

struct PlacedPiece
{
    PiecePtr piece;
    double y = 0; // from the top of the text area
};

using PageItems = QList<PlacedPiece>;

QList<PageItems> paginate(const QList<PiecePtr> &pieces, double pageHeight);

} // namespace akkoord::report
