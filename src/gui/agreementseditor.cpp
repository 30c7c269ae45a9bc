#include "gui/debounced.h"
#include "gui/editors.h"
#include "gui/historydialog.h"
#include "gui/models/agreementsmodel.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QCoreApplication>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

// Agreements per building block: a table, an editor for every field of the
// selected agreement, and beside it the covenant-builder questions with
// example clauses that can be inserted and adapted.
class AgreementsEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::AgreementsEditor)

public:
    AgreementsEditor(TrajectorySession *s, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        // What the agreements still have to settle: the open dilemmas from
        // analyseren (hidden when there are none).
        m_openDilemmas = createOpenDilemmasPanel(s, lang, this);
        layout->addWidget(m_openDilemmas);
        auto *top = new QHBoxLayout;
        m_blocks = new QComboBox(this);
        m_blocks->setObjectName(QStringLiteral("buildingBlockCombo"));
        for (const BuildingBlock &b : s->catalog().buildingBlocks)
            m_blocks->addItem(b.title.in(lang), b.id);
        auto *blockLabel = new QLabel(tr("&Building block:"), this);
        blockLabel->setBuddy(m_blocks);
        top->addWidget(blockLabel);
        top->addWidget(m_blocks, 1);
        m_add = new QPushButton(tr("Add agreement"), this);
        m_add->setObjectName(QStringLiteral("addAgreement"));
        m_remove = new QPushButton(tr("Remove"), this);
        m_history = new QPushButton(tr("History…"), this);
        top->addWidget(m_add);
        top->addWidget(m_remove);
        top->addWidget(m_history);
        layout->addLayout(top);

        m_blockDescription = new QLabel(this);
        m_blockDescription->setWordWrap(true);
        m_blockDescription->setTextFormat(Qt::PlainText);
        m_blockDescription->setStyleSheet(QStringLiteral("color: #4a5560;"));
        layout->addWidget(m_blockDescription);

        m_model = new AgreementsModel(s, this);
        m_model->setBuildingBlock(currentBlock());
        // While rows go, the view moves its selection to a neighbour (in
        // its own slots, connected in setModel); the editor picks the row
        // itself when it refreshes.
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_selecting = true; });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_selecting = false; });
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("agreementTable"));
        m_table->setModel(m_model);
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_table->verticalHeader()->hide();
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setWordWrap(false);
        layout->addWidget(m_table);

        auto *row = new QHBoxLayout;
        layout->addLayout(row);
        buildForm(row);
        buildBuilder(row);

        connect(m_blocks, &QComboBox::currentIndexChanged, this, [this] {
            m_selected = 0;
            m_model->setBuildingBlock(currentBlock());
            refresh();
            showBuilder();
        });
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            if (m_selecting)
                return;
            const auto rows = m_table->selectionModel()->selectedRows();
            m_selected = rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
            showSelected();
        });
        connect(m_add, &QPushButton::clicked, this, [this] {
            Agreement a;
            a.buildingBlock = currentBlock();
            m_selected = session()->addAgreement(a);
            refresh();
            m_what->setFocus();
        });
        connect(m_remove, &QPushButton::clicked, this, [this] {
            if (m_selected)
                session()->removeAgreement(m_selected);
        });
        connect(m_history, &QPushButton::clicked, this, [this] {
            if (m_selected)
                HistoryDialog::showForAgreement(session(), m_selected, this);
        });
        m_add->setEnabled(!s->isReadOnly());
        showBuilder();
        refresh();
    }

    void refresh() override
    {
        m_openDilemmas->refresh();
        m_model->reload();
        m_selecting = true;
        int selectedRow = m_model->rowOf(m_selected);
        if (selectedRow < 0 && m_model->rowCount() > 0) {
            selectedRow = 0;
            m_selected = m_model->idAt(0);
        } else if (m_model->rowCount() == 0) {
            m_selected = 0;
        }
        if (selectedRow >= 0)
            m_table->selectRow(selectedRow);
        else
            m_table->clearSelection();
        m_selecting = false;
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        // As tall as its rows (up to eight), so the page scrolls as a whole.
        const int rows = std::clamp(m_model->rowCount(), 2, 8);
        m_table->setFixedHeight(m_table->horizontalHeader()->height() + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
        showSelected();
    }

    // Selects the building block and agreement, e.g. from the navigator.
    QString currentBlock() const { return m_blocks->currentData().toString(); }

private:
    void buildForm(QHBoxLayout *row)
    {
        m_form = new QGroupBox(tr("Agreement"), this);
        auto *form = new QFormLayout(m_form);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_what = new DebouncedTextEdit(m_form);
        m_what->setObjectName(QStringLiteral("agreementWhat"));
        m_what->setLineRange(3, 8);
        m_what->setPlaceholderText(tr("What do we agree on?"));
        m_owner = new QComboBox(m_form);
        m_owner->setObjectName(QStringLiteral("agreementOwner"));
        m_contributors = new QListWidget(m_form);
        m_contributors->setObjectName(QStringLiteral("agreementContributors"));
        m_contributors->setMaximumHeight(110);
        m_hasDeadline = new QCheckBox(tr("No later than"), m_form);
        m_deadline = new QDateEdit(m_form);
        m_deadline->setCalendarPopup(true);
        m_deadline->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        auto *deadlineRow = new QHBoxLayout;
        deadlineRow->addWidget(m_hasDeadline);
        deadlineRow->addWidget(m_deadline, 1);
        m_means = new DebouncedLineEdit(m_form);
        m_means->setObjectName(QStringLiteral("agreementMeans"));
        m_means->setPlaceholderText(tr("Hours, money, accommodation"));
        m_indicator = new DebouncedLineEdit(m_form);
        m_indicator->setObjectName(QStringLiteral("agreementIndicator"));
        m_indicator->setPlaceholderText(tr("How do we know it works?"));
        m_target = new DebouncedLineEdit(m_form);
        m_target->setObjectName(QStringLiteral("agreementTarget"));
        m_target->setPlaceholderText(tr("Target value"));
        m_status = new QComboBox(m_form);
        m_status->setObjectName(QStringLiteral("agreementStatus"));
        for (AgreementStatus st : allAgreementStatuses())
            m_status->addItem(agreementStatusLabel(st), int(st));
        m_ambitions = new QListWidget(m_form);
        m_ambitions->setObjectName(QStringLiteral("agreementAmbitions"));
        m_ambitions->setMaximumHeight(110);
        form->addRow(tr("&What"), m_what);
        form->addRow(tr("&Owner"), m_owner);
        form->addRow(tr("Contributing partners"), m_contributors);
        form->addRow(tr("Due date"), deadlineRow);
        form->addRow(tr("&Resources"), m_means);
        form->addRow(tr("&Indicator"), m_indicator);
        form->addRow(tr("&Target value"), m_target);
        form->addRow(tr("&Status"), m_status);
        form->addRow(tr("Serves ambition(s)"), m_ambitions);
        row->addWidget(m_form, 3, Qt::AlignTop);

        auto commitText = [this](const QString &) { commit(); };
        m_what->setCommit(commitText);
        m_means->setCommit(commitText);
        m_indicator->setCommit(commitText);
        m_target->setCommit(commitText);
        connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { commit(); });
        connect(m_status, &QComboBox::currentIndexChanged, this, [this] { commit(); });
        connect(m_hasDeadline, &QCheckBox::toggled, this, [this](bool on) {
            m_deadline->setEnabled(on);
            commit();
        });
        connect(m_deadline, &QDateEdit::dateChanged, this, [this] { commit(); });
        connect(m_contributors, &QListWidget::itemChanged, this, [this] { commit(); });
        connect(m_ambitions, &QListWidget::itemChanged, this, [this] { commit(); });
    }

    void buildBuilder(QHBoxLayout *row)
    {
        m_builder = new QWidget(this);
        m_builderLayout = new QVBoxLayout(m_builder);
        m_builderLayout->setContentsMargins(0, 0, 0, 0);
        m_builder->setMinimumWidth(240);
        row->addWidget(m_builder, 2, Qt::AlignTop);
    }

    void showBuilder()
    {
        QLayoutItem *child;
        while ((child = m_builderLayout->takeAt(0)) != nullptr) {
            delete child->widget();
            delete child;
        }
        const BuildingBlock *b = session()->catalog().buildingBlock(currentBlock());
        if (!b)
            return;
        m_blockDescription->setText(b->description.in(language()));
        auto *title = new QLabel(tr("Questions that an agreement in this building block answers"), m_builder);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        title->setWordWrap(true);
        m_builderLayout->addWidget(title);
        for (const BuilderQuestion &q : b->questions) {
            auto *box = new QGroupBox(m_builder);
            auto *v = new QVBoxLayout(box);
            auto *text = new QLabel(q.text.in(language()), box);
            text->setWordWrap(true);
            text->setTextFormat(Qt::PlainText);
            QFont bf = text->font();
            bf.setBold(true);
            text->setFont(bf);
            v->addWidget(text);
            for (const LocalizedText &example : q.examples) {
                auto *clause = new QLabel(example.in(language()), box);
                clause->setWordWrap(true);
                clause->setTextFormat(Qt::PlainText);
                clause->setStyleSheet(QStringLiteral("color: #3d4750; font-style: italic;"));
                auto *insert = new QPushButton(tr("Insert"), box);
                insert->setObjectName(QStringLiteral("insertClause"));
                const QString value = example.in(language());
                connect(insert, &QPushButton::clicked, this, [this, value] { insertClause(value); });
                v->addWidget(clause);
                v->addWidget(insert, 0, Qt::AlignRight);
            }
            m_builderLayout->addWidget(box);
        }
        m_builderLayout->addStretch(1);
    }

    void insertClause(const QString &clause)
    {
        if (!m_selected) {
            Agreement a;
            a.buildingBlock = currentBlock();
            a.what = clause;
            m_selected = session()->addAgreement(a);
            refresh();
        } else {
            const QString current = m_what->toPlainText().trimmed();
            m_what->setPlainText(current.isEmpty() ? clause : current + QStringLiteral("\n") + clause);
            m_what->commitNow();
        }
        m_what->setFocus();
        m_what->moveCursor(QTextCursor::End);
    }

    const Agreement *selected() const
    {
        for (const Agreement &a : session()->data().agreements)
            if (a.id == m_selected)
                return &a;
        return nullptr;
    }

    void showSelected()
    {
        const Agreement *a = selected();
        m_form->setEnabled(a && !session()->isReadOnly());
        m_remove->setEnabled(a && !session()->isReadOnly());
        m_history->setEnabled(a != nullptr);
        m_updating = true;
        const TrajectoryData &d = session()->data();
        m_owner->clear();
        m_owner->addItem(tr("(no owner yet)"), QVariant::fromValue<qlonglong>(0));
        for (const Partner &p : d.partners)
            m_owner->addItem(p.organisation, QVariant::fromValue<qlonglong>(p.id));
        m_contributors->clear();
        for (const Partner &p : d.partners) {
            auto *item = new QListWidgetItem(p.organisation, m_contributors);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(p.id));
            item->setCheckState(a && a->contributors.contains(p.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_ambitions->clear();
        for (const Ambition &amb : d.ambitions) {
            auto *item = new QListWidgetItem(amb.title.isEmpty() ? tr("(untitled ambition)") : amb.title, m_ambitions);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(amb.id));
            item->setCheckState(a && a->ambitions.contains(amb.id) ? Qt::Checked : Qt::Unchecked);
        }
        if (a) {
            m_what->setFromModel(a->what);
            m_owner->setCurrentIndex(std::max(0, m_owner->findData(QVariant::fromValue<qlonglong>(a->owner.value_or(0)))));
            m_hasDeadline->setChecked(a->deadline.isValid());
            m_deadline->setEnabled(a->deadline.isValid());
            m_deadline->setDate(a->deadline.isValid() ? a->deadline : QDate::currentDate().addMonths(6));
            m_means->setFromModel(a->means);
            m_indicator->setFromModel(a->indicator);
            m_target->setFromModel(a->target);
            m_status->setCurrentIndex(m_status->findData(int(a->status)));
        } else {
            m_what->setFromModel({});
            m_means->setFromModel({});
            m_indicator->setFromModel({});
            m_target->setFromModel({});
        }
        m_updating = false;
    }

    void commit()
    {
        if (m_updating)
            return;
        const Agreement *current = selected();
        if (!current)
            return;
        Agreement a = *current;
        a.what = m_what->toPlainText();
        const qlonglong owner = m_owner->currentData().toLongLong();
        a.owner = owner ? std::optional<PartnerId>(owner) : std::nullopt;
        a.contributors.clear();
        for (int i = 0; i < m_contributors->count(); ++i)
            if (m_contributors->item(i)->checkState() == Qt::Checked)
                a.contributors.append(m_contributors->item(i)->data(Qt::UserRole).toLongLong());
        a.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
        a.means = m_means->text();
        a.indicator = m_indicator->text();
        a.target = m_target->text();
        a.status = AgreementStatus(m_status->currentData().toInt());
        a.ambitions.clear();
        for (int i = 0; i < m_ambitions->count(); ++i)
            if (m_ambitions->item(i)->checkState() == Qt::Checked)
                a.ambitions.append(m_ambitions->item(i)->data(Qt::UserRole).toLongLong());
        session()->updateAgreement(a);
    }

    SessionWidget *m_openDilemmas;
    QComboBox *m_blocks;
    QLabel *m_blockDescription;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_history;
    AgreementsModel *m_model;
    QTableView *m_table;
    QGroupBox *m_form;
    DebouncedTextEdit *m_what;
    QComboBox *m_owner;
    QListWidget *m_contributors;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    DebouncedLineEdit *m_means;
    DebouncedLineEdit *m_indicator;
    DebouncedLineEdit *m_target;
    QComboBox *m_status;
    QListWidget *m_ambitions;
    QWidget *m_builder;
    QVBoxLayout *m_builderLayout;
    RecordId m_selected = 0;
    bool m_updating = false;
    bool m_selecting = false;
};

} // namespace

SessionWidget *createAgreementsEditor(TrajectorySession *session, const QString &language, QWidget *parent)
{
    return new AgreementsEditor(session, language, parent);
}

} // namespace akkoord::gui
