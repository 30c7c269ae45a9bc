// Issue 15: filled in by the covenant work.

#include "support/support.h"

// The covenant in the desktop interface: the parties' identification on the
// partners page, the covenant settings, the wording of the articles and the
// dialogue clauses, the gap list that leads to the place to fix each gap,
// and the house template.

#include "domain/covenanttext.h"
#include "domain/error.h"
#include "gui/covenantwording.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/documentspage.h"
#include "gui/mainwindow.h"
#include "gui/newtrajectorywizard.h"
#include "gui/partnerspage.h"
#include "gui/preferencesdialog.h"
#include "gui/settings.h"
#include "gui/phasepage.h"
#include "session/session.h"
#include "session/undostack.h"
#include "storage/covenanttemplate.h"
#include "storage/exchange.h"
#include "storage/trajectoryfile.h"
#include "support/guisupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace akkoord;
using namespace akkoord::gui;
using akkoord::test::child;
using akkoord::test::typeInto;

namespace {

const Catalog &catalog() { return test::shippedCatalog(); }

QString demoFile(const test::TempDir &dir, const QString &name = QStringLiteral("demo.akkoord"))
{
    const QString path = dir.path(name);
    QFile demo(test::sourcePath(QStringLiteral("data/demo/demo.json")));
    REQUIRE(demo.open(QIODevice::ReadOnly));
    ExchangeData x = fromJsonText(demo.readAll());
    x.data.covenantTexts.clear(); // every article starts with the standard wording
    TrajectoryFile::createFrom(path, x);
    return path;
}

TrajectoryData onDisk(const QString &path) { return TrajectoryFile::open(path, TrajectoryFile::Access::ReadOnly)->load(); }

void undo(MainWindow &w)
{
    PendingEdits::instance().flushAll();
    w.session()->undoStack()->undo();
}

// The selected row's record id (Qt::UserRole of its first cell).
RecordId selectedRecord(QWidget *page, const QString &table)
{
    auto *view = child<QAbstractItemView>(page, table);
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : view->model()->data(rows.first().siblingAtColumn(0), Qt::UserRole).toLongLong();
}

QTreeWidgetItem *wordingItem(DocumentsPage *page, const QString &key)
{
    auto *tree = child<QTreeWidget>(page, QStringLiteral("covenantWordingTree"));
    for (int t = 0; t < tree->topLevelItemCount(); ++t)
        for (int i = 0; i < tree->topLevelItem(t)->childCount(); ++i)
            if (tree->topLevelItem(t)->child(i)->data(0, Qt::UserRole).toString() == key)
                return tree->topLevelItem(t)->child(i);
    return nullptr;
}

} // namespace

