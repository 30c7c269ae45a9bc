#include "gui/mainactions.h"

#include "gui/debounced.h"
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "gui/projectorcontroller.h"
#include "gui/projectorwindow.h"
#include "session/session.h"
#include "session/undostack.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace akkoord::gui {

MainActions::MainActions(MainWindow *window, FileController *files, ProjectorController *projector)
    : QObject(window)
    , m_window(window)
    , m_files(files)
    , m_projector(projector)
{
    connect(projector, &ProjectorController::showsChanged, this, [this](int shows) {
        if (shows >= 0 && shows < m_showsActions.size())
            m_showsActions[shows]->setChecked(true);
    });
}

void MainActions::build(QMenuBar *bar)
{
    MainWindow *w = m_window;
    bar->clear();
    m_fileActions.clear();
    m_showsActions.clear();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(tr("&New trajectory…"), QKeySequence::New, m_files, &FileController::newWithWizard);
    file->addAction(tr("&Open…"), QKeySequence::Open, m_files, &FileController::openWithDialog);
    m_files->setRecentMenu(file->addMenu(tr("&Recent files")));
    file->addAction(tr("Open &demo"), m_files, &FileController::openDemo);
    file->addSeparator();
    m_fileActions << file->addAction(tr("Save a cop&y as…"), QKeySequence(tr("Ctrl+Shift+S")), m_files, &FileController::saveCopyAs);
    m_fileActions << file->addAction(tr("&Export as JSON…"), m_files, &FileController::exportJson);
    m_fileActions << file->addAction(tr("&Restore a backup…"), m_files, &FileController::chooseBackup);
    file->addSeparator();
    m_fileActions << file->addAction(tr("&Close"), QKeySequence::Close, w, &MainWindow::closeFile);
    file->addAction(tr("&Quit"), QKeySequence::Quit, w, &QWidget::close);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    m_redo->setObjectName(QStringLiteral("redoAction"));
    connect(m_undo, &QAction::triggered, w, [w] {
        PendingEdits::instance().flushAll();
        if (w->session())
            w->session()->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, w, [w] {
        PendingEdits::instance().flushAll();
        if (w->session())
            w->session()->undoStack()->redo();
    });
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, w, &MainWindow::showPreferences);

    QMenu *go = bar->addMenu(tr("&Navigate"));
    m_fileActions << go->addAction(tr("&Next question"), QKeySequence(tr("Ctrl+PgDown")), w, &MainWindow::nextQuestion);
    m_fileActions << go->addAction(tr("&Previous question"), QKeySequence(tr("Ctrl+PgUp")), w, &MainWindow::previousQuestion);
    m_fileActions << go->addAction(tr("Next p&hase"), QKeySequence(tr("Ctrl+Shift+PgDown")), w, [w] { w->nextPhase(1); });
    m_fileActions << go->addAction(tr("Previous ph&ase"), QKeySequence(tr("Ctrl+Shift+PgUp")), w, [w] { w->nextPhase(-1); });
    go->addSeparator();
    const QStringList names = w->pageNames();
    for (int i = 0; i < names.size(); ++i)
        m_fileActions << go->addAction(names[i], QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)), w, [w, i] { w->showPage(i); });

    QMenu *view = bar->addMenu(tr("&View"));
    QAction *reference = w->referenceDock()->toggleViewAction();
    reference->setText(tr("&Reference"));
    reference->setShortcut(QKeySequence(Qt::Key_F2));
    view->addAction(reference);

    view->addSeparator();
    m_fileActions << view->addAction(tr("&Projector on/off"), QKeySequence(Qt::Key_F5), m_projector, &ProjectorController::toggle);
    QMenu *shows = view->addMenu(tr("Projector s&hows"));
    auto *showsGroup = new QActionGroup(shows);
    const QStringList showsNames{tr("The &current question"), tr("The self-assessment &results"), tr("A &pause screen")};
    for (int i = 0; i < showsNames.size(); ++i) {
        QAction *a = shows->addAction(showsNames[i], m_projector, [this, i] { m_projector->setShows(i); });
        a->setCheckable(true);
        a->setChecked(i == m_projector->shows());
        showsGroup->addAction(a);
        m_showsActions << a;
        m_fileActions << a;
    }
    m_fileActions << view->addAction(tr("Pa&use screen on/off"), QKeySequence(Qt::CTRL | Qt::Key_F5), m_projector,
                                     [this] { m_projector->setShows(m_projector->shows() == 2 ? 0 : 2); });
    view->addSeparator();
    m_fileActions << view->addAction(tr("&Start/pause the clock"), QKeySequence(Qt::Key_F6), m_projector, [this] {
        if (ProjectorWindow *p = m_projector->ensure())
            p->toggleTimer();
    });
    m_fileActions << view->addAction(tr("R&eset the clock"), QKeySequence(Qt::SHIFT | Qt::Key_F6), m_projector, [this] {
        if (ProjectorWindow *p = m_projector->ensure())
            p->resetTimer();
    });
    m_fileActions << view->addAction(tr("Add a &minute"), QKeySequence(Qt::CTRL | Qt::Key_F6), m_projector, [this] {
        if (ProjectorWindow *p = m_projector->ensure())
            p->addSeconds(60);
    });
    QAction *perQuestion = view->addAction(tr("Timer per &question instead of per phase"));
    perQuestion->setCheckable(true);
    perQuestion->setChecked(QSettings().value(QStringLiteral("timer/perQuestion"), false).toBool());
    m_projector->setTimerPerQuestion(perQuestion->isChecked());
    connect(perQuestion, &QAction::toggled, m_projector, [this](bool on) {
        QSettings().setValue(QStringLiteral("timer/perQuestion"), on);
        m_projector->setTimerPerQuestion(on);
    });
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), w, [w] { w->zoomBy(1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), w, [w] { w->zoomBy(-1); });
    zoomOut->setShortcuts({QKeySequence::ZoomOut});
    view->addAction(tr("&Actual size"), QKeySequence(Qt::CTRL | Qt::Key_0), w, &MainWindow::resetZoom);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(tr("&Glossary…"), w, &MainWindow::showGlossary);
    help->addSeparator();
    help->addAction(tr("&About Akkoord"), w, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    update(w->session());
}

void MainActions::update(const TrajectorySession *session)
{
    for (QAction *a : m_fileActions)
        a->setEnabled(session != nullptr);
    if (!m_undo)
        return;
    const UndoStack *stack = session ? session->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo: %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
}

} // namespace akkoord::gui
