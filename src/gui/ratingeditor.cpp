#include "gui/chartwidget.h"
#include "gui/debounced.h"
#include "gui/editors.h"
#include "gui/session.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QCoreApplication>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

// A rating 1–5 and a reason per partner, with the chart the documents use.
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
        m_grid = new QGridLayout;
        m_grid->setColumnStretch(2, 1);
        layout->addLayout(m_grid);
        m_chart = new RatingChartWidget(this);
        m_chart->setObjectName(QStringLiteral("ratingChart"));
        layout->addWidget(m_chart);
        rebuild();
    }

    void refresh() override
    {
        if (session()->data().partnerIds() != m_partnerIds) {
            rebuild();
            return;
        }
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
        m_chart->setData(urgencyChartData(session()->data(), session()->catalog(), language()));
    }

private:
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
        m_partnerIds.clear();
        auto *h1 = new QLabel(tr("Partner"), this);
        auto *h2 = new QLabel(tr("Urgentie (1–5)"), this);
        auto *h3 = new QLabel(tr("Waarom?"), this);
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
            auto *score = new QComboBox(this);
            score->setObjectName(QStringLiteral("score_%1").arg(p.id));
            score->addItems({tr("– nog niet"), tr("1 – nauwelijks"), tr("2 – beperkt"), tr("3 – redelijk"), tr("4 – groot"), tr("5 – zeer groot")});
            score->setEnabled(!session()->isReadOnly());
            auto *reason = new DebouncedLineEdit(this);
            reason->setObjectName(QStringLiteral("reason_%1").arg(p.id));
            reason->setPlaceholderText(tr("Reden van %1").arg(p.organisation));
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
    QGridLayout *m_grid;
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
