#include "catalog/catalogloader.h"
#include "gui/chartwidget.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/historydialog.h"
#include "gui/glossarydialog.h"
#include "gui/mainwindow.h"
#include "gui/newtrajectorywizard.h"
#include "gui/partnerspage.h"
#include "gui/phasepage.h"
#include "gui/projectorwindow.h"
#include "session/session.h"
#include "session/undostack.h"
#include "gui/settings.h"
#include "storage/trajectoryfile.h"
#include "support/guisupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QSettings>
#include <QFileInfo>
#include <QTest>
#include <QMenuBar>

using namespace akkoord;
using namespace akkoord::gui;
using akkoord::test::child;
using akkoord::test::typeInto;

namespace {

const Catalog &catalog() { return test::shippedCatalog(); }

QString makeFile(const test::TempDir &dir, const QString &name = QStringLiteral("t.akkoord"))
{
    const QString path = dir.path(name);
    TrajectoryInfo info;
    info.title = QStringLiteral("Kansrijk opgroeien");
    auto f = TrajectoryFile::create(path, info);
    f->addPartner(Partner{.organisation = QStringLiteral("Gemeente Lindeveen"), .domain = PartnerDomain::Municipality});
    f->addPartner(Partner{.organisation = QStringLiteral("GGD Middenland"), .domain = PartnerDomain::YouthHealthCare});
    return path;
}

int questionIndex(const Phase &phase, const QString &id)
{
    for (int i = 0; i < phase.questions.size(); ++i)
        if (phase.questions[i].id == id)
            return i;
    FAIL("no such question");
    return -1;
}

void undo(MainWindow &w) { child<QAction>(&w, QStringLiteral("undoAction"))->trigger(); }
void redo(MainWindow &w) { child<QAction>(&w, QStringLiteral("redoAction"))->trigger(); }

} // namespace

TEST_CASE("the wizard creates a trajectory with its partners and opens it", "[gui]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    NewTrajectoryWizard wizard(&w);
    child<QLineEdit>(&wizard, QStringLiteral("wizardTitle"))->setText(QStringLiteral("Samen voor Lindeveen"));
    QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("wizardMunicipality")), QStringLiteral("Gemeente Lindeveen"));
    wizard.addPartnerRow(Partner{.organisation = QStringLiteral("Gemeente Lindeveen"), .domain = PartnerDomain::Municipality});
    wizard.addPartnerRow(Partner{.organisation = QStringLiteral("Kinderopvang De Vlinder"), .domain = PartnerDomain::Childcare, .role = PartnerRole::Outer});
    const QString path = dir.path(QStringLiteral("lindeveen.akkoord"));
    w.createFile(path, wizard.info(), wizard.partners());
    REQUIRE(w.session());
    CHECK(w.session()->data().info.title == QStringLiteral("Samen voor Lindeveen"));
    CHECK(w.session()->data().info.municipality == QStringLiteral("Gemeente Lindeveen"));
    REQUIRE(w.session()->data().partners.size() == 2);
    CHECK(w.session()->data().partners[1].role == PartnerRole::Outer);
    CHECK(w.session()->data().info.catalogVersion == catalog().catalogVersion);
}