TEST_CASE("the partner form saves the parties identification in the file", "[gui][covenant][partners]")
{
    test::TempDir dir;
    const QString path = demoFile(dir);
    {
        MainWindow w(catalog(), QStringLiteral("en"));
        w.openFile(path);
        w.showPage(0);
        PartnersPage *page = w.partnersPage();
        REQUIRE(page);
        const PartnerId ggd = w.session()->data().partners[4].id;
        page->selectPartner(ggd);
        REQUIRE(page->selectedPartner() == ggd);

        auto *legalName = child<QLineEdit>(page, QStringLiteral("partnerLegalName"));
        CHECK(legalName->placeholderText() == w.session()->data().partner(ggd)->organisation);
        legalName->clear();
        typeInto(legalName, QStringLiteral("Gemeenschappelijke regeling GGD Vaartland"));
        auto *form = child<QComboBox>(page, QStringLiteral("partnerLegalForm"));
        form->setCurrentIndex(form->findData(int(LegalForm::CommonArrangement)));
        auto *seat = child<QLineEdit>(page, QStringLiteral("partnerSeat"));
        seat->clear();
        typeInto(seat, QStringLiteral("Vaartstad"));
        auto *address = child<QLineEdit>(page, QStringLiteral("partnerAddress"));
        address->clear();
        typeInto(address, QStringLiteral("Havenweg 3, 1234 AB Vaartstad"));
        auto *kvk = child<QLineEdit>(page, QStringLiteral("partnerKvk"));
        kvk->clear();
        typeInto(kvk, QStringLiteral("12345678"));
        auto *basis = child<QComboBox>(page, QStringLiteral("partnerBasis"));
        basis->setCurrentIndex(basis->findData(int(RepresentationBasis::Mandate)));
        child<OptionalDateEdit>(page, QStringLiteral("partnerDecisionDate"))->setValue(QDate(2026, 11, 3));

        // The deadline of a mandate reservation is open only when it applies.
        auto *mandate = child<QCheckBox>(page, QStringLiteral("partnerMandate"));
        auto *deadline = child<OptionalDateEdit>(page, QStringLiteral("partnerReservationDeadline"));
        mandate->setChecked(false);
        CHECK_FALSE(deadline->isEnabled());
        mandate->setChecked(true);
        CHECK(deadline->isEnabled());
        deadline->setValue(QDate(2027, 3, 31));
        PendingEdits::instance().flushAll();

        // A date can be emptied again.
        auto *decision = child<OptionalDateEdit>(page, QStringLiteral("partnerDecisionDate"));
        CHECK(decision->value() == QDate(2026, 11, 3));
    }
    const Partner *p = nullptr;
    const TrajectoryData d = onDisk(path);
    p = d.partner(d.partners[4].id);
    REQUIRE(p);
    CHECK(p->legalName == QStringLiteral("Gemeenschappelijke regeling GGD Vaartland"));
    CHECK(p->legalForm == LegalForm::CommonArrangement);
    CHECK(p->seat == QStringLiteral("Vaartstad"));
    CHECK(p->address == QStringLiteral("Havenweg 3, 1234 AB Vaartstad"));
    CHECK(p->kvkNumber == QStringLiteral("12345678"));
    CHECK(p->signatory.basis == RepresentationBasis::Mandate);
    CHECK(p->signatory.decisionDate == QDate(2026, 11, 3));
    CHECK(p->signatory.underMandateReservation);
    CHECK(p->signatory.reservationDeadline == QDate(2027, 3, 31));

    // Reopened, the form shows what was saved; emptying a date saves "none".
    MainWindow w(catalog(), QStringLiteral("en"));
    w.openFile(path);
    w.showPage(0);
    PartnersPage *page = w.partnersPage();
    page->selectPartner(d.partners[4].id);
    CHECK(child<QLineEdit>(page, QStringLiteral("partnerSeat"))->text() == QStringLiteral("Vaartstad"));
    auto *decision = child<OptionalDateEdit>(page, QStringLiteral("partnerDecisionDate"));
    CHECK(decision->value() == QDate(2026, 11, 3));
    decision->setValue({});
    CHECK(decision->isEmpty());
    CHECK_FALSE(w.session()->data().partner(d.partners[4].id)->signatory.decisionDate.isValid());
}

TEST_CASE("the partner form says when a party looks like a department of another", "[gui][covenant][partners]")
{
    test::TempDir dir;
    const QString path = demoFile(dir);
    MainWindow w(catalog(), QStringLiteral("en"));
    w.openFile(path);
    w.show();
    w.showPage(0);
    PartnersPage *page = w.partnersPage();
    TrajectorySession *s = w.session();
    const PartnerId whole = s->addPartner(Partner{.organisation = QStringLiteral("GGD Noord"), .domain = PartnerDomain::YouthHealthCare});
    const PartnerId department = s->addPartner(Partner{.organisation = QStringLiteral("GGD Noord, Jeugdgezondheidszorg"), .domain = PartnerDomain::YouthHealthCare});
    auto *warning = child<QLabel>(page, QStringLiteral("partnerDepartmentWarning"));
    page->selectPartner(department);
    CHECK_FALSE(departmentWarning(*s->data().partner(department), s->data(), QStringLiteral("en")).isEmpty());
    CHECK(warning->isVisibleTo(page));
    CHECK(warning->text() == departmentWarning(*s->data().partner(department), s->data(), QStringLiteral("en")));
    page->selectPartner(whole);
    CHECK_FALSE(warning->isVisibleTo(page));

    // A municipality's signatory: the hint names the mayor and art. 171 Gemeentewet.
    page->selectPartner(s->data().partners[0].id);
    auto *hint = child<QLabel>(page, QStringLiteral("signatoryHint"));
    CHECK(hint->isVisibleTo(page));
    CHECK(hint->text().contains(QStringLiteral("171")));
}

