#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/dilemmaparts.h"
#include "gui/editors.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace akkoord::gui {

namespace {

using dilemmas::firstLine;
using dilemmas::kQuietColour;
using dilemmas::plainLabel;


constexpr auto kOpenColour = "#8a5a00";
constexpr auto kSettledColour = "#2e7d32";

const DilemmaEntry *dilemmaById(const TrajectoryData &d, RecordId id)
{
    for (const DilemmaEntry &e : d.dilemmas)
        if (e.id == id)
            return &e;
    return nullptr;
}

// The ticked ids, those already there first in their order, so ticking one
// box never reorders the others.
QList<std::int64_t> keepingOrder(const QList<std::int64_t> &before, const QList<std::int64_t> &ticked)
{
    QList<std::int64_t> out;
    for (std::int64_t id : before)
        if (ticked.contains(id))
            out.append(id);
    for (std::int64_t id : ticked)
        if (!out.contains(id))
            out.append(id);
    return out;
}

// The register of dilemmas (analyseren): which tensions play between the
// partners, whom they affect, how the partners handle them and which
// agreement settles them. A table of the group's dilemmas and, below it, an
// editor for the selected one.
class DilemmaEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::DilemmaEditor)

public:
    DilemmaEditor(TrajectorySession *s, const Question &, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);

        auto *top = new QHBoxLayout;
        m_pick = new QPushButton(tr("Choose from the &list…"), this);
        m_pick->setObjectName(QStringLiteral("pickDilemma"));
        m_pickMenu = new QMenu(this);
        m_pickMenu->setObjectName(QStringLiteral("pickDilemmaMenu"));
        m_pickMenu->setToolTipsVisible(true);
        m_pick->setMenu(m_pickMenu);
        m_pick->setVisible(!s->catalog().dilemmas.isEmpty());
        m_add = new QPushButton(tr("&Add your own dilemma"), this);
        m_add->setObjectName(QStringLiteral("addDilemma"));
        m_remove = new QPushButton(tr("Remove"), this);
        m_remove->setObjectName(QStringLiteral("removeDilemma"));
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("dilemmaSummary"));
        m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kQuietColour)));
        top->addWidget(m_pick);
        top->addWidget(m_add);
        top->addWidget(m_remove);
        top->addStretch(1);
        top->addWidget(m_summary);
        layout->addLayout(top);

        m_empty = plainLabel(tr("There are no dilemmas in the register yet. Choose a common dilemma from the list, or add a dilemma the group names itself."),
                             this);
        m_empty->setObjectName(QStringLiteral("noDilemmas"));
        m_empty->setStyleSheet(QStringLiteral("color: %1; padding: 8px 0;").arg(QLatin1String(kQuietColour)));
        layout->addWidget(m_empty);

        m_table = new QTableWidget(0, 3, this);
        m_table->setObjectName(QStringLiteral("dilemmaTable"));
        m_table->setAccessibleName(tr("Dilemmas"));
        m_table->setHorizontalHeaderLabels({tr("Dilemma"), tr("Agreements"), tr("Status")});
        m_table->verticalHeader()->hide();
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setWordWrap(false);
        m_table->setTabKeyNavigation(false);
        layout->addWidget(m_table);

        buildForm(layout);

        connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
            const auto rows = m_table->selectionModel()->selectedRows();
            if (rows.isEmpty())
                return;
            const RecordId next = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
            if (next == m_selected)
                return;
            // What was typed for the previous dilemma is saved with it first.
            commitPending();
            m_selected = next;
            refresh();
        });
        connect(m_pickMenu, &QMenu::triggered, this, [this](QAction *action) { pick(action->data().toString()); });
        connect(m_add, &QPushButton::clicked, this, [this] {
            commitPending();
            m_selected = session()->addDilemma(DilemmaEntry{});
            refresh();
            m_title->setFocus();
        });
        connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
        auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(del, &QShortcut::activated, this, [this] { removeSelected(); });

        refresh();
    }

    void refresh() override
    {
        const TrajectoryData &d = session()->data();
        const bool readOnly = session()->isReadOnly();
        if (!dilemmaById(d, m_selected))
            m_selected = d.dilemmas.isEmpty() ? 0 : d.dilemmas.first().id;

        {
            const QSignalBlocker block(m_table);
            m_table->setRowCount(int(d.dilemmas.size()));
            int selectedRow = -1;
            for (int i = 0; i < d.dilemmas.size(); ++i) {
                const DilemmaEntry &e = d.dilemmas[i];
                const bool open = e.status == DilemmaStatus::Open;
                const QString title = firstLine(e.title).isEmpty() ? tr("(untitled)") : firstLine(e.title);
                const QStringList cells{(open ? QStringLiteral("○ ") : QStringLiteral("✔ ")) + title,
                                        e.agreements.isEmpty() ? tr("–") : QString::number(e.agreements.size()), dilemmaStatusLabel(e.status)};
                for (int c = 0; c < 3; ++c) {
                    auto *item = new QTableWidgetItem(cells[c]);
                    item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(e.id));
                    if (c == 0)
                        item->setToolTip(e.title);
                    if (c == 2) {
                        item->setForeground(QColor(QLatin1String(open ? kOpenColour : kSettledColour)));
                        QFont f = item->font();
                        f.setBold(open);
                        item->setFont(f);
                    }
                    m_table->setItem(i, c, item);
                }
                if (e.id == m_selected)
                    selectedRow = i;
            }
            if (selectedRow >= 0)
                m_table->selectRow(selectedRow);
            m_table->resizeColumnsToContents();
            m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            // As tall as its rows (up to eight), so the page scrolls as a whole.
            const int rows = std::clamp(m_table->rowCount(), 2, 8);
            m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize()
                                    + 2 * m_table->frameWidth());
        }

        const bool empty = d.dilemmas.isEmpty();
        m_empty->setVisible(empty);
        m_table->setVisible(!empty);
        m_form->setVisible(!empty);
        const auto open = d.openDilemmas().size();
        m_summary->setText(empty ? QString() : tr("%1 in the register, %2 open").arg(d.dilemmas.size()).arg(open));

        m_add->setEnabled(!readOnly);
        m_remove->setEnabled(!readOnly && m_selected != 0);
        rebuildPickMenu();
        showSelected();
    }

