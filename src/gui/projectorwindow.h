#pragma once

#include <QElapsedTimer>

#include <functional>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class RatingChartWidget;
class GapChartWidget;
class RadarChartWidget;

// What the room sees on the projector, in large type. The facilitator
// chooses what it shows: the current question with its joint answer as it
// is typed (or, for a rating, who has scored and, once revealed, the chart
// with its spread), the latest self-assessment results, or a pause screen.
// Perspectives, notes and the scores of a hidden round never appear here.
class ProjectorWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class Shows { Question, AssessmentResults, Pause };
    enum class TimerScope { Phase, Question };

    explicit ProjectorWindow(TrajectorySession *session, QString language, QWidget *parent = nullptr);

    void showQuestion(const QString &questionId);
    QString questionId() const { return m_questionId; }
    void setShows(Shows shows);
    Shows shows() const { return m_shows; }

    // For tests and the facilitator's mirror: what is on the screen now.
    QString shownTitle() const;
    QString shownQuestion() const;
    QString shownAnswer() const; // the text body, or "" when a chart is shown
    QString shownSpeakers() const; // "who has not spoken yet", or ""
    bool showsChart() const;
    QString shownChartKind() const; // "rating", "gaps", "radar" or ""
    qreal answerPointSize() const;

    // The time box: the phase's, or the question's own when the scope is
    // per question (falling back to the phase's). Start/pause, reset, add a
    // minute; the remaining time turns amber, calmly, when it has run out,
    // and timeUp() is emitted once.
    void setTimerScope(TimerScope scope);
    TimerScope timerScope() const { return m_scope; }
    void toggleTimer();
    void resetTimer();
    void addSeconds(int seconds);
    void setBoxSeconds(int seconds);
    int boxSeconds() const { return m_boxSeconds; }
    int remainingSeconds() const;
    bool timeIsUp() const { return m_boxSeconds > 0 && remainingSeconds() <= 0; }
    bool timerRunning() const { return m_startedAt >= 0; }
    // The time box's clock, in milliseconds from any fixed point; a steady
    // clock by default, settable so tests need not wait.
    void setClock(std::function<qint64()> clock);
    // Brings the shown time up to date (the ticker does this 4× a second).
    void tick();
    QString clockText() const;

    // Zoom (Ctrl +/−/0), remembered for the screen it is on.
    void zoomBy(int steps);
    void resetZoom();
    double zoom() const { return m_zoom; }

    // Full screen on the second screen when there is one.
    void present();

signals:
    void clockChanged(const QString &text, bool timeUp);
    void timeUp();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void applyFonts();
    void fitAnswer();
    void chooseBox();

    TrajectorySession *m_session;
    QString m_language;
    QString m_questionId;
    Shows m_shows = Shows::Question;
    TimerScope m_scope = TimerScope::Phase;
    QLabel *m_phase;
    QLabel *m_question;
    QStackedWidget *m_body;
    QLabel *m_answer;
    RatingChartWidget *m_ratingChart;
    GapChartWidget *m_gapChart;
    RadarChartWidget *m_radar;
    QLabel *m_speakers;
    QLabel *m_clock;
    QTimer m_ticker;
    std::function<qint64()> m_now;
    qint64 m_startedAt = -1; // when the box last started running; -1: paused
    qint64 m_elapsedBefore = 0; // ms counted before the last pause
    int m_boxSeconds = 0;
    bool m_signalled = false;
    double m_zoom = 1.0;
    QString m_chartKind;
};

} // namespace akkoord::gui