TEST_CASE("the covenant settings are saved and undoable", "[gui][covenant][documents]")
{
    test::TempDir dir;
    const QString path = demoFile(dir);
    MainWindow w(catalog(), QStringLiteral("en"));
    w.openFile(path);
    w.show();
    w.showPage(MainWindow::DocumentsIndex);
    DocumentsPage *page = w.documentsPage();
    REQUIRE(page);
    TrajectorySession *s = w.session();
    REQUIRE(page->focusSetting(QStringLiteral("entryIntoForce")));
    CHECK(page->currentTab() == DocumentsPage::SettingsTab);

    auto *entry = child<QComboBox>(page, QStringLiteral("covenantEntryIntoForce"));
    auto *start = child<OptionalDateEdit>(page, QStringLiteral("covenantStart"));
    auto *signing = child<OptionalDateEdit>(page, QStringLiteral("covenantSigningDate"));
    auto *warning = child<QLabel>(page, QStringLiteral("covenantStartWarning"));
    entry->setCurrentIndex(entry->findData(int(EntryIntoForce::LastSignature)));
    CHECK(s->data().info.entryIntoForce == EntryIntoForce::LastSignature);
    CHECK_FALSE(start->isEnabled());
    entry->setCurrentIndex(entry->findData(int(EntryIntoForce::OnDate)));
    CHECK(s->data().info.entryIntoForce == EntryIntoForce::OnDate);
    CHECK(start->isEnabled());

    // A chosen date before signing: said plainly, unless retroactive.
    signing->setValue(QDate(2027, 1, 15));
    start->setValue(QDate(2027, 1, 1));
    CHECK(s->data().info.startDate == QDate(2027, 1, 1));
    CHECK(s->data().info.signingDate == QDate(2027, 1, 15));
    CHECK(warning->isVisibleTo(page));
    entry->setCurrentIndex(entry->findData(int(EntryIntoForce::Retroactive)));
    CHECK_FALSE(warning->isVisibleTo(page));
    start->setValue(QDate(2027, 2, 1));
    entry->setCurrentIndex(entry->findData(int(EntryIntoForce::OnDate)));
    CHECK_FALSE(warning->isVisibleTo(page));

    child<QSpinBox>(page, QStringLiteral("covenantDuration"))->setValue(4);
    auto *renewal = child<QComboBox>(page, QStringLiteral("covenantRenewal"));
    auto *times = child<QSpinBox>(page, QStringLiteral("covenantRenewalTimes"));
    auto *years = child<QSpinBox>(page, QStringLiteral("covenantRenewalYears"));
    renewal->setCurrentIndex(renewal->findData(int(Renewal::None)));
    CHECK_FALSE(times->isEnabled());
    renewal->setCurrentIndex(renewal->findData(int(Renewal::Tacit)));
    CHECK(times->isEnabled());
    CHECK(years->isEnabled());
    times->setValue(2);
    years->setValue(3);
    child<QSpinBox>(page, QStringLiteral("covenantNotice"))->setValue(9);
    auto *body = child<QLineEdit>(page, QStringLiteral("covenantGoverningBody"));
    body->clear();
    typeInto(body, QStringLiteral("de regiegroep"));
    auto *shares = child<QCheckBox>(page, QStringLiteral("covenantSharesData"));
    auto *protocol = child<QLineEdit>(page, QStringLiteral("covenantDataProtocol"));
    shares->setChecked(false);
    CHECK_FALSE(protocol->isEnabled());
    shares->setChecked(true);
    CHECK(protocol->isEnabled());
    protocol->clear();
    typeInto(protocol, QStringLiteral("Privacyprotocol Kansrijk 2027"));

    const TrajectoryInfo i = onDisk(path).info;
    CHECK(i.entryIntoForce == EntryIntoForce::OnDate);
    CHECK(i.startDate == QDate(2027, 2, 1));
    CHECK(i.durationYears == 4);
    CHECK(i.renewal == Renewal::Tacit);
    CHECK(i.renewalTimes == 2);
    CHECK(i.renewalYears == 3);
    CHECK(i.noticeMonths == 9);
    CHECK(i.governingBody == QStringLiteral("de regiegroep"));
    CHECK(i.sharesPersonalData);
    CHECK(i.dataProtocol == QStringLiteral("Privacyprotocol Kansrijk 2027"));

    // Each change is a step to undo; the form follows.
    undo(w);
    CHECK(s->data().info.dataProtocol != QStringLiteral("Privacyprotocol Kansrijk 2027"));
    CHECK(protocol->text() == s->data().info.dataProtocol);
    while (s->data().info.noticeMonths == 9 && s->undoStack()->canUndo())
        undo(w);
    CHECK(child<QSpinBox>(page, QStringLiteral("covenantNotice"))->value() == s->data().info.noticeMonths);
}

