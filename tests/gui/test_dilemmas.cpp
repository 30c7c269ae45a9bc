#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/editors.h"
#include "session/session.h"
#include "session/undostack.h"
#include "storage/jsoncodec.h"
#include "storage/trajectoryfile.h"
#include "support/guisupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace akkoord;
using namespace akkoord::gui;
using akkoord::test::child;
using akkoord::test::typeInto;

namespace {

const Catalog &catalog() { return test::shippedCatalog(); }

const QString kBudget = QStringLiteral("Gezamenlijk budget voor voorschoolse educatie, jaarlijks herverdeeld");

struct Fixture
{
    QString path;
    PartnerId gemeente = 0;
    PartnerId ggd = 0;
    RecordId agreement = 0;
};

Fixture makeFile(const test::TempDir &dir, const QString &name = QStringLiteral("t.akkoord"))
{
    Fixture fx;
    fx.path = dir.path(name);
    TrajectoryInfo info;
    info.title = QStringLiteral("Kansrijk opgroeien");
    auto f = TrajectoryFile::create(fx.path, info);
    fx.gemeente = f->addPartner(Partner{.organisation = QStringLiteral("Gemeente Lindeveen"), .domain = PartnerDomain::Municipality});
    fx.ggd = f->addPartner(Partner{.organisation = QStringLiteral("GGD Middenland"), .domain = PartnerDomain::YouthHealthCare});
    REQUIRE_FALSE(catalog().buildingBlocks.isEmpty());
    Agreement a;
    a.buildingBlock = catalog().buildingBlocks.first().id;
    a.what = kBudget;
    fx.agreement = f->addAgreement(a);
    return fx;
}

const Question &dilemmaQuestion()
{
    const Question *q = catalog().firstOfKind(AnswerKind::Dilemmas);
    REQUIRE(q != nullptr);
    return *q;
}

const Dilemma &catalogDilemma(const QString &id)
{
    for (const Dilemma &d : catalog().dilemmas)
        if (d.id == id)
            return d;
    FAIL("no such catalogue dilemma");
    return catalog().dilemmas.first();
}

const DilemmaEntry *byCatalogId(const TrajectoryData &d, const QString &id)
{
    for (const DilemmaEntry &e : d.dilemmas)
        if (e.catalogId == id)
            return &e;
    return nullptr;
}

const DilemmaEntry *byTitle(const TrajectoryData &d, const QString &title)
{
    for (const DilemmaEntry &e : d.dilemmas)
        if (e.title == title)
            return &e;
    return nullptr;
}

QListWidgetItem *agreementItem(QListWidget *list, RecordId id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id)
            return list->item(i);
    return nullptr;
}

// An open trajectory with the dilemma register and the agreements editor,
// refreshed on every change as the phase pages do.
struct Open
{
    explicit Open(const QString &path)
        : session(std::make_unique<TrajectorySession>(TrajectoryFile::open(path), catalog()))
        , editor(createDilemmaEditor(session.get(), dilemmaQuestion(), QStringLiteral("nl"), nullptr))
        , agreements(createAgreementsEditor(session.get(), QStringLiteral("nl"), nullptr))
    {
        QObject::connect(session.get(), &TrajectorySession::changed, editor.get(), [this] {
            editor->refresh();
            agreements->refresh();
        });
        editor->resize(900, 700);
        editor->show();
        agreements->resize(900, 700);
        agreements->show();
    }
    ~Open()
    {
        PendingEdits::instance().flushAll();
        agreements.reset();
        editor.reset();
        session.reset();
    }
    std::unique_ptr<TrajectorySession> session;
    std::unique_ptr<SessionWidget> editor;
    std::unique_ptr<SessionWidget> agreements;
};

const QString kPicked = QStringLiteral("investering-opbrengst");
const QString kOwnTitle = QStringLiteral("Wie betaalt de huisvesting van de peuteropvang?");
const QString kOwnDescription = QStringLiteral("De school heeft ruimte, de opvang betaalt huur");
const QString kOthers = QStringLiteral("ouders van peuters");
const QString kHandling = QStringLiteral("We leggen kosten en opbrengsten naast elkaar en verdelen ze met een verdeelsleutel");

