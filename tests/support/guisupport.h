#pragma once

// Helpers for the GUI tests (they link akkoord_gui).

#include "gui/debounced.h"
#include "support/support.h"

#include <QObject>
#include <QTest>

namespace akkoord::test {

// The child named `name`; the test stops when there is none.
template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *c = parent->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(c != nullptr);
    return c;
}

// Types into an editor as a user would and commits what is pending.
inline void typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    QTest::keyClicks(w, text);
    gui::PendingEdits::instance().flushAll();
}

} // namespace akkoord::test
