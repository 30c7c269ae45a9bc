// The table models behind the partners page and the agreements editor, run
// through QAbstractItemModelTester while the session adds, edits, moves,
// removes, undoes and redoes records of the demo trajectory; after every step
// the rows say what the session holds.

#include "gui/models/agreementsmodel.h"
#include "gui/models/historymodel.h"
#include "gui/models/partnersmodel.h"
#include "gui/partnerspage.h"
#include "session/session.h"
#include "session/sessionfixture.h"
#include "session/undostack.h"
#include "storage/trajectoryfile.h"
#include "support/guisupport.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTableView>

#include <memory>

using namespace akkoord;
using namespace akkoord::gui;

namespace {

// Collects what QAbstractItemModelTester reports (category qt.modeltest).
class TesterWarnings
{
public:
    TesterWarnings() { s_previous = qInstallMessageHandler(&TesterWarnings::handle); }
    ~TesterWarnings() { qInstallMessageHandler(s_previous); }
    static QStringList take() { return std::exchange(s_messages, {}); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && QByteArrayView(context.category).startsWith("qt.modeltest"))
            s_messages << message;
        else if (s_previous)
            s_previous(type, context, message);
        (void)type;
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QStringList s_messages;
};

struct Demo
{
    test::TempDir dir;
    std::unique_ptr<TrajectorySession> session;
    qint64 now = 1'800'000'000'000; // milliseconds since the epoch

    Demo()
        : session(std::make_unique<TrajectorySession>(TrajectoryFile::open(test::demoFile(dir)), test::shippedCatalog()))
    {
        // Every edit its own undo step: the clock moves past the merge window.
        session->setClock([this] { return now; });
    }
    void later() { now += 3'600'000; }
    void undo() { session->undoStack()->undo(); }
    void redo() { session->undoStack()->redo(); }
    const TrajectoryData &data() const { return session->data(); }
};

void checkPartners(const PartnersModel &m, const TrajectoryData &d)
{
    REQUIRE(TesterWarnings::take().isEmpty());
    REQUIRE(m.rowCount() == d.partners.size());
    REQUIRE(m.columnCount() == 4);
    for (int i = 0; i < d.partners.size(); ++i) {
        const Partner &p = d.partners[i];
        INFO("row " << i);
        CHECK(m.idAt(i) == p.id);
        CHECK(m.index(i, 0).data(Qt::UserRole).toLongLong() == p.id);
        CHECK(m.index(i, PartnersModel::Organisation).data().toString() == p.organisation);
        CHECK(m.index(i, PartnersModel::Domain).data().toString() == domainLabel(p.domain));
        CHECK(m.index(i, PartnersModel::Role).data().toString() == roleLabel(p.role));
        const QString signatory = m.index(i, PartnersModel::Signatory).data().toString();
        if (p.signatory.name.isEmpty())
            CHECK(signatory == PartnersPage::tr("(not yet known)"));
        else
            CHECK(signatory == p.signatory.name + QStringLiteral(", ") + p.signatory.function);
    }
}

// The agreements editor's texts, in the interface language.
QString editorText(const char *text) { return QCoreApplication::translate("akkoord::gui::AgreementsEditor", text); }

void checkAgreements(const AgreementsModel &m, const TrajectoryData &d)
{
    REQUIRE(TesterWarnings::take().isEmpty());
    QList<const Agreement *> shown;
    for (const Agreement &a : d.agreements)
        if (a.buildingBlock == m.buildingBlock())
            shown.append(&a);
    REQUIRE(m.rowCount() == shown.size());
    REQUIRE(m.columnCount() == 4);
    for (int i = 0; i < shown.size(); ++i) {
        const Agreement &a = *shown[i];
        INFO("row " << i);
        CHECK(m.idAt(i) == a.id);
        CHECK(m.index(i, 0).data(Qt::UserRole).toLongLong() == a.id);
        CHECK(m.index(i, AgreementsModel::What).data().toString()
              == (a.what.isEmpty() ? editorText("(not yet described)") : a.what.section(QLatin1Char('\n'), 0, 0)));
        const Partner *owner = a.owner ? d.partner(*a.owner) : nullptr;
        CHECK(m.index(i, AgreementsModel::Owner).data().toString() == (owner ? owner->organisation : editorText("–")));
        CHECK(m.index(i, AgreementsModel::Deadline).data().toString()
              == (a.deadline.isValid() ? QLocale().toString(a.deadline, QLocale::ShortFormat) : editorText("–")));
        CHECK(m.index(i, AgreementsModel::Status).data().toString() == agreementStatusLabel(a.status));
    }
}

} // namespace