// Fills the register through the widgets: one dilemma from the catalogue
// (affecting the GGD and parents, handled, settled by the agreement) and one
// of the group's own.
void fillRegister(Open &o, const Fixture &fx)
{
    QWidget *e = o.editor.get();
    CHECK_FALSE(child<QLabel>(e, QStringLiteral("noDilemmas"))->isHidden());
    CHECK(child<QTableWidget>(e, QStringLiteral("dilemmaTable"))->isHidden());

    auto *menu = child<QMenu>(e, QStringLiteral("pickDilemmaMenu"));
    CHECK(menu->actions().size() == catalog().dilemmas.size());
    QAction *pick = nullptr;
    for (QAction *a : menu->actions())
        if (a->data().toString() == kPicked)
            pick = a;
    REQUIRE(pick);
    pick->trigger();

    const TrajectoryData &d = o.session->data();
    REQUIRE(d.dilemmas.size() == 1);
    const Dilemma &source = catalogDilemma(kPicked);
    CHECK(d.dilemmas[0].catalogId == kPicked);
    CHECK(d.dilemmas[0].title == source.title.in(QStringLiteral("nl")));
    CHECK(d.dilemmas[0].description == source.description.in(QStringLiteral("nl")));
    CHECK(child<QLineEdit>(e, QStringLiteral("dilemmaTitle"))->text() == source.title.in(QStringLiteral("nl")));
    CHECK_FALSE(child<QLabel>(e, QStringLiteral("dilemmaSource"))->isHidden());
    // Once in the register it is no longer offered.
    CHECK(menu->actions().size() == catalog().dilemmas.size() - 1);
    for (QAction *a : menu->actions())
        CHECK(a->data().toString() != kPicked);
    CHECK(child<QLabel>(e, QStringLiteral("noDilemmas"))->isHidden());

    // Whom it affects, how we handle it, which agreement settles it.
    child<QCheckBox>(e, QStringLiteral("dilemmaAffects_%1").arg(fx.ggd))->click();
    typeInto(child<QLineEdit>(e, QStringLiteral("dilemmaAffectsOthers")), kOthers);
    typeInto(child<DebouncedTextEdit>(e, QStringLiteral("dilemmaHandling")), kHandling);
    auto *agreements = child<QListWidget>(e, QStringLiteral("dilemmaAgreements"));
    CHECK(child<QLabel>(e, QStringLiteral("dilemmaNoAgreements"))->isHidden());
    QListWidgetItem *item = agreementItem(agreements, fx.agreement);
    REQUIRE(item);
    CHECK(item->text().contains(catalog().buildingBlocks.first().title.in(QStringLiteral("nl"))));
    CHECK(item->text().contains(kBudget));
    item->setCheckState(Qt::Checked);

    const DilemmaEntry *picked = byCatalogId(d, kPicked);
    REQUIRE(picked);
    CHECK(picked->affects == QList<PartnerId>{fx.ggd});
    CHECK(picked->affectsOthers == kOthers);
    CHECK(picked->handling == kHandling);
    CHECK(picked->agreements == QList<RecordId>{fx.agreement});
    CHECK(picked->status == DilemmaStatus::Open);

    // One of the group's own.
    child<QPushButton>(e, QStringLiteral("addDilemma"))->click();
    REQUIRE(d.dilemmas.size() == 2);
    CHECK(child<QLineEdit>(e, QStringLiteral("dilemmaTitle"))->text().isEmpty());
    CHECK(child<QLabel>(e, QStringLiteral("dilemmaSource"))->isHidden());
    typeInto(child<QLineEdit>(e, QStringLiteral("dilemmaTitle")), kOwnTitle);
    typeInto(child<DebouncedTextEdit>(e, QStringLiteral("dilemmaDescription")), kOwnDescription);
    child<QCheckBox>(e, QStringLiteral("dilemmaAffects_%1").arg(fx.gemeente))->click();
    const DilemmaEntry *own = byTitle(d, kOwnTitle);
    REQUIRE(own);
    CHECK(own->catalogId.isEmpty());
    CHECK(own->description == kOwnDescription);
    CHECK(own->affects == QList<PartnerId>{fx.gemeente});
    CHECK(own->agreements.isEmpty());
    // Nothing of the own dilemma leaked into the picked one.
    CHECK(byCatalogId(d, kPicked)->affects == QList<PartnerId>{fx.ggd});
    CHECK(byCatalogId(d, kPicked)->handling == kHandling);

    // Selecting the first row shows the picked dilemma again.
    auto *table = child<QTableWidget>(e, QStringLiteral("dilemmaTable"));
    CHECK(table->rowCount() == 2);
    table->selectRow(0);
    CHECK(child<QLineEdit>(e, QStringLiteral("dilemmaTitle"))->text() == source.title.in(QStringLiteral("nl")));
    CHECK(child<DebouncedTextEdit>(e, QStringLiteral("dilemmaHandling"))->toPlainText() == kHandling);
    CHECK(child<QCheckBox>(e, QStringLiteral("dilemmaAffects_%1").arg(fx.ggd))->isChecked());
    CHECK_FALSE(child<QCheckBox>(e, QStringLiteral("dilemmaAffects_%1").arg(fx.gemeente))->isChecked());
    CHECK(agreementItem(child<QListWidget>(e, QStringLiteral("dilemmaAgreements")), fx.agreement)->checkState() == Qt::Checked);
}