TEST_CASE("a facilitator answers, inserts an example, gives perspectives, rates, undoes and finds it all back", "[gui]")
{
    test::TempDir dir;
    const QString path = makeFile(dir);
    const Phase &verkennen = catalog().phases[0];
    {
        MainWindow w(catalog(), QStringLiteral("nl"));
        w.openFile(path);
        w.show();
        w.showPage(1);
        PhasePage *page = w.phasePage(0);
        REQUIRE(page);

        // Answer the joint issue by typing.
        page->setCurrentQuestion(questionIndex(verkennen, QStringLiteral("verkennen.vraagstuk")));
        auto *answer = child<DebouncedTextEdit>(page, QStringLiteral("answerEdit"));
        typeInto(answer, QStringLiteral("Te veel kleuters met een taalachterstand"));
        CHECK(w.session()->data().answer(QStringLiteral("verkennen.vraagstuk"))->text == QStringLiteral("Te veel kleuters met een taalachterstand"));

        // Insert an example with one click: it is appended and can be adapted.
        child<QPushButton>(page, QStringLiteral("insertExample_0"))->click();
        const QString withExample = w.session()->data().answer(QStringLiteral("verkennen.vraagstuk"))->text;
        CHECK(withExample.startsWith(QStringLiteral("Te veel kleuters met een taalachterstand\n\n")));
        CHECK(withExample.endsWith(verkennen.questions[questionIndex(verkennen, QStringLiteral("verkennen.vraagstuk"))].examples[0].in(QStringLiteral("nl"))));
        CHECK(answer->toPlainText() == withExample);

        // A perspective from one partner; the other is listed as missing.
        const PartnerId ggd = w.session()->data().partners[1].id;
        auto *perspective = child<DebouncedTextEdit>(page, QStringLiteral("perspective_%1").arg(ggd));
        typeInto(perspective, QStringLiteral("Wij zien het bij het consultatiebureau"));
        CHECK(child<QLabel>(page, QStringLiteral("missingPerspectives"))->text().contains(QStringLiteral("Gemeente Lindeveen")));
        CHECK_FALSE(child<QLabel>(page, QStringLiteral("missingPerspectives"))->text().contains(QStringLiteral("GGD")));

        // Status of the question.
        child<QComboBox>(page, QStringLiteral("answerStatus"))->setCurrentIndex(2);
        CHECK(w.session()->data().answer(QStringLiteral("verkennen.vraagstuk"))->status == AnswerStatus::Agreed);

        // Urgency: rate both partners; the chart shows both.
        page->setCurrentQuestion(questionIndex(verkennen, QStringLiteral("verkennen.urgentie")));
        const PartnerId gemeente = w.session()->data().partners[0].id;
        child<QComboBox>(page, QStringLiteral("score_%1").arg(gemeente))->setCurrentIndex(5);
        typeInto(child<QLineEdit>(page, QStringLiteral("reason_%1").arg(gemeente)), QStringLiteral("Raadsprioriteit"));
        child<QComboBox>(page, QStringLiteral("score_%1").arg(ggd))->setCurrentIndex(3);
        const auto ratings = w.session()->data().ratingsFor(QStringLiteral("verkennen.urgentie"));
        REQUIRE(ratings.size() == 2);
        CHECK(child<RatingChartWidget>(page, QStringLiteral("ratingChart"))->data().entries.size() == 2);

        // Undo the last rating, redo it.
        undo(w);
        CHECK(w.session()->data().ratingsFor(QStringLiteral("verkennen.urgentie")).size() == 1);
        redo(w);
        CHECK(w.session()->data().ratingsFor(QStringLiteral("verkennen.urgentie")).size() == 2);
        CHECK(w.findChild<QLabel *>(QStringLiteral("saveState"))->text().startsWith(QStringLiteral("Opgeslagen om")));
        w.closeFile();
    }
    // Close and reopen: everything is there.
    const TrajectoryData d = TrajectoryFile::open(path)->load();
    CHECK(d.answer(QStringLiteral("verkennen.vraagstuk"))->text.startsWith(QStringLiteral("Te veel kleuters")));
    CHECK(d.answer(QStringLiteral("verkennen.vraagstuk"))->status == AnswerStatus::Agreed);
    CHECK(d.perspectives.size() == 1);
    CHECK(d.ratingsFor(QStringLiteral("verkennen.urgentie")).size() == 2);
}