TEST_CASE("an optional article switched off and reworded changes the covenant and undo restores it", "[gui][covenant][documents]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(demoFile(dir));
    w.show();
    w.showPage(MainWindow::DocumentsIndex);
    DocumentsPage *page = w.documentsPage();
    TrajectorySession *s = w.session();
    const QList<StandardArticle> articles = standardArticles(s->data(), QStringLiteral("nl"));
    const auto optional = std::find_if(articles.cbegin(), articles.cend(), [](const StandardArticle &a) { return a.optional && a.applies; });
    const auto mandatory = std::find_if(articles.cbegin(), articles.cend(), [](const StandardArticle &a) { return !a.optional && a.applies; });
    REQUIRE(optional != articles.cend());
    REQUIRE(mandatory != articles.cend());

    // Switched off: out of the covenant; undo brings it back.
    const QString original = page->currentFingerprint();
    REQUIRE(page->showArticle(optional->id));
    QTreeWidgetItem *item = wordingItem(page, QStringLiteral("article.") + optional->id);
    REQUIRE(item);
    CHECK(item->checkState(0) == Qt::Checked);
    item->setCheckState(0, Qt::Unchecked);
    CHECK_FALSE(articleEnabled(optional->id, s->data()));
    CHECK(page->currentFingerprint() != original);
    undo(w);
    CHECK(articleEnabled(optional->id, s->data()));
    CHECK(page->currentFingerprint() == original);
    CHECK(wordingItem(page, QStringLiteral("article.") + optional->id)->checkState(0) == Qt::Checked);

    // A mandatory article keeps its tick.
    item = wordingItem(page, QStringLiteral("article.") + mandatory->id);
    REQUIRE(item);
    CHECK_FALSE(item->flags() & Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    CHECK(articleEnabled(mandatory->id, s->data()));
    CHECK(wordingItem(page, QStringLiteral("article.") + mandatory->id)->checkState(0) == Qt::Checked);
    CHECK(page->currentFingerprint() == original);

    // Reworded: the editor shows the standard text; typing saves the own text.
    REQUIRE(page->showArticle(mandatory->id));
    CHECK(page->currentTab() == DocumentsPage::WordingTab);
    auto *edit = child<DebouncedTextEdit>(page, QStringLiteral("articleWordingEdit"));
    CHECK(edit->toPlainText() == articleText(mandatory->id, s->data(), s->catalog(), QStringLiteral("nl")));
    edit->moveCursor(QTextCursor::End);
    typeInto(edit, QStringLiteral(" Met een eigen zin."));
    const CovenantText *own = s->data().covenantText(QStringLiteral("article.") + mandatory->id);
    REQUIRE(own);
    CHECK(own->text.endsWith(QStringLiteral(" Met een eigen zin.")));
    CHECK(articleText(mandatory->id, s->data(), s->catalog(), QStringLiteral("nl")).endsWith(QStringLiteral(" Met een eigen zin.")));
    CHECK(page->currentFingerprint() != original);
    page->renderPreviewNow();
    CHECK(page->previewPageCount() > 1);

    // Back to the standard text, and undo of that.
    auto *reset = child<QPushButton>(page, QStringLiteral("articleResetButton"));
    CHECK(reset->isEnabled());
    reset->click();
    CHECK(s->data().covenantText(QStringLiteral("article.") + mandatory->id) == nullptr);
    CHECK(page->currentFingerprint() == original);
    CHECK(edit->toPlainText() == standardArticleText(mandatory->id, s->data(), s->catalog(), QStringLiteral("nl")));
    undo(w);
    CHECK(page->currentFingerprint() != original);
    undo(w);
    CHECK(page->currentFingerprint() == original);

    // A change elsewhere while typing leaves the text and the cursor alone.
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral(" Nog een zin"));
    const int cursor = edit->textCursor().position();
    TrajectoryInfo info = s->data().info;
    info.governingBody = QStringLiteral("de regiegroep");
    s->setInfo(info, QStringLiteral("test"));
    CHECK(edit->toPlainText().endsWith(QStringLiteral(" Nog een zin")));
    CHECK(edit->textCursor().position() == cursor);
    PendingEdits::instance().flushAll();
    CHECK(s->data().covenantText(QStringLiteral("article.") + mandatory->id)->text.endsWith(QStringLiteral(" Nog een zin")));
    CHECK(edit->textCursor().position() == cursor);
}

