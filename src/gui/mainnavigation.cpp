// MainWindow: moving through the trajectory — the next and previous
// question or phase, a question of a given kind, and from a covenant gap to
// the place to fix it.

#include "gui/mainwindow.h"

#include "domain/covenanttext.h"
#include "gui/debounced.h"
#include "gui/documentspage.h"
#include "gui/partnerspage.h"
#include "gui/phasepage.h"
#include "session/session.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QStatusBar>

#include <algorithm>

namespace akkoord::gui {

PhasePage *MainWindow::showQuestionOfKind(AnswerKind kind)
{
    for (int p = 0; p < m_catalog.phases.size(); ++p)
        for (int q = 0; q < m_catalog.phases[p].questions.size(); ++q)
            if (m_catalog.phases[p].questions[q].kind == kind) {
                showPage(p + 1);
                PhasePage *page = phasePage(p);
                if (page)
                    page->setCurrentQuestion(q);
                return page;
            }
    return nullptr;
}

namespace {

// Selects the row whose first cell holds ID (Qt::UserRole) in a record table
// of an editor on a phase page.
bool selectRecordRow(QWidget *page, const QString &tableName, RecordId id)
{
    auto *table = page ? page->findChild<QAbstractItemView *>(tableName) : nullptr;
    if (!table || !table->model())
        return false;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (model->data(index, Qt::UserRole).toLongLong() == id) {
            table->setCurrentIndex(index);
            table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            table->scrollTo(index);
            table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace

void MainWindow::goToGap(const CovenantGap &gap)
{
    if (!m_session)
        return;
    PendingEdits::instance().flushAll();
    const TrajectoryData &d = m_session->data();
    switch (gap.where) {
    case CovenantGap::Where::Partner:
        showPage(0);
        if (PartnersPage *page = partnersPage()) {
            page->selectPartner(gap.id);
            page->focusField(gap.key);
        }
        return;
    case CovenantGap::Where::Agreement: {
        PhasePage *page = showQuestionOfKind(AnswerKind::Agreements);
        const auto it = std::find_if(d.agreements.cbegin(), d.agreements.cend(), [&](const Agreement &a) { return a.id == gap.id; });
        if (!page || it == d.agreements.cend())
            return;
        // The editor shows one building block at a time.
        if (auto *blocks = page->findChild<QComboBox *>(QStringLiteral("buildingBlockCombo")))
            blocks->setCurrentIndex(std::max(0, blocks->findData(it->buildingBlock)));
        selectRecordRow(page, QStringLiteral("agreementTable"), gap.id);
        return;
    }
    case CovenantGap::Where::Dilemma:
        selectRecordRow(showQuestionOfKind(AnswerKind::Dilemmas), QStringLiteral("dilemmaTable"), gap.id);
        return;
    case CovenantGap::Where::Trajectory:
        // What the dialogue records: its question; the rest on the Documents page.
        if (gap.key == QLatin1String("partners")) {
            showPage(0);
            return;
        }
        if (gap.key == QLatin1String("ambitions") && showQuestionOfKind(AnswerKind::Ambitions))
            return;
        if (gap.key == QLatin1String("agreements") && showQuestionOfKind(AnswerKind::Agreements))
            return;
        if (gap.key == QLatin1String("accountability") && showQuestionOfKind(AnswerKind::Accountability))
            return;
        [[fallthrough]];
    case CovenantGap::Where::Settings:
        showPage(DocumentsIndex);
        if (DocumentsPage *page = documentsPage(); page && !page->focusSetting(gap.key))
            statusBar()->showMessage(gap.text, 8000);
        return;
    case CovenantGap::Where::Article:
        showPage(DocumentsIndex);
        if (DocumentsPage *page = documentsPage())
            page->showArticle(gap.key);
        return;
    case CovenantGap::Where::Clause:
        showPage(DocumentsIndex);
        if (DocumentsPage *page = documentsPage())
            page->showClause(gap.key);
        return;
    }
}

void MainWindow::nextQuestion()
{
    if (PhasePage *p = phasePage(currentPage() - 1); p && !p->step(1))
        nextPhase(1);
}

void MainWindow::previousQuestion()
{
    if (PhasePage *p = phasePage(currentPage() - 1); p && !p->step(-1)) {
        nextPhase(-1);
        if (PhasePage *prev = phasePage(currentPage() - 1))
            prev->setCurrentQuestion(int(prev->phase().questions.size()) - 1);
    }
}

void MainWindow::nextPhase(int delta) { showPage(std::clamp(currentPage() + delta, 0, int(m_navigator ? m_navigator->count() - 1 : 0))); }

} // namespace akkoord::gui