TEST_CASE("undo and redo of typed text reach the editor and the file", "[gui][undo]")
{
    test::TempDir dir;
    const QString path = makeFile(dir);
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(path);
    qint64 now = 1'700'000'000'000;
    w.session()->setClock([&now] { return now; });
    w.show();
    w.showPage(2);
    PhasePage *page = w.phasePage(1);
    page->setCurrentQuestion(questionIndex(catalog().phases[1], QStringLiteral("ambities.tijdshorizon")));
    auto *answer = child<DebouncedTextEdit>(page, QStringLiteral("answerEdit"));
    typeInto(answer, QStringLiteral("Vier jaar"));
    now += UndoStack::kMergeWindowMs + 1; // beyond the merge window: a separate undo step
    typeInto(answer, QStringLiteral(", met een tussenstand na twee"));
    CHECK(answer->toPlainText() == QStringLiteral("Vier jaar, met een tussenstand na twee"));
    undo(w);
    CHECK(answer->toPlainText() == QStringLiteral("Vier jaar"));
    CHECK(TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load().answer(QStringLiteral("ambities.tijdshorizon"))->text == QStringLiteral("Vier jaar"));
    redo(w);
    CHECK(answer->toPlainText() == QStringLiteral("Vier jaar, met een tussenstand na twee"));
}

TEST_CASE("an agreement is added, linked to an ambition, and an earlier version restored", "[gui][agreements]")
{
    test::TempDir dir;
    const QString path = makeFile(dir);
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(path);
    TrajectorySession *s = w.session();
    qint64 now = 1'700'000'000'000;
    s->setClock([&now] { return now; });
    const RecordId ambition = s->addAmbition(Ambition{.title = QStringLiteral("Elk kind start taalvaardig")});

    w.showPage(5);
    PhasePage *page = w.phasePage(4);
    page->setCurrentQuestion(questionIndex(catalog().phases[4], QStringLiteral("ontwikkelen.afspraken")));
    child<QPushButton>(page, QStringLiteral("addAgreement"))->click();
    REQUIRE(s->data().agreements.size() == 1);
    const RecordId id = s->data().agreements[0].id;
    typeInto(child<DebouncedTextEdit>(page, QStringLiteral("agreementWhat")), QStringLiteral("Warme overdracht van peuteropvang naar school"));
    typeInto(child<QLineEdit>(page, QStringLiteral("agreementIndicator")), QStringLiteral("Aandeel kinderen met overdracht"));
    auto *owner = child<QComboBox>(page, QStringLiteral("agreementOwner"));
    owner->setCurrentIndex(1);
    auto *ambitions = child<QListWidget>(page, QStringLiteral("agreementAmbitions"));
    REQUIRE(ambitions->count() == 1);
    ambitions->item(0)->setCheckState(Qt::Checked);
    Agreement a = s->data().agreements[0];
    CHECK(a.what == QStringLiteral("Warme overdracht van peuteropvang naar school"));
    CHECK(a.indicator == QStringLiteral("Aandeel kinderen met overdracht"));
    CHECK(a.owner == s->data().partners[0].id);
    CHECK(a.ambitions == QList<RecordId>{ambition});

    // Change it, then restore the first saved version from the history.
    now += UndoStack::kMergeWindowMs + 1;
    a.what = QStringLiteral("Iets heel anders");
    s->updateAgreement(a);
    HistoryDialog history(s, QStringLiteral("agreement"), QString::number(id));
    REQUIRE(history.versionCount() >= 3);
    const int oldest = history.versionCount() - 1;
    history.restore(oldest - 0);
    CHECK(s->data().agreements[0].what.isEmpty());
    HistoryDialog again(s, QStringLiteral("agreement"), QString::number(id));
    int withText = -1;
    for (int i = 0; i < again.versionCount(); ++i)
        if (again.versionText(i).startsWith(QStringLiteral("Warme overdracht")))
            withText = i;
    REQUIRE(withText >= 0);
    again.restore(withText);
    CHECK(s->data().agreements[0].what == QStringLiteral("Warme overdracht van peuteropvang naar school"));
    CHECK(TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load().agreements[0].what == QStringLiteral("Warme overdracht van peuteropvang naar school"));
}

