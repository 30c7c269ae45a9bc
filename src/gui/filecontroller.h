#pragma once

#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace akkoord {
struct Backup;
}

namespace akkoord::gui {

class MainWindow;

// Everything about files the facilitator asks for: new (wizard), open
// (dialog, recent, demo), a backup when a file cannot be opened, save a
// copy, export as JSON, and the recent-files list. The window itself only
// opens, shows and closes a trajectory (MainWindow::openFile/closeFile).
class FileController final : public QObject
{
    Q_OBJECT
public:
    explicit FileController(MainWindow *window);

    // Opens with a message instead of an exception; offers the newest
    // automatic backup when the file cannot be opened.
    void openGuarded(const QString &path);
    void openWithDialog();
    void newWithWizard();
    void openDemo();
    void saveCopyAs();
    void exportJson();
    void chooseBackup();

    void addRecent(const QString &path);
    QStringList recentFiles() const;
    // Fills `menu` with the recent files (and keeps doing so).
    void setRecentMenu(QMenu *menu);

signals:
    void recentFilesChanged(const QStringList &files);

private:
    void restoreBackup(const QString &original, const Backup &backup);
    void rebuildRecentMenu();

    MainWindow *m_window;
    QPointer<QMenu> m_recentMenu; // rebuilt with the menus
};

} // namespace akkoord::gui
