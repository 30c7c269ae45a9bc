#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace akkoord::gui {

class TrajectorySession;

// What the room sees on the projector: the current question and its joint
// answer as it is typed, in large type, with the phase's time box. Only the
// joint answer is shown: perspectives and notes never appear here.
class ProjectorWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectorWindow(TrajectorySession *session, QString language, QWidget *parent = nullptr);

    void showQuestion(const QString &questionId);
    QString questionId() const { return m_questionId; }
    QString shownQuestion() const;
    QString shownAnswer() const;

    // The time box: start/pause, reset; the remaining time is shown and
    // turns amber, calmly, when it has run out.
    void toggleTimer();
    void resetTimer();
    int remainingSeconds() const;
    bool timeIsUp() const { return remainingSeconds() <= 0; }

    // Full screen on the second screen when there is one.
    void present();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void tick();

    TrajectorySession *m_session;
    QString m_language;
    QString m_questionId;
    QLabel *m_phase;
    QLabel *m_question;
    QLabel *m_answer;
    QLabel *m_clock;
    QTimer m_ticker;
    QElapsedTimer m_running;
    qint64 m_elapsedBefore = 0; // ms counted before the last pause
    int m_boxSeconds = 0;
};

} // namespace akkoord::gui