TEST_CASE("the partners page adds, edits, reorders and removes after asking", "[gui][partners]")
{
    test::TempDir dir;
    const QString path = makeFile(dir);
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(path);
    w.showPage(0);
    PartnersPage *page = w.partnersPage();
    child<QPushButton>(page, QStringLiteral("addPartner"))->click();
    TrajectorySession *s = w.session();
    REQUIRE(s->data().partners.size() == 3);
    auto *name = child<QLineEdit>(page, QStringLiteral("partnerOrganisation"));
    name->selectAll();
    typeInto(name, QStringLiteral("Welzijn Lindeveen"));
    typeInto(child<QLineEdit>(page, QStringLiteral("partnerSignatoryName")), QStringLiteral("M. de Boer"));
    CHECK(s->data().partners[2].organisation == QStringLiteral("Welzijn Lindeveen"));
    CHECK(s->data().partners[2].signatory.name == QStringLiteral("M. de Boer"));

    // The GGD gives a perspective; removing it asks first and says so.
    const PartnerId ggd = s->data().partners[1].id;
    s->setPerspective(QStringLiteral("verkennen.vraagstuk"), ggd, QStringLiteral("onze kijk"));
    CHECK(s->partnerUsage(ggd).join(QLatin1Char(' ')).contains(QStringLiteral("inbreng")));
    page->selectPartner(ggd);
    Dialogs::setNextConfirm(false);
    CHECK_FALSE(page->removeSelected());
    CHECK(s->data().partners.size() == 3);
    Dialogs::setNextConfirm(true);
    CHECK(page->removeSelected());
    CHECK(s->data().partners.size() == 2);
    CHECK(s->data().perspectives.isEmpty());
    // Undo brings the partner and its perspective back, in memory and file.
    undo(w);
    CHECK(s->data().partners.size() == 3);
    CHECK(s->data().perspectives.size() == 1);
    const TrajectoryData onDisk = TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load();
    CHECK(onDisk.partners.size() == 3);
    CHECK(onDisk.perspectives.size() == 1);
    // Reorder.
    const PartnerId first = s->data().partners[0].id;
    s->movePartner(first, 1);
    CHECK(s->data().partners[1].id == first);
}

TEST_CASE("keyboard navigation walks questions and phases", "[gui][keyboard]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(makeFile(dir));
    w.showPage(1);
    PhasePage *page = w.phasePage(0);
    page->setCurrentQuestion(0);
    w.nextQuestion();
    CHECK(page->currentQuestion() == 1);
    page->setCurrentQuestion(int(page->phase().questions.size()) - 1);
    w.nextQuestion();
    CHECK(w.currentPage() == 2);
    w.previousQuestion();
    CHECK(w.currentPage() == 1);
    CHECK(page->currentQuestion() == int(page->phase().questions.size()) - 1);
    w.nextPhase(1);
    w.nextPhase(1);
    CHECK(w.currentPage() == 3);
}

TEST_CASE("switching language to English translates the catalogue and back", "[gui][language]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(makeFile(dir));
    w.showPage(1);
    CHECK(child<QLabel>(w.phasePage(0), QStringLiteral("questionText"))->text() == catalog().phases[0].questions[0].text.in(QStringLiteral("nl")));
    w.setLanguage(QStringLiteral("en"));
    w.showPage(1);
    CHECK(child<QLabel>(w.phasePage(0), QStringLiteral("questionText"))->text() == catalog().phases[0].questions[0].text.in(QStringLiteral("en")));
    CHECK(w.menuBar()->actions().first()->text() == QStringLiteral("&File"));
    w.setLanguage(QStringLiteral("nl"));
    CHECK(w.menuBar()->actions().first()->text() == QStringLiteral("&Bestand"));
}

TEST_CASE("a file that cannot be written opens read-only and says so", "[gui]")
{
    test::TempDir dir;
    const QString path = makeFile(dir);
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(path);
    CHECK(w.session()->isReadOnly());
    CHECK(child<QLabel>(&w, QStringLiteral("trajectoryTitle"))->text().contains(QStringLiteral("alleen lezen")));
    w.showPage(1);
    CHECK(child<DebouncedTextEdit>(w.phasePage(0), QStringLiteral("answerEdit"))->isReadOnly());
}