private:
    void buildForm(QVBoxLayout *layout)
    {
        m_form = new QGroupBox(tr("The selected dilemma"), this);
        m_form->setObjectName(QStringLiteral("dilemmaForm"));
        auto *form = new QFormLayout(m_form);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);

        m_source = plainLabel(QString(), m_form);
        m_source->setObjectName(QStringLiteral("dilemmaSource"));
        m_source->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kQuietColour)));
        form->addRow(m_source);

        m_title = new DebouncedLineEdit(m_form);
        m_title->setObjectName(QStringLiteral("dilemmaTitle"));
        m_title->setPlaceholderText(tr("The dilemma in one sentence"));
        auto *titleLabel = new QLabel(tr("&Title"), m_form);
        titleLabel->setBuddy(m_title);
        form->addRow(titleLabel, m_title);

        m_description = new DebouncedTextEdit(m_form);
        m_description->setObjectName(QStringLiteral("dilemmaDescription"));
        m_description->setLineRange(3, 10);
        m_description->setPlaceholderText(tr("Where is the tension, and for whom?"));
        auto *descriptionLabel = new QLabel(tr("&Explanation"), m_form);
        descriptionLabel->setBuddy(m_description);
        form->addRow(descriptionLabel, m_description);

        auto *affects = new QWidget(m_form);
        auto *affectsLayout = new QVBoxLayout(affects);
        affectsLayout->setContentsMargins(0, 0, 0, 0);
        m_partnerGrid = new QGridLayout;
        m_partnerGrid->setColumnStretch(2, 1); // the boxes stay together on the left
        affectsLayout->addLayout(m_partnerGrid);
        m_noPartners = plainLabel(tr("First add partners on the Partners page."), affects);
        m_noPartners->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kQuietColour)));
        affectsLayout->addWidget(m_noPartners);
        m_others = new DebouncedLineEdit(affects);
        m_others->setObjectName(QStringLiteral("dilemmaAffectsOthers"));
        m_others->setPlaceholderText(tr("Others, for example parents of toddlers"));
        m_others->setAccessibleName(tr("Who else it affects"));
        affectsLayout->addWidget(m_others);
        m_affectsLabel = new QLabel(tr("&Who is affected?"), m_form);
        m_affectsLabel->setBuddy(m_others);
        form->addRow(m_affectsLabel, affects);

        m_handling = new DebouncedTextEdit(m_form);
        m_handling->setObjectName(QStringLiteral("dilemmaHandling"));
        m_handling->setLineRange(3, 10);
        m_handling->setPlaceholderText(tr("For example: an escalation route, a joint budget or a standing consultation group"));
        auto *handlingLabel = new QLabel(tr("&How do we handle it?"), m_form);
        handlingLabel->setBuddy(m_handling);
        form->addRow(handlingLabel, m_handling);

        auto *settle = new QWidget(m_form);
        auto *settleLayout = new QVBoxLayout(settle);
        settleLayout->setContentsMargins(0, 0, 0, 0);
        m_agreements = new QListWidget(settle);
        m_agreements->setObjectName(QStringLiteral("dilemmaAgreements"));
        m_agreements->setAccessibleName(tr("Agreements that settle the dilemma"));
        m_agreements->setTextElideMode(Qt::ElideRight);
        m_noAgreements = plainLabel(tr("There are no agreements yet. They are made in the Develop phase; then link the dilemma here to the agreement that settles it. Until then, the dilemma stays visible there as open."),
                                    settle);
        m_noAgreements->setObjectName(QStringLiteral("dilemmaNoAgreements"));
        m_noAgreements->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kQuietColour)));
        settleLayout->addWidget(m_agreements);
        settleLayout->addWidget(m_noAgreements);
        auto *settleLabel = new QLabel(tr("Which a&greement settles it?"), m_form);
        settleLabel->setBuddy(m_agreements);
        form->addRow(settleLabel, settle);

        m_status = new QComboBox(m_form);
        m_status->setObjectName(QStringLiteral("dilemmaStatus"));
        for (DilemmaStatus st : {DilemmaStatus::Open, DilemmaStatus::Settled})
            m_status->addItem(dilemmaStatusLabel(st), int(st));
        auto *statusLabel = new QLabel(tr("&Status"), m_form);
        statusLabel->setBuddy(m_status);
        auto *statusRow = new QHBoxLayout;
        statusRow->addWidget(m_status);
        statusRow->addStretch(1);
        form->addRow(statusLabel, statusRow);

        layout->addWidget(m_form);

        auto commitText = [this](const QString &) { commit(); };
        m_title->setCommit(commitText);
        m_description->setCommit(commitText);
        m_others->setCommit(commitText);
        m_handling->setCommit(commitText);
        connect(m_agreements, &QListWidget::itemChanged, this, [this] { commit(); });
        connect(m_status, &QComboBox::currentIndexChanged, this, [this] { commit(); });
    }

    void rebuildPickMenu()
    {
        // Removed actions go later: this may run while one of them is being
        // triggered.
        for (QAction *a : m_pickMenu->actions()) {
            m_pickMenu->removeAction(a);
            a->deleteLater();
        }
        QStringList taken;
        for (const DilemmaEntry &e : session()->data().dilemmas)
            if (!e.catalogId.isEmpty())
                taken << e.catalogId;
        for (const Dilemma &c : session()->catalog().dilemmas) {
            if (taken.contains(c.id))
                continue;
            QAction *a = m_pickMenu->addAction(c.title.in(language()));
            a->setObjectName(QStringLiteral("pickDilemma_%1").arg(c.id));
            a->setData(c.id);
            a->setToolTip(c.description.in(language()));
        }
        const bool any = !m_pickMenu->actions().isEmpty();
        m_pick->setEnabled(any && !session()->isReadOnly());
        m_pick->setToolTip(any ? tr("Add a common dilemma from the guide") : tr("All dilemmas from the list are already in the register."));
    }

    void pick(const QString &catalogId)
    {
        const auto &list = session()->catalog().dilemmas;
        const auto it = std::find_if(list.cbegin(), list.cend(), [&](const Dilemma &c) { return c.id == catalogId; });
        if (it == list.cend() || session()->isReadOnly())
            return;
        for (const DilemmaEntry &e : session()->data().dilemmas)
            if (e.catalogId == catalogId)
                return;
        commitPending();
        DilemmaEntry e;
        e.catalogId = it->id;
        e.title = it->title.in(language());
        e.description = it->description.in(language());
        m_selected = session()->addDilemma(e);
        refresh();
        // Next in the conversation: whom it affects.
        if (!m_partnerBoxes.isEmpty())
            m_partnerBoxes.first()->setFocus();
        else
            m_others->setFocus();
    }

    void removeSelected()
    {
        const DilemmaEntry *e = dilemmaById(session()->data(), m_selected);
        if (!e || session()->isReadOnly())
            return;
        const QString title = firstLine(e->title).isEmpty() ? tr("(untitled)") : firstLine(e->title);
        if (!Dialogs::confirm(this, tr("Remove dilemma"),
                              tr("Remove the dilemma ‘%1’ from the register? You can undo this with Ctrl+Z.").arg(title)))
            return;
        // Select the neighbour, so the keyboard stays in the register.
        const auto &all = session()->data().dilemmas;
        const auto index = std::find_if(all.cbegin(), all.cend(), [&](const DilemmaEntry &x) { return x.id == m_selected; }) - all.cbegin();
        RecordId next = 0;
        if (index + 1 < all.size())
            next = all[index + 1].id;
        else if (index > 0)
            next = all[index - 1].id;
        const RecordId removed = m_selected;
        m_selected = next;
        session()->removeDilemma(removed);
        refresh();
        if (m_table->isVisible())
            m_table->setFocus();
    }

    const DilemmaEntry *selected() const { return dilemmaById(session()->data(), m_selected); }

    // Saves what is still being typed for the selected dilemma, before
    // another one is shown.
    void commitPending()
    {
        const DilemmaEntry *e = selected();
        if (!e || m_updating)
            return;
        if (m_title->text() != e->title || m_others->text() != e->affectsOthers || m_description->isPending() || m_handling->isPending())
            commit();
    }

    void showSelected()
    {
        const TrajectoryData &d = session()->data();
        const DilemmaEntry *e = selected();
        m_form->setEnabled(e && !session()->isReadOnly());
        m_updating = true;

        // Partners: rebuilt only when they change, so focus and the keyboard
        // position survive an edit.
        QList<PartnerId> partners = d.partnerIds();
        if (partners != m_partnerIds) {
            qDeleteAll(m_partnerBoxes);
            m_partnerBoxes.clear();
            m_partnerIds = partners;
            const int columns = 2;
            for (int i = 0; i < partners.size(); ++i) {
                auto *box = new QCheckBox(m_form);
                box->setObjectName(QStringLiteral("dilemmaAffects_%1").arg(partners[i]));
                connect(box, &QCheckBox::toggled, this, [this] { commit(); });
                m_partnerGrid->addWidget(box, i / columns, i % columns);
                m_partnerBoxes.append(box);
            }
            m_noPartners->setVisible(partners.isEmpty());
            m_affectsLabel->setBuddy(m_partnerBoxes.isEmpty() ? static_cast<QWidget *>(m_others) : m_partnerBoxes.first());
            if (!m_partnerBoxes.isEmpty())
                QWidget::setTabOrder(m_partnerBoxes.last(), m_others);
        }
        for (int i = 0; i < m_partnerIds.size(); ++i) {
            const Partner *p = d.partner(m_partnerIds[i]);
            const QSignalBlocker block(m_partnerBoxes[i]);
            m_partnerBoxes[i]->setText(p ? p->organisation : QString());
            m_partnerBoxes[i]->setChecked(e && e->affects.contains(m_partnerIds[i]));
        }

        // Agreements, in building-block order, labelled with their block.
        QList<const Agreement *> agreements;
        for (const BuildingBlock &b : session()->catalog().buildingBlocks)
            for (const Agreement &a : d.agreements)
                if (a.buildingBlock == b.id)
                    agreements.append(&a);
        for (const Agreement &a : d.agreements)
            if (!session()->catalog().buildingBlock(a.buildingBlock))
                agreements.append(&a);
        QList<RecordId> ids;
        for (const Agreement *a : agreements)
            ids.append(a->id);
        {
            const QSignalBlocker blocker(m_agreements);
            if (ids != m_agreementIds) {
                m_agreements->clear();
                for (RecordId id : ids) {
                    auto *item = new QListWidgetItem(m_agreements);
                    item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(id));
                }
                m_agreementIds = ids;
            }
            for (int i = 0; i < agreements.size(); ++i) {
                const Agreement &a = *agreements[i];
                const BuildingBlock *b = session()->catalog().buildingBlock(a.buildingBlock);
                const QString block = b ? b->title.in(language()) : a.buildingBlock;
                const QString what = firstLine(a.what).isEmpty() ? tr("(not yet described)") : firstLine(a.what);
                QListWidgetItem *item = m_agreements->item(i);
                item->setText(tr("%1 — %2").arg(block, what));
                item->setToolTip(a.what.trimmed().isEmpty() ? block : block + QStringLiteral("\n\n") + a.what.trimmed());
                item->setCheckState(e && e->agreements.contains(a.id) ? Qt::Checked : Qt::Unchecked);
            }
        }
        // As tall as its rows (up to six); longer lists scroll.
        const int rowHeight = std::max(m_agreements->sizeHintForRow(0), m_agreements->fontMetrics().height() + 4);
        m_agreements->setFixedHeight(std::clamp(int(ids.size()), 1, 6) * rowHeight + 2 * m_agreements->frameWidth() + 4);
        m_agreements->setVisible(!ids.isEmpty());
        m_noAgreements->setVisible(ids.isEmpty());

        if (e) {
            m_source->setVisible(!e->catalogId.isEmpty());
            m_source->setText(tr("From the list of common dilemmas; feel free to adapt the text to your own situation."));
            m_title->setFromModel(e->title);
            m_description->setFromModel(e->description);
            m_others->setFromModel(e->affectsOthers);
            m_handling->setFromModel(e->handling);
            const QSignalBlocker block(m_status);
            m_status->setCurrentIndex(std::max(0, m_status->findData(int(e->status))));
        } else {
            m_source->setVisible(false);
            m_title->setFromModel({});
            m_description->setFromModel({});
            m_others->setFromModel({});
            m_handling->setFromModel({});
        }
        m_updating = false;
    }

    void commit()
    {
        if (m_updating)
            return;
        const DilemmaEntry *current = selected();
        if (!current)
            return;
        DilemmaEntry e = *current;
        e.title = m_title->text();
        e.description = m_description->toPlainText();
        QList<PartnerId> affects;
        for (int i = 0; i < m_partnerBoxes.size(); ++i)
            if (m_partnerBoxes[i]->isChecked())
                affects.append(m_partnerIds[i]);
        e.affects = keepingOrder(e.affects, affects);
        e.affectsOthers = m_others->text();
        e.handling = m_handling->toPlainText();
        QList<RecordId> agreements;
        for (int i = 0; i < m_agreements->count(); ++i)
            if (m_agreements->item(i)->checkState() == Qt::Checked)
                agreements.append(m_agreements->item(i)->data(Qt::UserRole).toLongLong());
        e.agreements = keepingOrder(e.agreements, agreements);
        e.status = DilemmaStatus(m_status->currentData().toInt());
        session()->updateDilemma(e);
    }

    QPushButton *m_pick;
    QMenu *m_pickMenu;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_summary;
    QLabel *m_empty;
    QTableWidget *m_table;
    QGroupBox *m_form = nullptr;
    QLabel *m_source = nullptr;
    DebouncedLineEdit *m_title = nullptr;
    DebouncedTextEdit *m_description = nullptr;
    QLabel *m_affectsLabel = nullptr;
    QGridLayout *m_partnerGrid = nullptr;
    QLabel *m_noPartners = nullptr;
    QList<QCheckBox *> m_partnerBoxes;
    QList<PartnerId> m_partnerIds;
    DebouncedLineEdit *m_others = nullptr;
    DebouncedTextEdit *m_handling = nullptr;
    QListWidget *m_agreements = nullptr;
    QList<RecordId> m_agreementIds;
    QLabel *m_noAgreements = nullptr;
    QComboBox *m_status = nullptr;
    RecordId m_selected = 0;
    bool m_updating = false;
};

} // namespace

SessionWidget *createDilemmaEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent)
{
    return new DilemmaEditor(session, question, language, parent);
}

} // namespace akkoord::gui
