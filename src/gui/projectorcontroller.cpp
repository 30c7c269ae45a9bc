#include "gui/projectorcontroller.h"

#include "gui/mainwindow.h"
#include "gui/phasepage.h"
#include "gui/projectorwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace akkoord::gui {

ProjectorController::ProjectorController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_clock(new QLabel(window))
{
    m_clock->setObjectName(QStringLiteral("statusClock"));
    m_clock->setToolTip(tr("Timer (F6 start/pause, Shift+F6 reset, Ctrl+F6 add a minute)"));
}

ProjectorController::~ProjectorController() { delete m_projector; }

void ProjectorController::toggle()
{
    if (m_projector && m_projector->isVisible()) {
        m_projector->close();
        return;
    }
    if (!ensure())
        return;
    follow();
    m_projector->present();
}

ProjectorWindow *ProjectorController::ensure()
{
    if (!m_window->session())
        return nullptr;
    if (!m_projector) {
        m_projector = new ProjectorWindow(m_window->session(), m_window->language(), m_window);
        m_projector->setTimerScope(m_timerPerQuestion ? ProjectorWindow::TimerScope::Question : ProjectorWindow::TimerScope::Phase);
        m_projector->setShows(ProjectorWindow::Shows(m_shows));
        connect(m_projector, &ProjectorWindow::clockChanged, this, [this](const QString &text, bool up) {
            m_clock->setText(text.isEmpty() ? QString() : tr("Time: %1").arg(text));
            m_clock->setStyleSheet(up ? QStringLiteral("QLabel { background: #fbeed0; color: #6b4500; padding: 0 6px; }") : QString());
        });
        connect(m_projector, &ProjectorWindow::timeUp, this, [this] { m_window->statusBar()->showMessage(tr("Time is up for this part."), 8000); });
        follow();
    }
    return m_projector;
}

void ProjectorController::drop()
{
    delete m_projector;
    m_clock->clear();
    m_clock->setStyleSheet(QString());
}

void ProjectorController::setShows(int shows)
{
    if (shows < 0 || shows > 2)
        return;
    m_shows = shows;
    if (m_projector)
        m_projector->setShows(ProjectorWindow::Shows(shows));
    emit showsChanged(shows);
}

void ProjectorController::setTimerPerQuestion(bool on)
{
    m_timerPerQuestion = on;
    if (m_projector)
        m_projector->setTimerScope(on ? ProjectorWindow::TimerScope::Question : ProjectorWindow::TimerScope::Phase);
}

void ProjectorController::follow()
{
    if (!m_projector)
        return;
    if (PhasePage *page = m_window->currentPhasePage())
        m_projector->showQuestion(page->currentQuestionId());
}

} // namespace akkoord::gui
