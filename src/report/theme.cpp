#include "report/theme.h"

namespace akkoord::report {

QFont Theme::font(const QString &family, double pointSize, bool bold, bool italic) const
{
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    // Keep the chosen family; only characters it lacks fall back elsewhere.
    f.setStyleStrategy(QFont::PreferDefault);
    f.setKerning(true);
    return f;
}

const Theme &defaultTheme()
{
    static const Theme theme;
    return theme;
}

} // namespace akkoord::report
