#include "gui/projectorwindow.h"

#include "gui/session.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {
QLabel *label(QWidget *parent, qreal points, bool bold, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText); // user text is data, never markup
    QFont f = l->font();
    f.setPointSizeF(points);
    f.setBold(bold);
    l->setFont(f);
    return l;
}
} // namespace

ProjectorWindow::ProjectorWindow(TrajectorySession *session, QString language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_language(std::move(language))
{
    setObjectName(QStringLiteral("projectorWindow"));
    setWindowTitle(tr("Akkoord — projectie"));
    setStyleSheet(QStringLiteral("#projectorWindow { background: #0f2b40; } QLabel { color: #f4f7fa; }"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(60, 40, 60, 40);
    auto *top = new QHBoxLayout;
    m_phase = label(this, 22, false, QStringLiteral("projectorPhase"));
    m_clock = label(this, 30, true, QStringLiteral("projectorClock"));
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_phase, 1);
    top->addWidget(m_clock);
    v->addLayout(top);
    m_question = label(this, 36, true, QStringLiteral("projectorQuestion"));
    v->addWidget(m_question);
    v->addSpacing(24);
    m_answer = label(this, 28, false, QStringLiteral("projectorAnswer"));
    m_answer->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    v->addWidget(m_answer, 1);
    resize(1280, 720);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ProjectorWindow::tick);
    connect(session, &TrajectorySession::dataChanged, this, &ProjectorWindow::refresh);
    refresh();
}

void ProjectorWindow::showQuestion(const QString &questionId)
{
    const Question *q = m_session->catalog().question(questionId);
    const Question *before = m_session->catalog().question(m_questionId);
    m_questionId = questionId;
    // A new phase brings its own time box; within a phase the clock runs on.
    if (q && (!before || before->phaseId != q->phaseId)) {
        const Phase *phase = m_session->catalog().phase(q->phaseId);
        m_boxSeconds = phase ? phase->timeboxMinutes * 60 : 0;
        resetTimer();
    }
    refresh();
}

QString ProjectorWindow::shownQuestion() const { return m_question->text(); }
QString ProjectorWindow::shownAnswer() const { return m_answer->text(); }

void ProjectorWindow::refresh()
{
    const Question *q = m_session->catalog().question(m_questionId);
    if (!q) {
        m_phase->setText(m_session->data().info.title);
        m_question->clear();
        m_answer->clear();
        return;
    }
    const Phase *phase = m_session->catalog().phase(q->phaseId);
    m_phase->setText(phase ? phase->title.in(m_language) : QString());
    m_question->setText(q->text.in(m_language));
    const Answer *a = m_session->data().answer(q->id);
    m_answer->setText(a ? a->text : QString());
    tick();
}

int ProjectorWindow::remainingSeconds() const
{
    const qint64 elapsed = m_elapsedBefore + (m_running.isValid() ? m_running.elapsed() : 0);
    return m_boxSeconds - int(elapsed / 1000);
}

void ProjectorWindow::toggleTimer()
{
    if (m_running.isValid()) {
        m_elapsedBefore += m_running.elapsed();
        m_running.invalidate();
        m_ticker.stop();
    } else {
        m_running.start();
        m_ticker.start();
    }
    tick();
}

void ProjectorWindow::resetTimer()
{
    m_running.invalidate();
    m_ticker.stop();
    m_elapsedBefore = 0;
    tick();
}

void ProjectorWindow::tick()
{
    if (m_boxSeconds <= 0) {
        m_clock->clear();
        return;
    }
    const int left = remainingSeconds();
    const int shown = std::abs(left);
    const QString time = QStringLiteral("%1:%2").arg(shown / 60).arg(shown % 60, 2, 10, QLatin1Char('0'));
    m_clock->setText(left > 0 ? time : tr("Tijd is om  +%1").arg(time));
    // A calm signal: amber, no sound, no flashing.
    m_clock->setStyleSheet(left > 0 ? QString() : QStringLiteral("color: #f2b441;"));
}

void ProjectorWindow::present()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1)
        setScreen(screens.last());
    showFullScreen();
    raise();
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F5) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace akkoord::gui
