#include "gui/dialogs.h"

#include "domain/error.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace akkoord::gui {

namespace {
std::optional<bool> g_nextConfirm;
std::optional<QString> g_nextFileName;
QString g_lastWarning;
} // namespace

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &question)
{
    if (g_nextConfirm) {
        const bool answer = *g_nextConfirm;
        g_nextConfirm.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void Dialogs::warn(QWidget *parent, const QString &title, const QString &message)
{
    g_lastWarning = message;
    if (QApplication::platformName() == QLatin1String("offscreen") && qEnvironmentVariableIsSet("AKKOORD_TESTING"))
        return;
    QMessageBox::warning(parent, title, message);
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (g_nextFileName) {
        const QString name = *g_nextFileName;
        g_nextFileName.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (g_nextFileName) {
        const QString name = *g_nextFileName;
        g_nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void Dialogs::setNextConfirm(bool answer) { g_nextConfirm = answer; }
void Dialogs::setNextFileName(const QString &path) { g_nextFileName = path; }
QString Dialogs::lastWarning() { return g_lastWarning; }

bool guarded(QWidget *parent, const std::function<void()> &edit)
{
    try {
        edit();
        return true;
    } catch (const UserError &e) {
        Dialogs::warn(parent, QObject::tr("That did not work"), e.message());
        return false;
    }
}

} // namespace akkoord::gui
