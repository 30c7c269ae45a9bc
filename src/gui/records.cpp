#include "gui/debounced.h"
#include "gui/editors.h"
#include "session/session.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QCoreApplication>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

QPushButton *removeButton(QWidget *parent, const QString &what)
{
    auto *b = new QPushButton(QStringLiteral("✕"), parent);
    b->setToolTip(QObject::tr("Remove %1").arg(what));
    b->setAccessibleName(b->toolTip());
    b->setFixedWidth(32);
    return b;
}

QLabel *header(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

// The ambitions register: what we want to achieve together and what children
// and parents gain from it. Agreements link to these.
class AmbitionsEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::AmbitionsEditor)

public:
    AmbitionsEditor(TrajectorySession *s, const Question &, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_grid = new QGridLayout;
        m_grid->setColumnStretch(0, 2);
        m_grid->setColumnStretch(1, 3);
        layout->addLayout(m_grid);
        auto *add = new QPushButton(tr("Add ambition"), this);
        add->setObjectName(QStringLiteral("addAmbition"));
        add->setEnabled(!s->isReadOnly());
        connect(add, &QPushButton::clicked, this, [this] {
            session()->addAmbition(Ambition{});
            if (!m_titles.isEmpty())
                m_titles.last()->setFocus();
        });
        layout->addWidget(add, 0, Qt::AlignLeft);
        rebuild();
    }

    void refresh() override
    {
        QList<RecordId> ids;
        for (const Ambition &a : session()->data().ambitions)
            ids.append(a.id);
        if (ids != m_ids) {
            rebuild();
            return;
        }
        for (int i = 0; i < m_ids.size(); ++i) {
            const Ambition &a = session()->data().ambitions[i];
            m_titles[i]->setFromModel(a.title);
            m_results[i]->setFromModel(a.intendedResult);
        }
    }

private:
    void rebuild()
    {
        qDeleteAll(m_owned);
        m_owned.clear();
        m_titles.clear();
        m_results.clear();
        m_ids.clear();
        auto *h1 = header(tr("Ambition"), this);
        auto *h2 = header(tr("What do children and parents gain from it?"), this);
        m_grid->addWidget(h1, 0, 0);
        m_grid->addWidget(h2, 0, 1);
        m_owned << h1 << h2;
        int row = 1;
        for (const Ambition &a : session()->data().ambitions) {
            auto *title = new DebouncedLineEdit(this);
            title->setObjectName(QStringLiteral("ambitionTitle_%1").arg(a.id));
            title->setPlaceholderText(tr("For example: every child starts Year 2 with good language skills"));
            auto *result = new DebouncedLineEdit(this);
            result->setObjectName(QStringLiteral("ambitionResult_%1").arg(a.id));
            result->setPlaceholderText(tr("Intended result for children and parents"));
            auto *remove = removeButton(this, tr("Ambition"));
            for (QWidget *w : std::initializer_list<QWidget *>{title, result, remove})
                w->setEnabled(!session()->isReadOnly());
            const RecordId id = a.id;
            auto commit = [this, id] {
                const int i = int(m_ids.indexOf(id));
                if (i < 0)
                    return;
                Ambition updated = session()->data().ambitions[i];
                updated.title = m_titles[i]->text();
                updated.intendedResult = m_results[i]->text();
                session()->updateAmbition(updated);
            };
            title->setCommit([commit](const QString &) { commit(); });
            result->setCommit([commit](const QString &) { commit(); });
            connect(remove, &QPushButton::clicked, this, [this, id] { session()->removeAmbition(id); });
            m_grid->addWidget(title, row, 0);
            m_grid->addWidget(result, row, 1);
            m_grid->addWidget(remove, row, 2);
            m_owned << title << result << remove;
            m_titles.append(title);
            m_results.append(result);
            m_ids.append(id);
            ++row;
        }
        refresh();
    }

    QGridLayout *m_grid;
    QList<QWidget *> m_owned;
    QList<DebouncedLineEdit *> m_titles;
    QList<DebouncedLineEdit *> m_results;
    QList<RecordId> m_ids;
};

// Accountability items (about what, to whom, how often, in which form) and
// the evaluation dates.
class AccountabilityEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::AccountabilityEditor)

public:
    AccountabilityEditor(TrajectorySession *s, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_items = new QGridLayout;
        for (int c = 0; c < 4; ++c)
            m_items->setColumnStretch(c, 1);
        layout->addLayout(m_items);
        auto *addItem = new QPushButton(tr("Add accountability"), this);
        addItem->setObjectName(QStringLiteral("addAccountability"));
        addItem->setEnabled(!s->isReadOnly());
        connect(addItem, &QPushButton::clicked, this, [this] { session()->addAccountability(AccountabilityItem{}); });
        layout->addWidget(addItem, 0, Qt::AlignLeft);
        layout->addSpacing(12);
        layout->addWidget(header(tr("Evaluation moments"), this));
        m_evaluations = new QGridLayout;
        m_evaluations->setColumnStretch(1, 1);
        layout->addLayout(m_evaluations);
        auto *addEval = new QPushButton(tr("Add evaluation moment"), this);
        addEval->setObjectName(QStringLiteral("addEvaluation"));
        addEval->setEnabled(!s->isReadOnly());
        connect(addEval, &QPushButton::clicked, this, [this] {
            session()->addEvaluation(Evaluation{.date = QDate::currentDate().addYears(1)});
        });
        layout->addWidget(addEval, 0, Qt::AlignLeft);
        rebuild();
    }

    void refresh() override
    {
        if (itemIds() != m_itemIds || evaluationIds() != m_evalIds) {
            rebuild();
            return;
        }
        for (int i = 0; i < m_itemIds.size(); ++i) {
            const AccountabilityItem &a = session()->data().accountability[i];
            const QStringList values{a.about, a.toWhom, a.frequency, a.form};
            for (int c = 0; c < 4; ++c)
                m_itemEdits[i * 4 + c]->setFromModel(values[c]);
        }
        for (int i = 0; i < m_evalIds.size(); ++i) {
            const Evaluation &e = session()->data().evaluations[i];
            const QSignalBlocker block(m_dates[i]);
            m_dates[i]->setDate(e.date.isValid() ? e.date : QDate::currentDate());
            m_descriptions[i]->setFromModel(e.description);
        }
    }

