// Workshop mode in the GUI: hidden rating rounds and the projector, the
// time box, now versus desired, and zoom.

#include "gui/chartwidget.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/mainwindow.h"
#include "gui/phasepage.h"
#include "gui/projectorwindow.h"
#include "session/session.h"
#include "session/undostack.h"
#include "storage/trajectoryfile.h"
#include "support/guisupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace akkoord;
using namespace akkoord::gui;
using akkoord::test::child;
using akkoord::test::typeInto;

namespace {

const Catalog &catalog() { return test::shippedCatalog(); }

QString makeFile(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("w.akkoord"));
    TrajectoryInfo info;
    info.title = QStringLiteral("Kansrijk opgroeien");
    auto f = TrajectoryFile::create(path, info);
    for (const char *name : {"Gemeente Lindeveen", "GGD Middenland", "Stichting Peuterwerk"})
        f->addPartner(Partner{.organisation = QString::fromUtf8(name)});
    return path;
}

int phaseIndex(const QString &id)
{
    for (int i = 0; i < catalog().phases.size(); ++i)
        if (catalog().phases[i].id == id)
            return i;
    FAIL("no such phase");
    return -1;
}

PhasePage *showQuestion(MainWindow &w, const QString &questionId)
{
    const Question *q = catalog().question(questionId);
    REQUIRE(q);
    const int phase = phaseIndex(q->phaseId);
    w.showPage(phase + 1);
    PhasePage *page = w.phasePage(phase);
    const Phase &p = catalog().phases[phase];
    for (int i = 0; i < p.questions.size(); ++i)
        if (p.questions[i].id == questionId)
            page->setCurrentQuestion(i);
    return page;
}