void checkRegister(const TrajectoryData &d, const Fixture &fx)
{
    REQUIRE(d.dilemmas.size() == 2);
    const DilemmaEntry *picked = byCatalogId(d, kPicked);
    REQUIRE(picked);
    CHECK(picked->title == catalogDilemma(kPicked).title.in(QStringLiteral("nl")));
    CHECK(picked->description == catalogDilemma(kPicked).description.in(QStringLiteral("nl")));
    CHECK(picked->affects == QList<PartnerId>{fx.ggd});
    CHECK(picked->affectsOthers == kOthers);
    CHECK(picked->handling == kHandling);
    CHECK(picked->agreements == QList<RecordId>{fx.agreement});
    const DilemmaEntry *own = byTitle(d, kOwnTitle);
    REQUIRE(own);
    CHECK(own->catalogId.isEmpty());
    CHECK(own->description == kOwnDescription);
    CHECK(own->affects == QList<PartnerId>{fx.gemeente});
}

} // namespace

TEST_CASE("the dilemma register: pick, write, link, reopen, export and import", "[gui][dilemmas]")
{
    test::TempDir dir;
    const Fixture fx = makeFile(dir);
    {
        Open o(fx.path);
        fillRegister(o, fx);
        // Narrow enough for the question pane at 1366×768.
        CHECK(o.editor->minimumSizeHint().width() <= 700);
    }

    // (b) Closed and reopened: all there, and shown again by the editor.
    checkRegister(TrajectoryFile::open(fx.path)->load(), fx);
    {
        Open o(fx.path);
        auto *table = child<QTableWidget>(o.editor.get(), QStringLiteral("dilemmaTable"));
        REQUIRE(table->rowCount() == 2);
        CHECK(table->item(0, 0)->text().contains(catalogDilemma(kPicked).title.in(QStringLiteral("nl"))));
        CHECK(table->item(1, 0)->text().contains(kOwnTitle));
        table->selectRow(1);
        CHECK(child<QLineEdit>(o.editor.get(), QStringLiteral("dilemmaTitle"))->text() == kOwnTitle);
        CHECK(child<QLabel>(o.editor.get(), QStringLiteral("dilemmaSummary"))->text().contains(QStringLiteral("2 open")));
    }

    // (c) Exported to JSON and imported into a new file: the link is intact.
    const QByteArray json = toJsonText(TrajectoryFile::open(fx.path)->exportAll());
    const QString copy = dir.path(QStringLiteral("copy.akkoord"));
    TrajectoryFile::createFrom(copy, fromJsonText(json));
    const TrajectoryData imported = TrajectoryFile::open(copy)->load();
    REQUIRE(imported.dilemmas.size() == 2);
    const DilemmaEntry *picked = byCatalogId(imported, kPicked);
    REQUIRE(picked);
    REQUIRE(picked->agreements.size() == 1);
    const Agreement *linked = nullptr;
    for (const Agreement &a : imported.agreements)
        if (a.id == picked->agreements.first())
            linked = &a;
    REQUIRE(linked);
    CHECK(linked->what == kBudget);
    CHECK(picked->handling == kHandling);
    CHECK(picked->affectsOthers == kOthers);
    REQUIRE(imported.partner(picked->affects.value(0)));
    CHECK(imported.partner(picked->affects.value(0))->organisation == QStringLiteral("GGD Middenland"));
    CHECK(byTitle(imported, kOwnTitle) != nullptr);
}