private:
    QList<RecordId> itemIds() const
    {
        QList<RecordId> ids;
        for (const AccountabilityItem &a : session()->data().accountability)
            ids.append(a.id);
        return ids;
    }
    QList<RecordId> evaluationIds() const
    {
        QList<RecordId> ids;
        for (const Evaluation &e : session()->data().evaluations)
            ids.append(e.id);
        return ids;
    }

    void rebuild()
    {
        qDeleteAll(m_owned);
        m_owned.clear();
        m_itemEdits.clear();
        m_dates.clear();
        m_descriptions.clear();
        m_itemIds = itemIds();
        m_evalIds = evaluationIds();
        const QStringList heads{tr("About what"), tr("To whom"), tr("How often"), tr("In what form")};
        const QStringList hints{tr("e.g. progress on the agreements"), tr("e.g. municipal council, boards, parents"), tr("e.g. every year in October"),
                                tr("e.g. a joint report")};
        for (int c = 0; c < 4; ++c) {
            auto *h = header(heads[c], this);
            m_items->addWidget(h, 0, c);
            m_owned << h;
        }
        for (int i = 0; i < m_itemIds.size(); ++i) {
            const RecordId id = m_itemIds[i];
            for (int c = 0; c < 4; ++c) {
                auto *edit = new DebouncedLineEdit(this);
                edit->setObjectName(QStringLiteral("accountability_%1_%2").arg(id).arg(c));
                edit->setPlaceholderText(hints[c]);
                edit->setReadOnly(session()->isReadOnly());
                edit->setCommit([this, id](const QString &) { commitItem(id); });
                m_items->addWidget(edit, i + 1, c);
                m_itemEdits.append(edit);
                m_owned << edit;
            }
            auto *remove = removeButton(this, tr("Accountability"));
            remove->setEnabled(!session()->isReadOnly());
            connect(remove, &QPushButton::clicked, this, [this, id] { session()->removeAccountability(id); });
            m_items->addWidget(remove, i + 1, 4);
            m_owned << remove;
        }
        for (int i = 0; i < m_evalIds.size(); ++i) {
            const RecordId id = m_evalIds[i];
            auto *date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
            date->setEnabled(!session()->isReadOnly());
            auto *description = new DebouncedLineEdit(this);
            description->setPlaceholderText(tr("What do we evaluate, and with whom?"));
            description->setReadOnly(session()->isReadOnly());
            auto *remove = removeButton(this, tr("Evaluation moment"));
            remove->setEnabled(!session()->isReadOnly());
            connect(date, &QDateEdit::dateChanged, this, [this, id] { commitEvaluation(id); });
            description->setCommit([this, id](const QString &) { commitEvaluation(id); });
            connect(remove, &QPushButton::clicked, this, [this, id] { session()->removeEvaluation(id); });
            m_evaluations->addWidget(date, i, 0);
            m_evaluations->addWidget(description, i, 1);
            m_evaluations->addWidget(remove, i, 2);
            m_dates.append(date);
            m_descriptions.append(description);
            m_owned << date << description << remove;
        }
        refresh();
    }

    void commitItem(RecordId id)
    {
        const int i = int(m_itemIds.indexOf(id));
        if (i < 0)
            return;
        AccountabilityItem a = session()->data().accountability[i];
        a.about = m_itemEdits[i * 4]->text();
        a.toWhom = m_itemEdits[i * 4 + 1]->text();
        a.frequency = m_itemEdits[i * 4 + 2]->text();
        a.form = m_itemEdits[i * 4 + 3]->text();
        session()->updateAccountability(a);
    }

    void commitEvaluation(RecordId id)
    {
        const int i = int(m_evalIds.indexOf(id));
        if (i < 0)
            return;
        Evaluation e = session()->data().evaluations[i];
        e.date = m_dates[i]->date();
        e.description = m_descriptions[i]->text();
        session()->updateEvaluation(e);
    }

    QGridLayout *m_items;
    QGridLayout *m_evaluations;
    QList<QWidget *> m_owned;
    QList<DebouncedLineEdit *> m_itemEdits;
    QList<QDateEdit *> m_dates;
    QList<DebouncedLineEdit *> m_descriptions;
    QList<RecordId> m_itemIds;
    QList<RecordId> m_evalIds;
};

} // namespace

SessionWidget *createAmbitionsEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent)
{
    return new AmbitionsEditor(session, question, language, parent);
}

SessionWidget *createAccountabilityEditor(TrajectorySession *session, const QString &language, QWidget *parent)
{
    return new AccountabilityEditor(session, language, parent);
}

} // namespace akkoord::gui