TEST_CASE("the projector shows the current question and its joint answer as it is typed, never perspectives", "[gui][projector]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(makeFile(dir));
    w.show();
    w.showPage(1);
    PhasePage *page = w.phasePage(0);
    page->setCurrentQuestion(questionIndex(catalog().phases[0], QStringLiteral("verkennen.vraagstuk")));
    w.toggleProjector();
    ProjectorWindow *projector = w.projector();
    REQUIRE(projector);
    CHECK(projector->questionId() == QStringLiteral("verkennen.vraagstuk"));
    CHECK(projector->shownQuestion() == catalog().phases[0].questions[questionIndex(catalog().phases[0], QStringLiteral("verkennen.vraagstuk"))].text.in(QStringLiteral("nl")));

    typeInto(child<DebouncedTextEdit>(page, QStringLiteral("answerEdit")), QStringLiteral("<b>Samen</b> voor taal"));
    CHECK(projector->shownAnswer() == QStringLiteral("<b>Samen</b> voor taal"));
    const PartnerId ggd = w.session()->data().partners[1].id;
    typeInto(child<DebouncedTextEdit>(page, QStringLiteral("perspective_%1").arg(ggd)), QStringLiteral("geheime notitie"));
    CHECK_FALSE(projector->shownAnswer().contains(QStringLiteral("geheime")));

    // The next question follows on the projector; the phase's time box runs.
    w.nextQuestion();
    CHECK(projector->questionId() == page->currentQuestionId());
    CHECK(projector->remainingSeconds() == catalog().phases[0].timeboxMinutes * 60);
    qint64 now = 0;
    projector->setClock([&now] { return now; });
    projector->toggleTimer();
    now += 1100;
    CHECK(projector->remainingSeconds() == catalog().phases[0].timeboxMinutes * 60 - 1);
    projector->resetTimer();
    CHECK(projector->remainingSeconds() == catalog().phases[0].timeboxMinutes * 60);
    w.toggleProjector();
    CHECK_FALSE(projector->isVisible());
}

TEST_CASE("the settings file with its recent paths is owner-only", "[gui][private]")
{
    // Issue 13, item 10: it was 0644 and its folder 0755.
    const QStringList before = akkoord::gui::Settings::recentFiles();
    akkoord::gui::Settings::setRecentFiles(before + QStringList{QStringLiteral("/tmp/private-check.akkoord")});
    const QString file = QSettings().fileName();
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    CHECK((QFileInfo(file).permissions() & others) == 0);
    CHECK((QFileInfo(QFileInfo(file).absolutePath()).permissions() & (others | QFileDevice::ExeGroup | QFileDevice::ExeOther)) == 0);
    akkoord::gui::Settings::setRecentFiles(before);
}

// Issue 20: Help > Glossary explains the catalogue's terms in the interface
// language, with a filter, and stays open beside the work.
TEST_CASE("the glossary explains the terms and finds one by a word", "[gui][glossary]")
{
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.show();
    REQUIRE_FALSE(catalog().glossary.isEmpty());
    w.showGlossary();
    auto *dialog = w.findChild<GlossaryDialog *>(QStringLiteral("glossaryDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->isModal());
    CHECK(dialog->visibleRows() == int(catalog().glossary.size()));
    dialog->setFilter(QStringLiteral("JGZ"));
    CHECK(dialog->visibleRows() >= 1);
    CHECK(dialog->visibleRows() < int(catalog().glossary.size()));
    dialog->setFilter(QStringLiteral("woord-dat-nergens-staat"));
    CHECK(dialog->visibleRows() == 0);
    // Asking again brings the same window forward rather than a second one.
    w.showGlossary();
    CHECK(w.findChildren<GlossaryDialog *>().size() == 1);
}
