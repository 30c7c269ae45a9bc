#include "catalog/catalogloader.h"
#include "domain/assessment.h"
#include "domain/error.h"
#include "gui/assessmentpage.h"
#include "gui/assessmentresults.h"
#include "gui/debounced.h"
#include "gui/documentspage.h"
#include "gui/mainwindow.h"
#include "gui/respondentform.h"
#include "session/session.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace akkoord;
using namespace akkoord::gui;

namespace {

const Catalog &catalog() { return test::shippedCatalog(); }

QString demoFile(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("demo.akkoord"));
    QFile demo(test::sourcePath(QStringLiteral("data/demo/demo.json")));
    REQUIRE(demo.open(QIODevice::ReadOnly));
    ExchangeData x = fromJsonText(demo.readAll());
    // Start without any self-assessment, whatever the demo holds.
    x.data.rounds.clear();
    x.data.respondents.clear();
    x.data.scores.clear();
    x.data.comments.clear();
    TrajectoryFile::createFrom(path, x);
    return path;
}

void key(int k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClick(focus, Qt::Key(k), m);
}

void typeText(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClicks(focus, text);
}

} // namespace

TEST_CASE("twenty paper questionnaires are entered with number keys and Tab only", "[gui][assessment]")
{
    test::TempDir dir;
    const QString path = demoFile(dir);
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(path);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    w.showPage(MainWindow::AssessmentIndex);
    AssessmentPage *page = w.assessmentPage();
    REQUIRE(page);
    page->findChild<QPushButton *>(QStringLiteral("newRound"))->click();
    REQUIRE(page->currentRound() != 0);

    QApplication::setKeyboardInputInterval(80);
    const int respondents = 20;
    int expectedScores = 0;
    page->newRespondent();
    for (int r = 0; r < respondents; ++r) {
        INFO("respondent " << r << " focus " << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : std::string("none")));
        REQUIRE(QApplication::focusWidget() != nullptr);
        REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("respondentName"));
        // Name, then Tab past organisation and role (organisation chosen by
        // typing its first letters), then the scores block by block.
        typeText(QStringLiteral("Respondent %1").arg(r + 1));
        key(Qt::Key_Tab);
        // A person pauses before choosing from a list; the list's type-ahead
        // would otherwise join this name to the previous one.
        QTest::qWait(QApplication::keyboardInputInterval() + 20);
        typeText(r % 2 ? QStringLiteral("Jeugd") : QStringLiteral("Gemeente"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        const auto &blocks = catalog().buildingBlocks;
        for (qsizetype b = 0; b < blocks.size(); ++b) {
            for (int s = 0; s < blocks[b].statements.size(); ++s) {
                const int score = (r + s) % 6; // 0 = weet niet
                key(Qt::Key_0 + score);
                ++expectedScores;
            }
            if (b + 1 < blocks.size())
                key(Qt::Key_Tab); // past the optional comment
        }
        key(Qt::Key_Return, Qt::ControlModifier); // next respondent
    }
    PendingEdits::instance().flushAll();
    TrajectorySession *s = w.session();
    // The last Ctrl+Enter opened a 21st, empty form.
    int inRound = 0;
    for (const Respondent &resp : s->data().respondents)
        inRound += resp.round == page->currentRound() && !resp.name.isEmpty() ? 1 : 0;
    CHECK(inRound == respondents);
    CHECK(s->data().scores.size() == expectedScores);
    int dontKnow = 0;
    for (const AssessmentScore &sc : s->data().scores)
        dontKnow += sc.score == kDontKnow ? 1 : 0;
    CHECK(dontKnow > 0);
    const Respondent &second = s->data().respondents[1];
    INFO("first: " << s->data().respondents[0].name.toStdString() << " partner " << s->data().respondents[0].partner.value_or(-1) << "; second: " << second.name.toStdString());
    REQUIRE(second.partner.has_value());
    CHECK(s->data().partner(*second.partner)->organisation.startsWith(QStringLiteral("Jeugd")));
    CHECK(second.role == PartnerRole::Outer); // taken from the partner

    // Everything is in the file, and the results see both groups.
    const TrajectoryData onDisk = TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load();
    CHECK(onDisk.scores.size() == expectedScores);
    const RoundResults results = scoreRound(catalog(), onDisk, page->currentRound());
    CHECK(results.coreRespondents == 10);
    CHECK(results.outerRespondents == 10);
}

TEST_CASE("respondent mode never shows another respondent's answers", "[gui][assessment]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(demoFile(dir));
    w.show();
    w.showPage(MainWindow::AssessmentIndex);
    AssessmentPage *page = w.assessmentPage();
    // An earlier respondent, entered by the facilitator.
    const RecordId first = page->newRespondent();
    w.session()->setScore(first, catalog().buildingBlocks[0].statements[0].id, 5);

    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *form = dialog->findChild<RespondentForm *>(QStringLiteral("respondentModeForm"));
        REQUIRE(form);
        CHECK(form->respondent() != first);
        for (int i = 0; i < form->statementCount(); ++i)
            CHECK(form->scoreEdit(i)->text().isEmpty());
        CHECK(dialog->findChild<QListWidget *>(QStringLiteral("respondentList")) == nullptr);
        // Fill in one answer, finish: the next form is empty again.
        QTest::keyClick(form->scoreEdit(0), Qt::Key_2);
        const RecordId answered = form->respondent();
        QPushButton *done = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text().startsWith(QStringLiteral("Klaar")))
                done = b;
        REQUIRE(done);
        done->click();
        CHECK(form->respondent() != answered);
        CHECK(form->scoreEdit(0)->text().isEmpty());
        checked = true;
        dialog->reject();
    });
    page->startRespondentMode();
    CHECK(checked);
    // The respondent who answered is kept; the empty last form is not.
    int respondents = 0;
    for (const Respondent &r : w.session()->data().respondents)
        respondents += r.round == page->currentRound() ? 1 : 0;
    CHECK(respondents == 2);
}