TEST_CASE("accepting a proposal stores the clause and clearing the text takes it out", "[gui][covenant][documents]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(demoFile(dir));
    w.show();
    w.showPage(MainWindow::DocumentsIndex);
    DocumentsPage *page = w.documentsPage();
    TrajectorySession *s = w.session();
    const QList<DialogueClause> clauses = dialogueClauses(s->data(), s->catalog(), QStringLiteral("nl"));
    const auto proposed = std::find_if(clauses.cbegin(), clauses.cend(), [](const DialogueClause &c) { return !c.proposal.isEmpty(); });
    REQUIRE(proposed != clauses.cend());
    const QString key = proposed->key;
    if (s->data().covenantText(key))
        s->setCovenantText(key, QString());
    REQUIRE(page->showClause(key));
    CHECK(page->wording()->selectedKey() == key);
    CHECK(child<QLabel>(page, QStringLiteral("clauseProposal"))->text() == proposed->proposal);

    const QString before = page->currentFingerprint();
    auto *accept = child<QPushButton>(page, QStringLiteral("acceptProposalButton"));
    REQUIRE(accept->isEnabled());
    accept->click();
    REQUIRE(s->data().covenantText(key));
    CHECK(s->data().covenantText(key)->text == proposed->proposal);
    auto *edit = child<DebouncedTextEdit>(page, QStringLiteral("clauseTextEdit"));
    CHECK(edit->toPlainText() == proposed->proposal);
    CHECK(page->currentFingerprint() != before);

    // Rewritten in the facilitator's words.
    edit->selectAll();
    typeInto(edit, QStringLiteral("Wij kiezen samen voor kansrijk opgroeien."));
    CHECK(s->data().covenantText(key)->text == QStringLiteral("Wij kiezen samen voor kansrijk opgroeien."));

    // Cleared: no longer accepted.
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    PendingEdits::instance().flushAll();
    CHECK((s->data().covenantText(key) == nullptr || s->data().covenantText(key)->text.isEmpty()));
    CHECK(page->currentFingerprint() == before);
}

