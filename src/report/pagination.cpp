#include "report/pagination.h"

#include <QSet>

namespace akkoord::report {

namespace {

// Room a piece and everything it must stay with needs at the foot of a page.
double chainHeight(const QList<PiecePtr> &pieces, qsizetype i, bool atTop)
{
    const Piece *p = pieces[i].get();
    double h = (atTop ? 0 : p->spaceBefore) + (p->keepWithNext ? p->height() : p->leadHeight());
    while (p->keepWithNext && i + 1 < pieces.size()) {
        p = pieces[++i].get();
        h += p->spaceBefore + (p->keepWithNext ? p->height() : p->leadHeight());
    }
    return h;
}

} // namespace

QList<PageItems> paginate(const QList<PiecePtr> &pieces, double pageHeight)
{
    constexpr double slack = 0.01; // rounding in layout must not push a line over
    QList<PageItems> pages(1);
    double y = 0;
    QSet<const Piece *> headersPlaced;
    auto newPage = [&] {
        pages.append(PageItems{});
        y = 0;
    };
    auto place = [&](const PiecePtr &p, double space) {
        y += space;
        pages.last().append({p, y});
        y += p->height();
        headersPlaced.insert(p.get());
    };

    for (qsizetype i = 0; i < pieces.size(); ++i) {
        PiecePtr p = pieces[i];
        if (p->pageBreakBefore && !pages.last().isEmpty())
            newPage();
        const double chain = chainHeight(pieces, i, pages.last().isEmpty());
        if (!pages.last().isEmpty() && y + chain > pageHeight + slack && chain <= pageHeight)
            newPage();
        for (int guard = 0; guard < 10000; ++guard) {
            if (pages.last().isEmpty() && p->repeatHeader && headersPlaced.contains(p->repeatHeader.get()))
                place(p->repeatHeader, 0);
            const double space = pages.last().isEmpty() ? 0 : p->spaceBefore;
            if (y + space + p->height() <= pageHeight + slack) {
                place(p, space);
                break;
            }
            const bool fresh = pages.last().isEmpty() || (pages.last().size() == 1 && pages.last().first().piece == p->repeatHeader);
            auto [head, tail] = p->split(pageHeight - y - space, fresh);
            if (head && tail) {
                place(head, space);
                newPage();
                p = tail;
                continue;
            }
            if (!fresh) {
                newPage();
                continue;
            }
            place(p, space); // taller than a page and cannot be split: let it overflow
            break;
        }
    }
    if (pages.size() > 1 && pages.last().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace akkoord::report