TEST_CASE("the open-dilemmas panel above the agreements lists what is open and drops what is settled", "[gui][dilemmas]")
{
    test::TempDir dir;
    const Fixture fx = makeFile(dir);
    Open o(fx.path);
    auto *panel = child<SessionWidget>(o.agreements.get(), QStringLiteral("openDilemmasPanel"));
    // Nothing open: nothing shown.
    CHECK(panel->isHidden());

    fillRegister(o, fx);
    const TrajectoryData &d = o.session->data();
    const RecordId pickedId = byCatalogId(d, kPicked)->id;
    const RecordId ownId = byTitle(d, kOwnTitle)->id;
    CHECK_FALSE(panel->isHidden());
    QWidget *row = child<QWidget>(panel, QStringLiteral("openDilemma_%1").arg(pickedId));
    CHECK(child<QLabel>(row, QStringLiteral("openDilemmaTitle"))->text().contains(catalogDilemma(kPicked).title.in(QStringLiteral("nl"))));
    const QString affects = child<QLabel>(row, QStringLiteral("openDilemmaAffects"))->text();
    CHECK(affects.contains(QStringLiteral("GGD Middenland")));
    CHECK(affects.contains(kOthers));
    CHECK(child<QLabel>(row, QStringLiteral("openDilemmaHandling"))->text().contains(kHandling));
    child<QWidget>(panel, QStringLiteral("openDilemma_%1").arg(ownId));

    // The picked dilemma (row 0, selected) is settled through the editor.
    auto *table = child<QTableWidget>(o.editor.get(), QStringLiteral("dilemmaTable"));
    table->selectRow(0);
    auto *status = child<QComboBox>(o.editor.get(), QStringLiteral("dilemmaStatus"));
    status->setCurrentIndex(status->findData(int(DilemmaStatus::Settled)));
    CHECK(byCatalogId(d, kPicked)->status == DilemmaStatus::Settled);
    CHECK(d.openDilemmas().size() == 1);
    CHECK(panel->findChild<QWidget *>(QStringLiteral("openDilemma_%1").arg(pickedId)) == nullptr);
    child<QWidget>(panel, QStringLiteral("openDilemma_%1").arg(ownId));
    CHECK_FALSE(panel->isHidden());
    CHECK(table->item(0, 2)->text() == dilemmaStatusLabel(DilemmaStatus::Settled));

    // The last one settled: the panel goes away; undo brings it back.
    table->selectRow(1);
    status->setCurrentIndex(status->findData(int(DilemmaStatus::Settled)));
    CHECK(d.openDilemmas().isEmpty());
    CHECK(panel->isHidden());
    o.session->undoStack()->undo();
    CHECK(d.openDilemmas().size() == 1);
    CHECK_FALSE(panel->isHidden());
    child<QWidget>(panel, QStringLiteral("openDilemma_%1").arg(ownId));
    CHECK(TrajectoryFile::open(fx.path, TrajectoryFile::Access::ReadOnly)->load().openDilemmas().size() == 1);
}

