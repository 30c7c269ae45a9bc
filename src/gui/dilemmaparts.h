#pragma once

// What the dilemma register (dilemmaeditor.cpp) and the open dilemmas shown
// where agreements are made (opendilemmaspanel.cpp) share.

#include <QLabel>
#include <QString>

namespace akkoord::gui::dilemmas {

inline constexpr auto kQuietColour = "#4a5560";

// A label for people's text: never markup, wrapped.
inline QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}

// The first line of a text, for one-line labels.
inline QString firstLine(const QString &text) { return text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(); }

} // namespace akkoord::gui::dilemmas
