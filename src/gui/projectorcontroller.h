#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;

namespace akkoord::gui {

class MainWindow;
class ProjectorWindow;

// The projector from the facilitator's side: the window the room sees (made
// when first needed, dropped with the file or a language change), what it
// shows, and its time box mirrored in the main window's status bar.
class ProjectorController final : public QObject
{
    Q_OBJECT
public:
    explicit ProjectorController(MainWindow *window);
    ~ProjectorController() override;

    // F5: shows the projector on its screen, or closes it.
    void toggle();
    // The projector window (created hidden when needed); null without a file.
    ProjectorWindow *ensure();
    ProjectorWindow *projector() const { return m_projector; }
    void drop();
    // 0 the current question, 1 the latest self-assessment results, 2 a pause screen.
    void setShows(int shows);
    int shows() const { return m_shows; }
    void setTimerPerQuestion(bool on);
    // Shows the question on screen in the main window.
    void follow();
    QLabel *clock() const { return m_clock; }

signals:
    void showsChanged(int shows);

private:
    MainWindow *m_window;
    QPointer<ProjectorWindow> m_projector;
    QLabel *m_clock;
    int m_shows = 0;
    bool m_timerPerQuestion = false;
};

} // namespace akkoord::gui
