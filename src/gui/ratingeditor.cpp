#include "gui/chartwidget.h"
#include "gui/debounced.h"
#include "gui/editors.h"
#include "gui/rounds.h"
#include "domain/progress.h"
#include "session/session.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QGroupBox>
#include <QPushButton>
#include <QCoreApplication>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

// A rating 1–5 and a reason per partner, with the chart the documents use.
// In a hidden round the scores are not shown: each partner enters its own
// in an empty form, and the chart appears when the round is revealed.
class RatingEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::RatingEditor)

public:
    RatingEditor(TrajectorySession *s, const Question &q, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
        , m_question(q)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_round = new RoundBar(s, q, lang, [this] {
            for (PartnerId id : m_partnerIds)
                session()->clearRating(m_question.id, id);
        }, this);
        layout->addWidget(m_round);
        m_grid = new QGridLayout;
        m_grid->setColumnStretch(2, 1);
        layout->addLayout(m_grid);

        // The private form of a hidden round.
        m_entry = new QGroupBox(this);
        m_entry->setObjectName(QStringLiteral("hiddenEntry"));
        auto *form = new QGridLayout(m_entry);
        m_entryScore = new QComboBox(m_entry);
        m_entryScore->setObjectName(QStringLiteral("hiddenScore"));
        m_entryScore->addItems(scoreChoices());
        m_entryReason = new QLineEdit(m_entry);
        m_entryReason->setObjectName(QStringLiteral("hiddenReason"));
        m_entryReason->setPlaceholderText(tr("Why? (optional)"));
        auto *save = new QPushButton(tr("&Save and hide"), m_entry);
        save->setObjectName(QStringLiteral("hiddenSave"));
        auto *cancel = new QPushButton(tr("Cancel"), m_entry);
        form->addWidget(m_entryScore, 0, 0);
        form->addWidget(m_entryReason, 0, 1);
        form->addWidget(cancel, 0, 2);
        form->addWidget(save, 0, 3);
        form->setColumnStretch(1, 1);
        layout->addWidget(m_entry);
        m_entry->hide();
        connect(save, &QPushButton::clicked, this, [this] { saveHidden(); });
        connect(m_entryReason, &QLineEdit::returnPressed, this, [this] { saveHidden(); });
        connect(cancel, &QPushButton::clicked, this, [this] {
            m_entering = 0;
            refresh();
        });

        m_chart = new RatingChartWidget(this);
        m_chart->setObjectName(QStringLiteral("ratingChart"));
        layout->addWidget(m_chart);
        rebuild();
    }

    void refresh() override
    {
        if (session()->data().partnerIds() != m_partnerIds || hidden() != m_builtHidden) {
            rebuild();
            return;
        }
        m_round->refresh();
        m_chart->setVisible(!hidden());
        if (hidden()) {
            const QList<PartnerId> missing = partnersWithoutInput(m_question, session()->data());
            for (int i = 0; i < m_partnerIds.size(); ++i) {
                const bool done = !missing.contains(m_partnerIds[i]);
                m_states[i]->setText(done ? tr("✓ scored (hidden)") : tr("– not yet"));
                m_enters[i]->setText(done ? tr("Fill in again") : tr("Fill in"));
                m_enters[i]->setEnabled(!session()->isReadOnly() && m_entering == 0);
            }
            const Partner *p = session()->data().partner(m_entering);
            m_entry->setVisible(p != nullptr);
            if (p)
                m_entry->setTitle(tr("Score from %1 — for this partner only").arg(p->organisation));
            return;
        }
        m_entering = 0;
        m_entry->hide();
        for (int i = 0; i < m_partnerIds.size(); ++i) {
            int score = 0;
            QString reason;
            for (const Rating &r : session()->data().ratings)
                if (r.questionId == m_question.id && r.partnerId == m_partnerIds[i]) {
                    score = r.score;
                    reason = r.reason;
                }
            const QSignalBlocker block(m_scores[i]);
            m_scores[i]->setCurrentIndex(score);
            m_reasons[i]->setFromModel(reason);
        }
        m_chart->setData(ratingChartData(session()->data(), session()->catalog(), m_question.id, language()));
    }