TEST_CASE("the results say so when only core partners answered", "[gui][assessment]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(demoFile(dir));
    AssessmentPage *page = w.assessmentPage();
    TrajectorySession *s = w.session();
    const RecordId round = s->addRound(AssessmentRound{.name = QStringLiteral("Nulmeting"), .date = QDate(2026, 11, 20)});
    for (int i = 0; i < 3; ++i) {
        const RecordId r = s->addRespondent(Respondent{.round = round, .name = QStringLiteral("K%1").arg(i), .partner = s->data().partners[0].id});
        s->setScore(r, catalog().buildingBlocks[0].statements[0].id, 4);
    }
    page->selectRound(round);
    page->findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *results = page->findChild<AssessmentResultsView *>();
    REQUIRE(results);
    REQUIRE(results->blockTable()->rowCount() == 6);
    CHECK(results->noticeText().contains(QStringLiteral("Alleen kernpartners")));
    CHECK(results->blockTable()->item(0, 3)->text() == QStringLiteral("te weinig respondenten"));
    CHECK(results->blockTable()->item(0, 2)->text().startsWith(QStringLiteral("4,0")));

    const QString csv = dir.path(QStringLiteral("antwoorden.csv"));
    page->exportCsv(csv);
    CHECK(test::readAll(csv).count("\r\n") == 1 + 3 * int(allStatements(catalog()).size()));
}

TEST_CASE("the documents page checks completeness, previews and exports", "[gui][documents]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(demoFile(dir));
    w.show();
    w.showPage(MainWindow::DocumentsIndex);
    DocumentsPage *page = w.documentsPage();
    REQUIRE(page);
    CHECK(page->gaps().isEmpty()); // the demo is a complete covenant, ready to sign (issue 15)
    auto *fingerprintLabel = page->findChild<QLabel *>(QStringLiteral("documentFingerprint"));
    CHECK(fingerprintLabel->text().endsWith(page->currentFingerprint()));

    // Changing a covenant setting saves it and changes the fingerprint.
    const QString before = page->currentFingerprint();
    auto *place = page->findChild<QLineEdit *>(QStringLiteral("covenantPlace"));
    place->setFocus();
    place->selectAll();
    QTest::keyClicks(place, QStringLiteral("Stadhuis Lommerwolde"));
    PendingEdits::instance().flushAll();
    CHECK(w.session()->data().info.signingPlace == QStringLiteral("Stadhuis Lommerwolde"));
    CHECK(page->currentFingerprint() != before);

    page->renderPreviewNow();
    CHECK(page->previewPageCount() > 3);

    const QString pdf = dir.path(QStringLiteral("convenant.pdf"));
    page->exportTo(pdf);
    const auto text = test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).simplified().contains(w.session()->data().info.title));
    CHECK(text.out.contains("Stadhuis Lommerwolde"));
    CHECK(text.out.contains(page->currentFingerprint().toUtf8()));

    page->setKind(DocumentsPage::Kind::SessionReport);
    const QString odt = dir.path(QStringLiteral("verslag.odt"));
    page->exportTo(odt);
    CHECK(test::readAll(odt).startsWith("PK"));
}

// Issue 13 §9: a document too large to lay out in bounded memory is refused
// in one sentence — in the preview and on export — and nothing is written.
TEST_CASE("the documents page says so when a document is too large to make", "[gui][documents][large]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("en"));
    w.openFile(demoFile(dir));
    w.show();
    w.showPage(MainWindow::DocumentsIndex);
    DocumentsPage *page = w.documentsPage();
    REQUIRE(page);
    // 14 million characters in one answer: a field may hold it (32 MiB), the
    // session report cannot be laid out in the memory Akkoord allows itself.
    const QString questionId = w.session()->data().answers.first().questionId;
    w.session()->setAnswerText(questionId, QString(14 * 1000 * 1000, QLatin1Char('x')));
    page->setKind(DocumentsPage::Kind::SessionReport);
    page->renderPreviewNow();
    auto *state = page->findChild<QLabel *>(QStringLiteral("previewState"));
    REQUIRE(state);
    CHECK(state->text().contains(QStringLiteral("too large to make")));
    CHECK(page->previewPageCount() == 0);
    const QString pdf = dir.path(QStringLiteral("verslag.pdf"));
    CHECK_THROWS_AS(page->exportTo(pdf), UserError);
    CHECK_FALSE(QFileInfo::exists(pdf));
    // The covenant does not hold the answer and still previews.
    page->setKind(DocumentsPage::Kind::Covenant);
    page->renderPreviewNow();
    CHECK(page->previewPageCount() > 3);
}