TEST_CASE("activating a gap of each kind goes to the place to fix it", "[gui][covenant][documents]")
{
    test::TempDir dir;
    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(demoFile(dir));
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    TrajectorySession *s = w.session();
    if (s->data().dilemmas.isEmpty())
        s->addDilemma(DilemmaEntry{.title = QStringLiteral("Wie betaalt?")});
    const TrajectoryData &d = s->data();

    // A partner: the partners page with that partner selected.
    w.showPage(MainWindow::DocumentsIndex);
    const PartnerId partner = d.partners[3].id;
    w.goToGap(CovenantGap{.where = CovenantGap::Where::Partner, .id = partner, .text = QStringLiteral("x")});
    CHECK(w.currentPage() == 0);
    CHECK(w.partnersPage()->selectedPartner() == partner);

    // An agreement (in a building block other than the first): the
    // agreements editor with it selected.
    const Agreement agreement = d.agreements.last();
    w.goToGap(CovenantGap{.where = CovenantGap::Where::Agreement, .id = agreement.id});
    PhasePage *phase = w.currentPhasePage();
    REQUIRE(phase);
    CHECK(phase->findChild<QWidget *>(QStringLiteral("agreementTable")) != nullptr);
    CHECK(child<QComboBox>(phase, QStringLiteral("buildingBlockCombo"))->currentData().toString() == agreement.buildingBlock);
    CHECK(selectedRecord(phase, QStringLiteral("agreementTable")) == agreement.id);

    // A dilemma: the dilemma register with it selected.
    const RecordId dilemma = d.dilemmas.last().id;
    w.goToGap(CovenantGap{.where = CovenantGap::Where::Dilemma, .id = dilemma});
    phase = w.currentPhasePage();
    REQUIRE(phase);
    CHECK(selectedRecord(phase, QStringLiteral("dilemmaTable")) == dilemma);

    // A setting: the field, focused.
    w.goToGap(CovenantGap{.where = CovenantGap::Where::Settings, .key = QStringLiteral("signingPlace")});
    CHECK(w.currentPage() == MainWindow::DocumentsIndex);
    DocumentsPage *page = w.documentsPage();
    CHECK(page->currentTab() == DocumentsPage::SettingsTab);
    CHECK(QApplication::focusWidget() == child<QWidget>(page, QStringLiteral("covenantPlace")));

    // An article and a clause: the wording with it selected.
    const QString article = standardArticles(d, QStringLiteral("nl")).last().id;
    w.goToGap(CovenantGap{.where = CovenantGap::Where::Article, .key = article});
    CHECK(page->currentTab() == DocumentsPage::WordingTab);
    CHECK(page->wording()->selectedKey() == QStringLiteral("article.") + article);
    const QList<DialogueClause> clauses = dialogueClauses(d, s->catalog(), QStringLiteral("nl"));
    REQUIRE_FALSE(clauses.isEmpty());
    w.goToGap(CovenantGap{.where = CovenantGap::Where::Clause, .key = clauses.first().key});
    CHECK(page->wording()->selectedKey() == clauses.first().key);

    // From the list itself: Enter on a partner's gap goes there.
    s->setCovenantText(QStringLiteral("article.") + article, QString()); // a change: the list refreshes
    Partner bare = *d.partner(partner);
    bare.legalForm = LegalForm::Unknown;
    bare.seat.clear();
    bare.address.clear();
    bare.signatory.underMandateReservation = true;
    s->updatePartner(bare);
    page->setKind(DocumentsPage::Kind::Covenant);
    const QList<CovenantGap> gaps = page->gapList();
    REQUIRE_FALSE(gaps.isEmpty());
    CHECK(page->gaps().size() == gaps.size());
    const auto gap = std::find_if(gaps.cbegin(), gaps.cend(), [&](const CovenantGap &g) { return g.where == CovenantGap::Where::Partner && g.id == partner; });
    REQUIRE(gap != gaps.cend());
    page->findChild<QTabWidget *>(QStringLiteral("documentTabs"))->setCurrentIndex(DocumentsPage::GapsTab);
    auto *list = child<QListWidget>(page, QStringLiteral("covenantGaps"));
    list->setFocus();
    list->setCurrentRow(int(gap - gaps.cbegin()));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(w.currentPage() == 0);
    CHECK(w.partnersPage()->selectedPartner() == partner);
    // The mandate reservation comes first, and its check box has the focus.
    CHECK(gap->key == QStringLiteral("signatory"));
    CHECK(QApplication::focusWidget() == child<QWidget>(w.partnersPage(), QStringLiteral("partnerMandate")));
    // Missing identification: the first empty identification field.
    w.goToGap(CovenantGap{.where = CovenantGap::Where::Partner, .id = partner, .key = QStringLiteral("legal")});
    CHECK(QApplication::focusWidget() == child<QWidget>(w.partnersPage(), QStringLiteral("partnerLegalForm")));

    // The trajectory: what the dialogue records opens its question, the
    // rest its field on the Documents page.
    w.goToGap(CovenantGap{.where = CovenantGap::Where::Trajectory, .key = QStringLiteral("ambitions")});
    REQUIRE(w.currentPhasePage());
    CHECK(w.currentPhasePage()->phase().questions[w.currentPhasePage()->currentQuestion()].kind == AnswerKind::Ambitions);
    w.goToGap(CovenantGap{.where = CovenantGap::Where::Trajectory, .key = QStringLiteral("evaluation")});
    CHECK(w.currentPage() == MainWindow::DocumentsIndex);
    CHECK(QApplication::focusWidget() == child<QWidget>(page, QStringLiteral("covenantRhythm")));
}

