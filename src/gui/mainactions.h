#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenuBar;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class FileController;
class MainWindow;
class ProjectorController;

// The main window's menus and their actions, in the interface language:
// built again when the language changes; enabled while a file is open; the
// Undo/Redo items name the step they undo.
class MainActions final : public QObject
{
    Q_OBJECT
public:
    MainActions(MainWindow *window, FileController *files, ProjectorController *projector);

    void build(QMenuBar *bar);
    void update(const TrajectorySession *session);

private:
    MainWindow *m_window;
    FileController *m_files;
    ProjectorController *m_projector;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_fileActions; // enabled while a file is open
    QList<QAction *> m_showsActions;
};

} // namespace akkoord::gui