private:
    bool hidden() const { return session()->data().isHidden(m_question.id); }

    void saveHidden()
    {
        const int score = m_entryScore->currentIndex();
        if (m_entering == 0)
            return;
        if (score == 0)
            session()->clearRating(m_question.id, m_entering);
        else
            session()->setRating(m_question.id, m_entering, score, m_entryReason->text());
        m_entering = 0;
        m_entryScore->setCurrentIndex(0);
        m_entryReason->clear();
        refresh();
    }

    void commit(int row)
    {
        const int score = m_scores[row]->currentIndex();
        if (score == 0)
            session()->clearRating(m_question.id, m_partnerIds[row]);
        else
            session()->setRating(m_question.id, m_partnerIds[row], score, m_reasons[row]->text());
    }

    void rebuild()
    {
        for (QWidget *w : m_owned)
            delete w;
        m_owned.clear();
        m_scores.clear();
        m_reasons.clear();
        m_states.clear();
        m_enters.clear();
        m_partnerIds.clear();
        m_builtHidden = hidden();
        auto *h1 = new QLabel(tr("Partner"), this);
        auto *h2 = new QLabel(tr("Score (1–5)"), this);
        auto *h3 = new QLabel(m_builtHidden ? QString() : tr("Why?"), this);
        for (QLabel *h : {h1, h2, h3}) {
            QFont f = h->font();
            f.setBold(true);
            h->setFont(f);
            m_owned.append(h);
        }
        m_grid->addWidget(h1, 0, 0);
        m_grid->addWidget(h2, 0, 1);
        m_grid->addWidget(h3, 0, 2);
        int row = 1;
        for (const Partner &p : session()->data().partners) {
            auto *name = new QLabel(p.organisation, this);
            name->setTextFormat(Qt::PlainText);
            if (m_builtHidden) {
                auto *state = new QLabel(this);
                state->setObjectName(QStringLiteral("state_%1").arg(p.id));
                auto *enter = new QPushButton(this);
                enter->setObjectName(QStringLiteral("enter_%1").arg(p.id));
                connect(enter, &QPushButton::clicked, this, [this, id = p.id] {
                    m_entering = id;
                    m_entryScore->setCurrentIndex(0);
                    m_entryReason->clear();
                    refresh();
                    m_entryScore->setFocus();
                });
                name->setBuddy(enter);
                m_grid->addWidget(name, row, 0);
                m_grid->addWidget(state, row, 1);
                m_grid->addWidget(enter, row, 2, Qt::AlignLeft);
                m_owned << name << state << enter;
                m_states.append(state);
                m_enters.append(enter);
                m_partnerIds.append(p.id);
                ++row;
                continue;
            }
            auto *score = new QComboBox(this);
            score->setObjectName(QStringLiteral("score_%1").arg(p.id));
            score->addItems(scoreChoices());
            score->setEnabled(!session()->isReadOnly());
            auto *reason = new DebouncedLineEdit(this);
            reason->setObjectName(QStringLiteral("reason_%1").arg(p.id));
            reason->setPlaceholderText(tr("Reason given by %1").arg(p.organisation));
            reason->setReadOnly(session()->isReadOnly());
            const int index = row - 1;
            connect(score, &QComboBox::currentIndexChanged, this, [this, index] { commit(index); });
            reason->setCommit([this, index](const QString &) {
                if (m_scores[index]->currentIndex() > 0)
                    commit(index);
            });
            name->setBuddy(score);
            m_grid->addWidget(name, row, 0);
            m_grid->addWidget(score, row, 1);
            m_grid->addWidget(reason, row, 2);
            m_owned << name << score << reason;
            m_scores.append(score);
            m_reasons.append(reason);
            m_partnerIds.append(p.id);
            ++row;
        }
        refresh();
    }

    Question m_question;
    RoundBar *m_round;
    QGridLayout *m_grid;
    QGroupBox *m_entry;
    QComboBox *m_entryScore;
    QLineEdit *m_entryReason;
    PartnerId m_entering = 0;
    bool m_builtHidden = false;
    QList<QLabel *> m_states;
    QList<QPushButton *> m_enters;
    RatingChartWidget *m_chart;
    QList<QWidget *> m_owned;
    QList<QComboBox *> m_scores;
    QList<DebouncedLineEdit *> m_reasons;
    QList<PartnerId> m_partnerIds;
};

} // namespace

SessionWidget *createRatingEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent)
{
    return new RatingEditor(session, question, language, parent);
}

} // namespace akkoord::gui
