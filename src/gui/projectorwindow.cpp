#include "gui/projectorwindow.h"

#include "gui/settings.h"

#include "domain/document.h"
#include "domain/documenttext.h"
#include "domain/progress.h"
#include "gui/chartwidget.h"
#include "session/session.h"
#include "gui/zoom.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>

#include <algorithm>
#include <memory>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

constexpr double kPhasePt = 22;
constexpr double kClockPt = 30;
constexpr double kQuestionPt = 36;
constexpr double kAnswerPt = 28;
constexpr double kSpeakersPt = 20;
constexpr double kChartPt = 15;
constexpr double kMinAnswerPt = 12;
const QString kZoomRole = QStringLiteral("projector");

QLabel *label(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText); // user text is data, never markup
    return l;
}

void setPoints(QWidget *w, double points, bool bold)
{
    QFont f = w->font();
    f.setPointSizeF(points);
    f.setBold(bold);
    w->setFont(f);
}

QString bulleted(const QStringList &items)
{
    QStringList lines;
    for (const QString &i : items)
        if (!i.trimmed().isEmpty())
            lines << QStringLiteral("•  ") + i.trimmed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ProjectorWindow::ProjectorWindow(TrajectorySession *session, QString language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_language(std::move(language))
{
    setObjectName(QStringLiteral("projectorWindow"));
    setWindowTitle(tr("Akkoord — projector"));
    setStyleSheet(QStringLiteral("#projectorWindow { background: #0f2b40; } QLabel { color: #f4f7fa; } #projectorSpeakers { color: #f2d49b; }"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(60, 40, 60, 40);
    auto *top = new QHBoxLayout;
    m_phase = label(this, QStringLiteral("projectorPhase"));
    m_clock = label(this, QStringLiteral("projectorClock"));
    m_clock->setWordWrap(false);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_phase, 1);
    top->addWidget(m_clock);
    v->addLayout(top);
    m_question = label(this, QStringLiteral("projectorQuestion"));
    v->addWidget(m_question);
    v->addSpacing(24);
    m_body = new QStackedWidget(this);
    m_answer = label(m_body, QStringLiteral("projectorAnswer"));
    m_answer->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_ratingChart = new RatingChartWidget(m_body);
    m_ratingChart->setObjectName(QStringLiteral("projectorRatingChart"));
    m_gapChart = new GapChartWidget(m_body);
    m_gapChart->setObjectName(QStringLiteral("projectorGapChart"));
    m_radar = new RadarChartWidget(m_body);
    m_radar->setObjectName(QStringLiteral("projectorRadar"));
    for (QWidget *w : {static_cast<QWidget *>(m_answer), static_cast<QWidget *>(m_ratingChart), static_cast<QWidget *>(m_gapChart), static_cast<QWidget *>(m_radar)})
        m_body->addWidget(w);
    v->addWidget(m_body, 1);
    m_speakers = label(this, QStringLiteral("projectorSpeakers"));
    v->addWidget(m_speakers);
    resize(1280, 720);
    m_zoom = zoom::load(kZoomRole, this);
    applyFonts();
    setClock({});
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &ProjectorWindow::tick);
    // It shows whatever the room is looking at, of any kind of record.
    connect(session, &TrajectorySession::changed, this, &ProjectorWindow::refresh);
    refresh();
}

void ProjectorWindow::applyFonts()
{
    setPoints(m_phase, kPhasePt * m_zoom, false);
    setPoints(m_clock, kClockPt * m_zoom, true);
    setPoints(m_question, kQuestionPt * m_zoom, true);
    setPoints(m_speakers, kSpeakersPt * m_zoom, false);
    for (QWidget *chart : {static_cast<QWidget *>(m_ratingChart), static_cast<QWidget *>(m_gapChart), static_cast<QWidget *>(m_radar)})
        setPoints(chart, kChartPt * m_zoom, false);
    fitAnswer();
}

void ProjectorWindow::fitAnswer()
{
    // Long answers shrink until they fit the room's screen (never below a
    // size that stays readable); short ones keep the large type.
    double points = kAnswerPt * m_zoom;
    setPoints(m_answer, points, false);
    const int width = m_body->width() > 0 ? m_body->width() : 1160;
    const int height = m_body->height() > 0 ? m_body->height() : 420;
    while (points > kMinAnswerPt && m_answer->heightForWidth(width) > height) {
        points = std::max(kMinAnswerPt, points * 0.9);
        setPoints(m_answer, points, false);
    }
}

void ProjectorWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitAnswer();
}

void ProjectorWindow::showQuestion(const QString &questionId)
{
    const Question *q = m_session->catalog().question(questionId);
    const Question *before = m_session->catalog().question(m_questionId);
    m_questionId = questionId;
    // A new phase brings its own time box (per question: every question);
    // within the box the clock runs on.
    if (q && (!before || before->phaseId != q->phaseId || m_scope == TimerScope::Question))
        chooseBox();
    refresh();
}

void ProjectorWindow::chooseBox()
{
    const Question *q = m_session->catalog().question(m_questionId);
    if (!q)
        return;
    const Phase *phase = m_session->catalog().phase(q->phaseId);
    const int phaseBox = phase ? phase->timeboxMinutes * 60 : 0;
    m_boxSeconds = m_scope == TimerScope::Question && q->timeboxMinutes > 0 ? q->timeboxMinutes * 60 : phaseBox;
    resetTimer();
}

void ProjectorWindow::setTimerScope(TimerScope scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    chooseBox();
}

void ProjectorWindow::setShows(Shows shows)
{
    m_shows = shows;
    refresh();
}

QString ProjectorWindow::shownTitle() const { return m_phase->text(); }
QString ProjectorWindow::shownQuestion() const { return m_question->text(); }
QString ProjectorWindow::shownAnswer() const { return m_body->currentWidget() == m_answer ? m_answer->text() : QString(); }
QString ProjectorWindow::shownSpeakers() const { return m_speakers->isVisibleTo(this) ? m_speakers->text() : QString(); }
bool ProjectorWindow::showsChart() const { return m_body->currentWidget() != m_answer; }
QString ProjectorWindow::shownChartKind() const { return showsChart() ? m_chartKind : QString(); }
qreal ProjectorWindow::answerPointSize() const { return m_answer->font().pointSizeF(); }

void ProjectorWindow::refresh()
{
    const TrajectoryData &d = m_session->data();
    const Catalog &c = m_session->catalog();
    QString body;
    QString speakers;
    m_chartKind.clear();
    QWidget *page = m_answer;

    if (m_shows == Shows::Pause) {
        m_phase->setText(d.info.municipality);
        m_question->setText(d.info.title);
    } else if (m_shows == Shows::AssessmentResults) {
        m_phase->setText(tr("Self-assessment"));
        const QList<AssessmentRound> rounds = answeredRounds(d);
        if (rounds.isEmpty()) {
            m_question->setText(tr("No results yet"));
            body = tr("As soon as respondents have filled in the questionnaire, the picture for each building block appears here.");
        } else {
            m_question->setText(rounds.last().name.isEmpty() ? tr("Results per building block") : rounds.last().name);
            m_radar->setData(assessmentRadar(d, c, m_language));
            m_chartKind = QStringLiteral("radar");
            page = m_radar;
        }
    } else if (const Question *q = c.question(m_questionId)) {
        const Phase *phase = c.phase(q->phaseId);
        m_phase->setText(phase ? phase->title.in(m_language) : QString());
        m_question->setText(q->text.in(m_language));
        const Answer *a = d.answer(q->id);
        const QList<PartnerId> missing = partnersWithoutInput(*q, d);
        QStringList missingNames;
        for (PartnerId id : missing)
            if (const Partner *p = d.partner(id))
                missingNames << p->organisation;
        const bool rated = q->kind == AnswerKind::PartnerRating || q->kind == AnswerKind::Situation;
        if (rated || q->perspectives) {
            if (d.partners.isEmpty())
                speakers.clear();
            else if (missingNames.isEmpty())
                speakers = rated ? tr("All partners have scored.") : tr("All partners have given their input.");
            else
                speakers = (rated ? tr("Not yet scored: %1") : tr("Not yet heard from: %1")).arg(missingNames.join(QStringLiteral(", ")));
        }
        switch (q->kind) {
        case AnswerKind::Text:
        case AnswerKind::List:
            body = a ? a->text : QString();
            break;
        case AnswerKind::PartnerChecklist:
        case AnswerKind::DomainChecklist:
            if (a) {
                body = bulleted(doctext::choiceLabels(*q, *a, d, m_language));
                if (!a->text.trimmed().isEmpty())
                    body += (body.isEmpty() ? QString() : QStringLiteral("\n\n")) + a->text.trimmed();
            }
            break;
        case AnswerKind::PartnerRating:
        case AnswerKind::Situation:
            if (d.isHidden(q->id)) {
                // A hidden round: only how many have scored, never a score.
                body = tr("Hidden round: %1 of %2 partners have scored.\nThe scores appear here all at once as soon as they are revealed.")
                           .arg(d.partners.size() - missing.size())
                           .arg(d.partners.size());
            } else if (q->kind == AnswerKind::PartnerRating) {
                m_ratingChart->setData(ratingChartData(d, c, q->id, m_language));
                m_chartKind = QStringLiteral("rating");
                page = m_ratingChart;
            } else {
                m_gapChart->setData(gapChartData(d, c, m_language));
                m_chartKind = QStringLiteral("gaps");
                page = m_gapChart;
            }
            break;
        case AnswerKind::Gaps: {
            const Question *situation = c.firstOfKind(AnswerKind::Situation);
            if (situation && d.isHidden(situation->id)) {
                body = tr("The scores for now and desired are still hidden.");
            } else {
                m_gapChart->setData(gapChartData(d, c, m_language));
                m_chartKind = QStringLiteral("gaps");
                page = m_gapChart;
            }
            break;
        }
        case AnswerKind::Ambitions: {
            QStringList items;
            for (const Ambition &amb : d.ambitions)
                items << amb.title.trimmed() + (amb.intendedResult.trimmed().isEmpty() ? QString() : QStringLiteral(" — ") + amb.intendedResult.trimmed());
            body = bulleted(items);
            break;
        }
        case AnswerKind::Agreements: {
            QStringList items;
            for (const Agreement &ag : d.agreements)
                if (ag.status != AgreementStatus::Dropped)
                    items << doctext::buildingBlockTitle(c, ag.buildingBlock, m_language) + QStringLiteral(": ") + ag.what.trimmed();
            body = bulleted(items);
            break;
        }
        case AnswerKind::Accountability: {
            QStringList items;
            for (const AccountabilityItem &i : d.accountability)
                items << i.about.trimmed() + (i.toWhom.trimmed().isEmpty() ? QString() : QStringLiteral(" → ") + i.toWhom.trimmed());
            body = bulleted(items);
            break;
        }
        case AnswerKind::Dilemmas: {
            QStringList items;
            for (const DilemmaEntry &e : d.dilemmas)
                items << e.title.trimmed() + QStringLiteral(" (") + dilemmaStatusLabel(e.status).toLower() + QStringLiteral(")") +
                             (e.handling.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + e.handling.trimmed());
            body = bulleted(items);
            break;
        }
        }
    } else {
        m_phase->setText(d.info.title);
        m_question->clear();
    }
    m_answer->setText(body);
    m_body->setCurrentWidget(page);
    m_speakers->setText(speakers);
    m_speakers->setVisible(m_shows == Shows::Question && !speakers.isEmpty());
    fitAnswer();
    tick();
}

void ProjectorWindow::setClock(std::function<qint64()> clock)
{
    if (!clock) {
        auto steady = std::make_shared<QElapsedTimer>();
        steady->start();
        clock = [steady] { return steady->elapsed(); };
    }
    m_now = std::move(clock);
}

int ProjectorWindow::remainingSeconds() const
{
    const qint64 elapsed = m_elapsedBefore + (m_startedAt >= 0 ? m_now() - m_startedAt : 0);
    return m_boxSeconds - int(elapsed / 1000);
}

void ProjectorWindow::toggleTimer()
{
    if (m_startedAt >= 0) {
        m_elapsedBefore += m_now() - m_startedAt;
        m_startedAt = -1;
        m_ticker.stop();
    } else {
        m_startedAt = m_now();
        m_ticker.start();
    }
    tick();
}

void ProjectorWindow::resetTimer()
{
    m_startedAt = -1;
    m_ticker.stop();
    m_elapsedBefore = 0;
    m_signalled = false;
    tick();
}

void ProjectorWindow::addSeconds(int seconds)
{
    m_boxSeconds = std::max(0, m_boxSeconds + seconds);
    if (!timeIsUp())
        m_signalled = false;
    tick();
}

void ProjectorWindow::setBoxSeconds(int seconds)
{
    m_boxSeconds = std::max(0, seconds);
    resetTimer();
}

QString ProjectorWindow::clockText() const { return m_clock->text(); }

void ProjectorWindow::tick()
{
    if (m_boxSeconds <= 0) {
        m_clock->clear();
        emit clockChanged(QString(), false);
        return;
    }
    const int left = remainingSeconds();
    const int shown = std::abs(left);
    const QString time = QStringLiteral("%1:%2").arg(shown / 60).arg(shown % 60, 2, 10, QLatin1Char('0'));
    const bool up = left <= 0;
    m_clock->setText(!up ? time : tr("Time is up  +%1").arg(time));
    // A calm signal: amber, no sound, no flashing.
    m_clock->setStyleSheet(!up ? QString() : QStringLiteral("color: #f2b441;"));
    emit clockChanged(m_clock->text(), up);
    if (up && !m_signalled && m_startedAt >= 0) {
        m_signalled = true;
        emit timeUp();
    }
}

void ProjectorWindow::zoomBy(int steps)
{
    m_zoom = zoom::stepped(m_zoom, steps);
    zoom::save(kZoomRole, this, m_zoom);
    applyFonts();
}

void ProjectorWindow::resetZoom()
{
    m_zoom = 1.0;
    zoom::save(kZoomRole, this, m_zoom);
    applyFonts();
}

void ProjectorWindow::present()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    const QString chosen = Settings::projectorScreen();
    const auto it = std::find_if(screens.cbegin(), screens.cend(), [&](const QScreen *s) { return s->name() == chosen; });
    if (!chosen.isEmpty() && it != screens.cend())
        setScreen(*it);
    else if (screens.size() > 1)
        setScreen(screens.last());
    m_zoom = zoom::load(kZoomRole, this);
    applyFonts();
    showFullScreen();
    raise();
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F5) {
        close();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            zoomBy(1);
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            zoomBy(-1);
            return;
        }
        if (event->key() == Qt::Key_0) {
            resetZoom();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace akkoord::gui