void click(QWidget *page, const QString &name)
{
    QCoreApplication::processEvents(); // widgets added to a shown layout appear on the next turn
    auto *b = child<QPushButton>(page, name);
    REQUIRE(b->isVisible());
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

TEST_CASE("a hidden rating round keeps every score from the projector and the screen until it is revealed", "[gui][workshop]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(makeFile(dir));
    w.show();
    PhasePage *page = showQuestion(w, QStringLiteral("verkennen.urgentie"));
    const QList<PartnerId> ids = w.session()->data().partnerIds();
    w.toggleProjector();
    ProjectorWindow *projector = w.projector();
    REQUIRE(projector->questionId() == QStringLiteral("verkennen.urgentie"));
    CHECK(projector->shownChartKind() == QStringLiteral("rating"));

    // Start the hidden round; each partner enters its own score in an empty form.
    click(page, QStringLiteral("roundButton"));
    REQUIRE(w.session()->data().isHidden(QStringLiteral("verkennen.urgentie")));
    const int scores[] = {2, 5, 4};
    for (int i = 0; i < 3; ++i) {
        click(page, QStringLiteral("enter_%1").arg(ids[i]));
        auto *score = child<QComboBox>(page, QStringLiteral("hiddenScore"));
        CHECK(score->currentIndex() == 0); // never pre-filled with anyone's score
        score->setCurrentIndex(scores[i]);
        child<QLineEdit>(page, QStringLiteral("hiddenReason"))->setText(QStringLiteral("reden %1").arg(i));
        click(page, QStringLiteral("hiddenSave"));
        // The room sees how many have scored and who has not, never a score.
        CHECK_FALSE(projector->showsChart());
        CHECK(projector->shownAnswer().contains(QStringLiteral("%1 van 3").arg(i + 1)));
        for (int s : scores)
            CHECK_FALSE(projector->shownAnswer().contains(QString::number(s) + QStringLiteral(" –")));
        if (i < 2)
            CHECK(projector->shownSpeakers().contains(w.session()->data().partners[2].organisation));
    }
    CHECK(projector->shownSpeakers() == QStringLiteral("Alle partners hebben gescoord."));
    // The facilitator's screen shows only that each has scored.
    CHECK(child<QLabel>(page, QStringLiteral("state_%1").arg(ids[1]))->text().contains(QStringLiteral("gescoord")));
    CHECK_FALSE(page->findChild<RatingChartWidget *>(QStringLiteral("ratingChart"))->isVisible());
    CHECK(w.session()->data().ratingsFor(QStringLiteral("verkennen.urgentie")).size() == 3);

    // Reveal: all at once, as a chart with the spread 2–5 highlighted.
    click(page, QStringLiteral("roundButton"));
    CHECK_FALSE(w.session()->data().isHidden(QStringLiteral("verkennen.urgentie")));
    REQUIRE(projector->shownChartKind() == QStringLiteral("rating"));
    const UrgencyChartData chart = projector->findChild<RatingChartWidget *>(QStringLiteral("projectorRatingChart"))->data();
    CHECK(chart.entries[1].score == 5);
    CHECK(chart.spreadLow == 2);
    CHECK(chart.spreadHigh == 5);
    CHECK_FALSE(chart.spreadLabel.isEmpty());
    // And the facilitator's editor shows the scores again.
    CHECK(child<QComboBox>(page, QStringLiteral("score_%1").arg(ids[1]))->currentIndex() == 5);
}

TEST_CASE("a new hidden round over earlier scores asks, clears them, and survives reopening", "[gui][workshop]")
{
    test::TempDir dir;
    const QString path = makeFile(dir);
    {
        MainWindow w(catalog(), QStringLiteral("nl"));
        w.openFile(path);
        w.show();
        PhasePage *page = showQuestion(w, QStringLiteral("verkennen.urgentie"));
        const PartnerId first = w.session()->data().partners[0].id;
        w.session()->setRating(QStringLiteral("verkennen.urgentie"), first, 3, {});
        Dialogs::setNextConfirm(false);
        click(page, QStringLiteral("roundButton"));
        CHECK_FALSE(w.session()->data().isHidden(QStringLiteral("verkennen.urgentie"))); // declined: nothing changed
        CHECK(w.session()->data().ratingsFor(QStringLiteral("verkennen.urgentie")).size() == 1);
        Dialogs::setNextConfirm(true);
        click(page, QStringLiteral("roundButton"));
        CHECK(w.session()->data().isHidden(QStringLiteral("verkennen.urgentie")));
        CHECK(w.session()->data().ratingsFor(QStringLiteral("verkennen.urgentie")).isEmpty());
        // One undo brings the earlier score back and ends the round; redo starts it again.
        w.session()->undoStack()->undo();
        CHECK_FALSE(w.session()->data().isHidden(QStringLiteral("verkennen.urgentie")));
        CHECK(w.session()->data().ratingsFor(QStringLiteral("verkennen.urgentie")).size() == 1);
        w.session()->undoStack()->redo();
        CHECK(w.session()->data().isHidden(QStringLiteral("verkennen.urgentie")));
        w.closeFile();
    }
    auto f = TrajectoryFile::open(path);
    CHECK(f->load().hiddenRounds == QStringList{QStringLiteral("verkennen.urgentie")});
}

TEST_CASE("the time box counts down, signals once when time is up, and the status bar mirrors it", "[gui][workshop]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(makeFile(dir));
    w.show();
    showQuestion(w, QStringLiteral("verkennen.vraagstuk"));
    ProjectorWindow *projector = w.ensureProjector();
    REQUIRE(projector);
    CHECK_FALSE(projector->isVisible()); // the clock runs without the projector open
    CHECK(projector->boxSeconds() == catalog().phases[0].timeboxMinutes * 60);

    // The time box runs on an injected clock: no waiting.
    qint64 now = 0;
    projector->setClock([&now] { return now; });
    QSignalSpy up(projector, &ProjectorWindow::timeUp);
    projector->setBoxSeconds(1);
    CHECK(w.statusClock() == QStringLiteral("Tijd: 0:01"));
    projector->toggleTimer();
    CHECK(projector->timerRunning());
    now += 1000;
    projector->tick();
    CHECK(up.count() == 1);
    CHECK(projector->timeIsUp());
    CHECK(projector->clockText().startsWith(QStringLiteral("Tijd is om")));
    CHECK(w.statusClock().contains(QStringLiteral("Tijd is om")));
    now += 600;
    projector->tick();
    CHECK(up.count() == 1); // once, calmly

    // Pause holds the time; a minute more gives time back; reset starts over.
    projector->toggleTimer();
    const int held = projector->remainingSeconds();
    now += 1100;
    projector->tick();
    CHECK(projector->remainingSeconds() == held);
    projector->addSeconds(60);
    CHECK_FALSE(projector->timeIsUp());
    projector->resetTimer();
    CHECK(projector->remainingSeconds() == 61);

    // Per question: the question's own time box.
    projector->setTimerScope(ProjectorWindow::TimerScope::Question);
    CHECK(projector->boxSeconds() == catalog().question(QStringLiteral("verkennen.vraagstuk"))->timeboxMinutes * 60);
    w.nextQuestion();
    CHECK(projector->boxSeconds() == catalog().question(projector->questionId())->timeboxMinutes * 60);
}

TEST_CASE("the projector shows exactly what the facilitator chose", "[gui][workshop]")
{
    test::TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.akkoord"));
    REQUIRE(test::runAkkoord({QStringLiteral("demo"), QStringLiteral("-o"), demo}).exitCode == 0);
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(demo);
    w.show();
    PhasePage *page = showQuestion(w, QStringLiteral("verkennen.vraagstuk"));
    w.toggleProjector();
    ProjectorWindow *projector = w.projector();
    const QString answer = w.session()->data().answer(QStringLiteral("verkennen.vraagstuk"))->text;
    CHECK(projector->shownAnswer() == answer);
    CHECK_FALSE(projector->shownSpeakers().isEmpty()); // a question with perspectives says who has not spoken

    w.setProjectorShows(1);
    CHECK(projector->shows() == ProjectorWindow::Shows::AssessmentResults);
    CHECK(projector->shownChartKind() == QStringLiteral("radar"));
    CHECK(projector->shownSpeakers().isEmpty());
    // Moving on in the editor does not change the projector while it shows results.
    w.nextQuestion();
    CHECK(projector->shownChartKind() == QStringLiteral("radar"));

    w.setProjectorShows(2);
    CHECK(projector->shownQuestion() == w.session()->data().info.title);
    CHECK(projector->shownAnswer().isEmpty());
    CHECK_FALSE(projector->showsChart());

    w.setProjectorShows(0);
    CHECK(projector->questionId() == page->currentQuestionId());
    CHECK(projector->shownQuestion() == catalog().question(page->currentQuestionId())->text.in(QStringLiteral("nl")));

    // A long answer shrinks to fit; a short one keeps the large type.
    showQuestion(w, QStringLiteral("verkennen.vraagstuk"));
    const qreal large = projector->answerPointSize();
    w.session()->setAnswerText(QStringLiteral("verkennen.vraagstuk"), QString(QStringLiteral("Een lange zin over samenwerken. ")).repeated(120));
    CHECK(projector->answerPointSize() < large);
    CHECK(projector->answerPointSize() >= 12);
}

TEST_CASE("now versus desired: scored per partner, hidden until revealed, analysed in analyseren", "[gui][workshop]")
{
    test::TempDir dir;
    const QString path = makeFile(dir);
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(path);
    w.show();
    PhasePage *page = showQuestion(w, QStringLiteral("inventariseren.nu-en-gewenst"));
    const QList<PartnerId> ids = w.session()->data().partnerIds();
    w.toggleProjector();
    ProjectorWindow *projector = w.projector();

    click(page, QStringLiteral("roundButton"));
    auto *partner = child<QComboBox>(page, QStringLiteral("situationPartner"));
    const int now[] = {1, 4, 2};
    for (int i = 0; i < 3; ++i) {
        partner->setCurrentIndex(partner->findData(qlonglong(ids[i])));
        click(page, QStringLiteral("situationEnter"));
        auto *n = child<QComboBox>(page, QStringLiteral("now_werkprocessen"));
        CHECK(n->currentIndex() == 0);
        n->setCurrentIndex(now[i]);
        child<QComboBox>(page, QStringLiteral("desired_werkprocessen"))->setCurrentIndex(5);
        click(page, QStringLiteral("situationSave"));
        CHECK_FALSE(projector->showsChart());
        CHECK(projector->shownAnswer().contains(QStringLiteral("%1 van 3").arg(i + 1)));
    }
    click(page, QStringLiteral("roundButton")); // reveal
    REQUIRE(projector->shownChartKind() == QStringLiteral("gaps"));
    const GapChartData chart = projector->findChild<GapChartWidget *>(QStringLiteral("projectorGapChart"))->data();
    int row = -1;
    for (int i = 0; i < catalog().buildingBlocks.size(); ++i)
        if (catalog().buildingBlocks[i].id == QStringLiteral("werkprocessen"))
            row = i;
    REQUIRE(row >= 0);
    CHECK(*chart.rows[row].now == Approx(7.0 / 3));
    CHECK(*chart.rows[row].desired == Approx(5));
    CHECK(chart.rows[row].nowLow == 1);
    CHECK(chart.rows[row].nowHigh == 4);
    CHECK(chart.rows[row].largestGap);
    CHECK(chart.rows[row].largestDisagreement);

    // In an open round the selected partner's scores are edited in place.
    partner->setCurrentIndex(partner->findData(qlonglong(ids[1])));
    CHECK(child<QComboBox>(page, QStringLiteral("now_werkprocessen"))->currentIndex() == 4);

    // Analyseren shows the topics and the chart per partner.
    PhasePage *analyse = showQuestion(w, QStringLiteral("analyseren.kloof"));
    const QString topics = child<QLabel>(analyse, QStringLiteral("gapsTopics"))->text();
    CHECK(topics.contains(QStringLiteral("Grootste afstand")));
    CHECK(topics.contains(QStringLiteral("Meeste verschil van inzicht")));
    auto *view = child<QComboBox>(analyse, QStringLiteral("gapsPartner"));
    view->setCurrentIndex(view->findData(qlonglong(ids[0])));
    CHECK(*child<GapChartWidget>(analyse, QStringLiteral("gapsChart"))->data().rows[row].now == Approx(1));
}

TEST_CASE("zoom changes the text size, is remembered for the screen, and Ctrl+0 resets it", "[gui][workshop]")
{
    test::TempDir dir;
    QSettings().remove(QStringLiteral("zoom"));
    qreal before = 0;
    {
        MainWindow w(catalog(), QStringLiteral("nl"));
        w.openFile(makeFile(dir));
        w.show();
        PhasePage *page = showQuestion(w, QStringLiteral("verkennen.vraagstuk"));
        auto *question = child<QLabel>(page, QStringLiteral("questionText"));
        before = question->font().pointSizeF();
        const qreal appBefore = QApplication::font().pointSizeF();
        w.zoomBy(2);
        CHECK(QApplication::font().pointSizeF() == Approx(appBefore * 1.21).epsilon(0.02)); // dialogs and menus follow too
        CHECK(w.zoomFactor() == Approx(1.21));
        CHECK(question->font().pointSizeF() == Approx(before * 1.21).epsilon(0.02));
        CHECK(question->font().bold()); // a heading stays a heading
        w.ensureProjector()->zoomBy(-1);
        w.closeFile();
    }
    MainWindow again(catalog(), QStringLiteral("nl"));
    CHECK(again.zoomFactor() == Approx(1.21));
    again.resetZoom();
    CHECK(again.zoomFactor() == Approx(1.0));
    again.openFile(dir.path(QStringLiteral("w.akkoord")));
    CHECK(again.ensureProjector()->zoom() == Approx(1 / 1.1));
    QSettings().remove(QStringLiteral("zoom"));
}