TEST_CASE("a house template is saved and applied and a damaged one is refused", "[gui][covenant][template]")
{
    test::TempDir dir;
    const QString templatePath = dir.path(QStringLiteral("Lommerwolde.akkoord-template"));
    QString article;
    {
        MainWindow w(catalog(), QStringLiteral("nl"));
        w.openFile(demoFile(dir, QStringLiteral("first.akkoord")));
        w.show();
        w.showPage(MainWindow::DocumentsIndex);
        DocumentsPage *page = w.documentsPage();
        article = standardArticles(w.session()->data(), QStringLiteral("nl")).last().id;
        w.session()->setCovenantText(QStringLiteral("article.") + article, QStringLiteral("Onze eigen slotbepaling."));
        Dialogs::setNextFileName(templatePath);
        child<QPushButton>(page, QStringLiteral("saveTemplateButton"))->click();
        REQUIRE(QFileInfo::exists(templatePath));
        CHECK(checkTemplate(templatePath).isEmpty());
    }

    MainWindow w(catalog(), QStringLiteral("nl"));
    w.openFile(demoFile(dir, QStringLiteral("second.akkoord")));
    w.show();
    w.showPage(MainWindow::DocumentsIndex);
    DocumentsPage *page = w.documentsPage();
    TrajectorySession *s = w.session();
    REQUIRE(s->data().covenantText(QStringLiteral("article.") + article) == nullptr);
    Dialogs::setNextFileName(templatePath);
    child<QPushButton>(page, QStringLiteral("applyTemplateButton"))->click();
    REQUIRE(s->data().covenantText(QStringLiteral("article.") + article));
    CHECK(s->data().covenantText(QStringLiteral("article.") + article)->text == QStringLiteral("Onze eigen slotbepaling."));

    // A damaged template: one sentence, and nothing changes.
    const QString damaged = dir.path(QStringLiteral("damaged.akkoord-template"));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"akkoord-covenant-template\", \"formatVersion\": 1, \"articles\": [{\"id\": \"no-such-article\"");
    }
    const TrajectoryData before = s->data();
    const int steps = s->undoStack()->index();
    Dialogs::warn(nullptr, QStringLiteral("-"), QString()); // no warning yet
    Dialogs::setNextFileName(damaged);
    child<QPushButton>(page, QStringLiteral("applyTemplateButton"))->click();
    CHECK_FALSE(Dialogs::lastWarning().isEmpty());
    CHECK_FALSE(Dialogs::lastWarning().contains(QLatin1Char('\n')));
    CHECK(s->data() == before);
    CHECK(s->undoStack()->index() == steps);
}