TEST_CASE("the partners model follows adds, edits, moves, removals, undo and redo", "[gui][models]")
{
    TesterWarnings warnings;
    Demo demo;
    PartnersModel model(demo.session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(demo.data().partners.size() >= 3);
    checkPartners(model, demo.data());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Added: one row at the end.
    Partner p;
    p.organisation = QStringLiteral("Welzijn Lindeveen");
    const PartnerId added = demo.session->addPartner(p);
    CHECK(inserted.size() == 1);
    CHECK(inserted.first().at(1).toInt() == demo.data().partners.size() - 1);
    checkPartners(model, demo.data());

    // Edited: that row's cells change.
    demo.later();
    p = *demo.data().partner(added);
    p.signatory.name = QStringLiteral("M. de Boer");
    p.signatory.function = QStringLiteral("directeur");
    p.role = PartnerRole::Outer;
    demo.session->updatePartner(p);
    REQUIRE(changed.size() >= 1);
    CHECK(changed.last().at(0).toModelIndex().row() == model.rowOf(added));
    checkPartners(model, demo.data());

    // Moved up: one row moves, and an index on it follows it.
    demo.later();
    const QPersistentModelIndex onAdded = model.index(model.rowOf(added), 0);
    const int before = model.rowOf(added);
    demo.session->movePartner(added, -1);
    CHECK(moved.size() == 1);
    CHECK(model.rowOf(added) == before - 1);
    CHECK(onAdded.row() == before - 1);
    checkPartners(model, demo.data());

    // Removed from the middle (with what cascades from it), then undone:
    // it comes back in its place.
    demo.later();
    const PartnerId second = demo.data().partners[1].id;
    demo.session->removePartner(second);
    CHECK(removed.size() == 1);
    CHECK(model.rowOf(second) == -1);
    checkPartners(model, demo.data());
    demo.undo();
    CHECK(inserted.size() == 2);
    CHECK(model.rowOf(second) == 1);
    checkPartners(model, demo.data());
    demo.redo();
    checkPartners(model, demo.data());
    demo.undo();
    checkPartners(model, demo.data());

    // Undo the move, the edit and the addition.
    demo.undo();
    CHECK(model.rowOf(added) == before);
    checkPartners(model, demo.data());
    demo.undo();
    checkPartners(model, demo.data());
    demo.undo();
    CHECK(model.rowOf(added) == -1);
    checkPartners(model, demo.data());
    // Row by row throughout, never a reset.
    CHECK(reset.isEmpty());
}

TEST_CASE("the agreements model shows one building block and follows its agreements and their owners", "[gui][models]")
{
    TesterWarnings warnings;
    Demo demo;
    AgreementsModel model(demo.session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QString block = demo.data().agreements.first().buildingBlock;
    model.setBuildingBlock(block);
    REQUIRE(model.rowCount() >= 2);
    checkAgreements(model, demo.data());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // An agreement in another block does not show.
    Agreement other;
    other.buildingBlock = QStringLiteral("elders");
    other.what = QStringLiteral("Niet hier");
    demo.session->addAgreement(other);
    CHECK(inserted.isEmpty());
    checkAgreements(model, demo.data());

    // Added in this block; then described, given a deadline and an owner.
    demo.later();
    Agreement a;
    a.buildingBlock = block;
    const RecordId added = demo.session->addAgreement(a);
    CHECK(inserted.size() == 1);
    checkAgreements(model, demo.data());
    demo.later();
    a = *std::find_if(demo.data().agreements.cbegin(), demo.data().agreements.cend(), [&](const Agreement &x) { return x.id == added; });
    a.what = QStringLiteral("Warme overdracht\nvan peuteropvang naar school");
    a.deadline = QDate(2027, 1, 31);
    a.owner = demo.data().partners.last().id;
    a.status = AgreementStatus(int(a.status) + 1);
    demo.session->updateAgreement(a);
    CHECK(changed.last().at(0).toModelIndex().row() == model.rowOf(added));
    checkAgreements(model, demo.data());

    // Renaming the owner changes the owner column.
    demo.later();
    const int changesBefore = int(changed.size());
    Partner owner = demo.data().partners.last();
    owner.organisation = QStringLiteral("Bibliotheek Lindeveen");
    demo.session->updatePartner(owner);
    CHECK(changed.size() > changesBefore);
    CHECK(model.index(model.rowOf(added), AgreementsModel::Owner).data().toString() == owner.organisation);
    checkAgreements(model, demo.data());

    // The first agreement removed and undone: back at the top.
    demo.later();
    const RecordId first = model.idAt(0);
    demo.session->removeAgreement(first);
    CHECK(removed.size() == 1);
    checkAgreements(model, demo.data());
    demo.undo();
    CHECK(model.rowOf(first) == 0);
    checkAgreements(model, demo.data());

    // The owner removed: the agreement loses its owner, undo brings it back.
    demo.later();
    demo.session->removePartner(owner.id);
    checkAgreements(model, demo.data());
    demo.undo();
    checkAgreements(model, demo.data());

    // Undo everything, redo it again.
    while (demo.session->undoStack()->canUndo()) {
        demo.undo();
        checkAgreements(model, demo.data());
    }
    CHECK(model.rowOf(added) == -1);

    // Another block: a reset with its agreements; redo brings one back there.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setBuildingBlock(QStringLiteral("elders"));
    CHECK(reset.size() == 1);
    CHECK(model.rowCount() == 0);
    checkAgreements(model, demo.data());
    demo.redo();
    CHECK(model.rowCount() == 1);
    checkAgreements(model, demo.data());
    model.setBuildingBlock(block);
    CHECK(reset.size() == 2);
    demo.redo();
    CHECK(model.rowOf(added) >= 0);
    checkAgreements(model, demo.data());
}

TEST_CASE("the partners page keeps the selected partner through a move and selects the first row after a removal", "[gui][models][partners]")
{
    TesterWarnings warnings;
    Demo demo;
    PartnersPage page(demo.session.get());
    page.resize(900, 700);
    page.show();
    auto *table = test::child<QTableView>(&page, QStringLiteral("partnerTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QObject::connect(demo.session.get(), &TrajectorySession::changed, &page, [&] { page.refresh(); });
    const PartnerId second = demo.data().partners[1].id;
    page.selectPartner(second);
    CHECK(table->selectionModel()->selectedRows().value(0).row() == 1);
    CHECK(table->model()->headerData(0, Qt::Horizontal).toString() == PartnersPage::tr("Organisation"));

    demo.session->movePartner(second, 1);
    CHECK(table->selectionModel()->selectedRows().size() == 1);
    CHECK(table->selectionModel()->selectedRows().value(0).row() == 2);
    CHECK(test::child<QLineEdit>(&page, QStringLiteral("partnerOrganisation"))->text() == demo.data().partner(second)->organisation);

    demo.later();
    demo.session->removePartner(second);
    CHECK(table->selectionModel()->selectedRows().size() == 1);
    CHECK(table->selectionModel()->selectedRows().value(0).row() == 0);
    CHECK(test::child<QLineEdit>(&page, QStringLiteral("partnerOrganisation"))->text() == demo.data().partners.first().organisation);
    demo.undo();
    CHECK(table->model()->rowCount() == demo.data().partners.size());
    CHECK(TesterWarnings::take().isEmpty());
}

TEST_CASE("the history model lists the saved versions, newest first, and passes the model checks")
{
    QList<HistoryVersion> versions;
    for (int i = 0; i < 3; ++i) {
        HistoryEntry e{.id = i + 1, .at = QDateTime(QDate(2026, 11, 1 + i), QTime(10, 0), Qt::UTC), .author = i == 1 ? QString() : QStringLiteral("Sanne"),
                       .entity = QStringLiteral("answer"), .key = QStringLiteral("q"), .newValue = QStringLiteral(R"({"question":"q","text":"v%1"})").arg(i)};
        versions.prepend(decodeVersion(e));
    }
    versions.append(decodeVersion(HistoryEntry{.id = 9, .at = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC), .entity = QStringLiteral("answer"),
                                               .key = QStringLiteral("q"), .newValue = QStringLiteral("{not json")}));
    HistoryModel model(versions);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.data(model.index(0)).toString().endsWith(QStringLiteral(" — Sanne")));
    CHECK_FALSE(model.data(model.index(1)).toString().contains(QStringLiteral("—")));
    REQUIRE(model.version(0)->answer);
    CHECK(model.version(0)->answer->text == QStringLiteral("v2"));
    CHECK_FALSE(model.version(3)->readable());
    CHECK_FALSE(model.data(model.index(3), Qt::ToolTipRole).toString().isEmpty());
    CHECK(model.version(4) == nullptr);
}