TEST_CASE("removing a linked agreement drops the link and undo brings it back, in memory and in the file", "[gui][dilemmas]")
{
    test::TempDir dir;
    const Fixture fx = makeFile(dir);
    Open o(fx.path);
    fillRegister(o, fx);
    const TrajectoryData &d = o.session->data();
    auto onDisk = [&] { return TrajectoryFile::open(fx.path, TrajectoryFile::Access::ReadOnly)->load(); };
    QWidget *e = o.editor.get();
    child<QTableWidget>(e, QStringLiteral("dilemmaTable"))->selectRow(0);

    o.session->removeAgreement(fx.agreement);
    CHECK(d.agreements.isEmpty());
    CHECK(byCatalogId(d, kPicked)->agreements.isEmpty());
    CHECK(byCatalogId(onDisk(), kPicked)->agreements.isEmpty());
    CHECK(child<QListWidget>(e, QStringLiteral("dilemmaAgreements"))->isHidden());
    CHECK_FALSE(child<QLabel>(e, QStringLiteral("dilemmaNoAgreements"))->isHidden());
    // The rest of the dilemma is untouched.
    CHECK(byCatalogId(d, kPicked)->handling == kHandling);

    o.session->undoStack()->undo();
    REQUIRE(d.agreements.size() == 1);
    CHECK(byCatalogId(d, kPicked)->agreements == QList<RecordId>{fx.agreement});
    CHECK(byCatalogId(onDisk(), kPicked)->agreements == QList<RecordId>{fx.agreement});
    QListWidgetItem *item = agreementItem(child<QListWidget>(e, QStringLiteral("dilemmaAgreements")), fx.agreement);
    REQUIRE(item);
    CHECK(item->checkState() == Qt::Checked);

    // And redo drops it again.
    o.session->undoStack()->redo();
    CHECK(byCatalogId(d, kPicked)->agreements.isEmpty());
    CHECK(byCatalogId(onDisk(), kPicked)->agreements.isEmpty());
    o.session->undoStack()->undo();
    checkRegister(onDisk(), fx);
}

TEST_CASE("a dilemma is removed only after confirmation, and undo brings it back", "[gui][dilemmas]")
{
    test::TempDir dir;
    const Fixture fx = makeFile(dir);
    Open o(fx.path);
    fillRegister(o, fx);
    const TrajectoryData &d = o.session->data();
    QWidget *e = o.editor.get();
    child<QTableWidget>(e, QStringLiteral("dilemmaTable"))->selectRow(1);

    Dialogs::setNextConfirm(false);
    child<QPushButton>(e, QStringLiteral("removeDilemma"))->click();
    CHECK(d.dilemmas.size() == 2);

    Dialogs::setNextConfirm(true);
    child<QPushButton>(e, QStringLiteral("removeDilemma"))->click();
    REQUIRE(d.dilemmas.size() == 1);
    CHECK(byTitle(d, kOwnTitle) == nullptr);
    // The neighbour is selected and shown.
    CHECK(child<QLineEdit>(e, QStringLiteral("dilemmaTitle"))->text() == catalogDilemma(kPicked).title.in(QStringLiteral("nl")));

    // A removed catalogue dilemma can be picked again.
    Dialogs::setNextConfirm(true);
    child<QPushButton>(e, QStringLiteral("removeDilemma"))->click();
    CHECK(d.dilemmas.isEmpty());
    CHECK_FALSE(child<QLabel>(e, QStringLiteral("noDilemmas"))->isHidden());
    CHECK(child<QMenu>(e, QStringLiteral("pickDilemmaMenu"))->actions().size() == catalog().dilemmas.size());
    CHECK_FALSE(child<QPushButton>(e, QStringLiteral("removeDilemma"))->isEnabled());

    o.session->undoStack()->undo();
    o.session->undoStack()->undo();
    CHECK(d.dilemmas.size() == 2);
    checkRegister(TrajectoryFile::open(fx.path, TrajectoryFile::Access::ReadOnly)->load(), fx);
}
