#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace akkoord::gui {

// Thin wrappers around modal dialogs with a hook for tests to give the answer
// in advance, so GUI tests never hang on a dialog (as KeePassXC does).
struct Dialogs
{
    static bool confirm(QWidget *parent, const QString &title, const QString &question);
    static void warn(QWidget *parent, const QString &title, const QString &message);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);

    static void setNextConfirm(bool answer);
    static void setNextFileName(const QString &path);
    static QString lastWarning();
};

// Runs an edit; a UserError becomes one warning for the user. True if it ran.
bool guarded(QWidget *parent, const std::function<void()> &edit);

} // namespace akkoord::gui
