#include "gui/filecontroller.h"

#include "domain/error.h"
#include "domain/safewrite.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/mainwindow.h"
#include "gui/newtrajectorywizard.h"
#include "gui/settings.h"
#include "session/session.h"
#include "storage/backups.h"
#include "storage/exchange.h"
#include "storage/trajectoryfile.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace akkoord::gui {

FileController::FileController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void FileController::openGuarded(const QString &path)
{
    try {
        m_window->openFile(path);
    } catch (const UserError &e) {
        const QList<Backup> backups = QFileInfo(path).isFile() ? Backups::list(path) : QList<Backup>{};
        const auto good = std::find_if(backups.cbegin(), backups.cend(), [](const Backup &b) { return b.check != Backup::Check::Failed; });
        if (good == backups.cend()) {
            Dialogs::warn(m_window, tr("Could not open the file"), e.message());
            return;
        }
        const QString question = tr("%1\n\nThere is an automatic backup from %2. Open it? It is saved as a new file; the original file stays as it is.")
                                     .arg(e.message(), QLocale().toString(good->madeAt.toLocalTime(), QLocale::LongFormat));
        if (Dialogs::confirm(m_window, tr("Could not open the file"), question))
            restoreBackup(path, *good);
    }
}

void FileController::restoreBackup(const QString &original, const Backup &backup)
{
    const QFileInfo info(original);
    QString target;
    for (int n = 1; n < 100 && (target.isEmpty() || QFileInfo::exists(target)); ++n)
        target = info.absoluteDir().filePath(tr("%1 (restored %2)").arg(info.completeBaseName(), QDate::currentDate().toString(Qt::ISODate))
                                             + (n > 1 ? QStringLiteral(" %1").arg(n) : QString()) + QStringLiteral(".akkoord"));
    guarded(m_window, [&] {
        Backups::restore(backup, target);
        m_window->openFile(target);
        m_window->statusBar()->showMessage(tr("Backup restored as %1").arg(QDir::toNativeSeparators(target)), 8000);
    });
}

void FileController::chooseBackup()
{
    if (!m_window->session())
        return;
    const QString path = m_window->session()->path();
    const QList<Backup> backups = Backups::list(path);
    if (backups.isEmpty()) {
        Dialogs::warn(m_window, tr("Backups"), tr("There are no backups of this file yet."));
        return;
    }
    QStringList items;
    for (const Backup &b : backups) {
        const QString when = QLocale().toString(b.madeAt.toLocalTime(), QLocale::LongFormat);
        items << (b.check == Backup::Check::Verified ? tr("%1 (checked, sound)").arg(when)
                  : b.check == Backup::Check::Failed ? tr("%1 (damaged when made)").arg(when)
                                                     : when);
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Restore a backup"),
                                                 tr("Choose a backup. It is saved as a new file beside this one and opened."), items, 0, false, &ok);
    if (ok)
        restoreBackup(path, backups[items.indexOf(choice)]);
}

void FileController::openWithDialog()
{
    const QString path = Dialogs::openFileName(m_window, tr("Open trajectory"), tr("Akkoord trajectories (*.akkoord);;All files (*)"));
    if (!path.isEmpty())
        openGuarded(path);
}

void FileController::newWithWizard()
{
    NewTrajectoryWizard wizard(m_window);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(wizard.info().title + QStringLiteral(".akkoord"));
    QString path = Dialogs::saveFileName(m_window, tr("Save trajectory as"), suggested, tr("Akkoord trajectories (*.akkoord)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".akkoord")))
        path += QStringLiteral(".akkoord");
    guarded(m_window, [&] { m_window->createFile(path, wizard.info(), wizard.partners()); });
}

void FileController::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.akkoord"));
    guarded(m_window, [&] {
        if (!QFileInfo::exists(path)) {
            QFile demo(QStringLiteral(":/demo/demo.json"));
            if (!demo.open(QIODevice::ReadOnly))
                throw UserError(tr("The demo is missing from this version of Akkoord."));
            TrajectoryFile::createFrom(path, fromJsonText(demo.readAll())).reset();
        }
        m_window->openFile(path);
    });
}

void FileController::saveCopyAs()
{
    TrajectorySession *s = m_window->session();
    if (!s)
        return;
    const QString path = Dialogs::saveFileName(m_window, tr("Save a copy as"), s->path(), tr("Akkoord trajectories (*.akkoord)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(s->path()).absoluteFilePath()) {
        Dialogs::warn(m_window, tr("Save a copy"), tr("Choose a name other than that of the open file."));
        return;
    }
    PendingEdits::instance().flushAll();
    if (guarded(m_window, [&] { s->file().saveCopyAs(path); }))
        m_window->statusBar()->showMessage(tr("Copy saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void FileController::exportJson()
{
    TrajectorySession *s = m_window->session();
    if (!s)
        return;
    QString suggested = s->path();
    suggested.replace(QRegularExpression(QStringLiteral("\\.akkoord$")), QStringLiteral(".json"));
    const QString path = Dialogs::saveFileName(m_window, tr("Export as JSON"), suggested, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    PendingEdits::instance().flushAll();
    guarded(m_window, [&] {
        // The file dialog has asked before replacing; the open file itself
        // is never the target.
        writeFileSafely(path, toJsonText(s->file().exportAll()), OutputRules{true, {s->path()}});
    });
}

void FileController::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    Settings::setRecentFiles(files.mid(0, 10));
    rebuildRecentMenu();
    emit recentFilesChanged(recentFiles());
}

QStringList FileController::recentFiles() const
{
    QStringList files;
    for (const QString &f : Settings::recentFiles())
        if (QFileInfo::exists(f))
            files << f;
    return files;
}

void FileController::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    rebuildRecentMenu();
}

void FileController::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (const QString &path : recentFiles())
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openGuarded(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

} // namespace akkoord::gui