TEST_CASE("the house template in the preferences starts every new trajectory", "[gui][covenant][template]")
{
    test::TempDir dir;
    const QString templatePath = dir.path(QStringLiteral("Huisstijl.akkoord-template"));
    QString article;
    {
        MainWindow w(catalog(), QStringLiteral("nl"));
        w.openFile(demoFile(dir));
        article = standardArticles(w.session()->data(), QStringLiteral("nl")).last().id;
        w.session()->setCovenantText(QStringLiteral("article.") + article, QStringLiteral("Zo ondertekenen wij in Lommerwolde."));
        saveTemplate(templatePath, templateFrom(w.session()->data(), QStringLiteral("Lommerwolde")));
    }
    const QString damaged = dir.path(QStringLiteral("kapot.akkoord-template"));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a template");
    }

    // Preferences: a damaged file is refused when chosen; a sound one kept.
    PreferencesDialog prefs({.language = {}, .zoomPercent = 100, .projectorScreen = {}, .houseTemplate = {}});
    auto *browse = child<QPushButton>(&prefs, QStringLiteral("houseTemplateBrowse"));
    auto *shown = child<QLineEdit>(&prefs, QStringLiteral("houseTemplateEdit"));
    Dialogs::warn(nullptr, QStringLiteral("-"), QString()); // no warning yet
    Dialogs::setNextFileName(damaged);
    browse->click();
    CHECK_FALSE(Dialogs::lastWarning().isEmpty());
    CHECK(shown->text().isEmpty());
    CHECK(prefs.choices().houseTemplate.isEmpty());
    Dialogs::setNextFileName(templatePath);
    browse->click();
    CHECK(prefs.choices().houseTemplate == templatePath);
    child<QPushButton>(&prefs, QStringLiteral("houseTemplateClear"))->click();
    CHECK(prefs.choices().houseTemplate.isEmpty());

    // A new trajectory starts from it, as one step that can be undone.
    Settings::setHouseTemplate(templatePath);
    {
        NewTrajectoryWizard wizard;
        CHECK(child<QLabel>(&wizard, QStringLiteral("wizardHouseTemplate"))->text().contains(QStringLiteral("Huisstijl.akkoord-template")));
    }
    MainWindow w(catalog(), QStringLiteral("nl"));
    TrajectoryInfo info;
    info.title = QStringLiteral("Samen sterk");
    w.createFile(dir.path(QStringLiteral("nieuw.akkoord")), info,
                 {Partner{.organisation = QStringLiteral("Gemeente Lindeveen"), .domain = PartnerDomain::Municipality},
                  Partner{.organisation = QStringLiteral("Stichting Welzijn"), .domain = PartnerDomain::Welfare}});
    const CovenantText *own = w.session()->data().covenantText(QStringLiteral("article.") + article);
    REQUIRE(own);
    CHECK(own->text == QStringLiteral("Zo ondertekenen wij in Lommerwolde."));
    CHECK(onDisk(dir.path(QStringLiteral("nieuw.akkoord"))).covenantText(QStringLiteral("article.") + article) != nullptr);
    CHECK(w.session()->undoStack()->canUndo());

    // A damaged one: said in one sentence, and the standard wording.
    Settings::setHouseTemplate(damaged);
    Dialogs::warn(nullptr, QStringLiteral("-"), QString()); // no warning yet
    MainWindow other(catalog(), QStringLiteral("nl"));
    other.createFile(dir.path(QStringLiteral("tweede.akkoord")), info,
                     {Partner{.organisation = QStringLiteral("Gemeente Lindeveen"), .domain = PartnerDomain::Municipality}});
    CHECK(other.session()->data().covenantTexts.isEmpty());
    CHECK_FALSE(Dialogs::lastWarning().isEmpty());
    Settings::setHouseTemplate({});
}

// Not run by default: PNGs of the partner form and the Documents page's tabs
// at the sizes people use, to look at them (AKKOORD_SHOTS=folder).
TEST_CASE("screenshots of the covenant pages", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("AKKOORD_SHOTS");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    {
        PreferencesDialog prefs({.language = {}, .zoomPercent = 100, .projectorScreen = {}, .houseTemplate = QStringLiteral("/home/gemeente/Lommerwolde.akkoord-template")});
        prefs.show();
        QTest::qWait(50);
        CHECK(prefs.grab().save(QDir(out).filePath(QStringLiteral("preferences.png"))));
    }
    test::TempDir dir;
    const QString path = demoFile(dir);
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
        MainWindow w(catalog(), QStringLiteral("nl"));
        w.openFile(path);
        w.resize(size);
        w.show();
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        auto save = [&](const QString &name) {
            QApplication::processEvents();
            QTest::qWait(50);
            CHECK(w.grab().save(QDir(out).filePath(name + suffix)));
        };
        w.showPage(0);
        w.partnersPage()->selectPartner(w.session()->data().partners[4].id);
        save(QStringLiteral("partners-ggd"));
        w.partnersPage()->selectPartner(w.session()->data().partners[0].id);
        save(QStringLiteral("partners-gemeente"));
        w.showPage(MainWindow::DocumentsIndex);
        DocumentsPage *page = w.documentsPage();
        page->renderPreviewNow();
        save(QStringLiteral("documents-gaps"));
        page->focusSetting(QStringLiteral("shortTitle"));
        save(QStringLiteral("documents-details"));
        page->focusSetting(QStringLiteral("signingDate"));
        save(QStringLiteral("documents-details-end"));
        page->showArticle(standardArticles(w.session()->data(), QStringLiteral("nl")).value(3).id);
        save(QStringLiteral("documents-article"));
        const QList<DialogueClause> clauses = dialogueClauses(w.session()->data(), w.session()->catalog(), QStringLiteral("nl"));
        if (!clauses.isEmpty())
            page->showClause(clauses.first().key);
        save(QStringLiteral("documents-clause"));
    }
}
