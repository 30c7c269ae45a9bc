// Workshop mode editors: now versus desired per building block (with hidden
// rounds), and the gap analysis that analyseren discusses.

#include "domain/document.h"
#include "domain/documenttext.h"
#include "domain/gaps.h"
#include "domain/progress.h"
#include "gui/chartwidget.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/editors.h"
#include "gui/rounds.h"
#include "session/session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

// Fills `combo` with the partners, after an optional first item for "all"
// (data 0), keeping the current choice.
void fillPartnerCombo(QComboBox *combo, const TrajectoryData &d, const QString &all = {})
{
    const QSignalBlocker block(combo);
    const PartnerId keep = combo->currentData().toLongLong();
    combo->clear();
    if (!all.isEmpty())
        combo->addItem(all, qlonglong(0));
    for (const Partner &p : d.partners)
        combo->addItem(p.organisation, qlonglong(p.id));
    combo->setCurrentIndex(std::max(0, combo->findData(qlonglong(keep))));
}

QString allPartners() { return QCoreApplication::translate("akkoord::gui::SituationEditor", "All partners (average, with spread)"); }

// One combo per building block for "now" and one for "desired".
struct BlockCombos
{
    QString block;
    QComboBox *now;
    QComboBox *desired;
};

QList<BlockCombos> blockForm(QWidget *parent, QGridLayout *grid, const Catalog &catalog, const QString &lang, const QString &prefix)
{
    QList<BlockCombos> out;
    auto *h0 = new QLabel(QCoreApplication::translate("akkoord::gui::SituationEditor", "Building block"), parent);
    auto *h1 = new QLabel(QCoreApplication::translate("akkoord::gui::SituationEditor", "Now"), parent);
    auto *h2 = new QLabel(QCoreApplication::translate("akkoord::gui::SituationEditor", "Desired"), parent);
    for (QLabel *h : {h0, h1, h2}) {
        QFont f = h->font();
        f.setBold(true);
        h->setFont(f);
    }
    grid->addWidget(h0, 0, 0);
    grid->addWidget(h1, 0, 1);
    grid->addWidget(h2, 0, 2);
    int row = 1;
    for (const BuildingBlock &b : catalog.buildingBlocks) {
        auto *label = new QLabel(b.title.in(lang), parent);
        label->setTextFormat(Qt::PlainText);
        label->setToolTip(b.description.in(lang));
        BlockCombos c{b.id, new QComboBox(parent), new QComboBox(parent)};
        c.now->setObjectName(prefix + QStringLiteral("now_") + b.id);
        c.desired->setObjectName(prefix + QStringLiteral("desired_") + b.id);
        const QStringList levels{QCoreApplication::translate("akkoord::gui::SituationEditor", "– not yet"),
                                 QCoreApplication::translate("akkoord::gui::SituationEditor", "1 – hardly in place"),
                                 QCoreApplication::translate("akkoord::gui::SituationEditor", "2 – poor"),
                                 QCoreApplication::translate("akkoord::gui::SituationEditor", "3 – moderate"),
                                 QCoreApplication::translate("akkoord::gui::SituationEditor", "4 – good"),
                                 QCoreApplication::translate("akkoord::gui::SituationEditor", "5 – excellently in place")};
        c.now->addItems(levels);
        c.desired->addItems(levels);
        label->setBuddy(c.now);
        grid->addWidget(label, row, 0);
        grid->addWidget(c.now, row, 1);
        grid->addWidget(c.desired, row, 2);
        ++row;
        out.append(c);
    }
    grid->setColumnStretch(0, 1);
    return out;
}

// Now versus desired per building block: in an open round the selected
// partner's scores are edited in place and the chart shows the partners'
// means; in a hidden round each partner fills in an empty form that is
// cleared after saving, and no scores are shown anywhere.
class SituationEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::SituationEditor)

public:
    SituationEditor(TrajectorySession *s, const Question &q, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
        , m_question(q)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_round = new RoundBar(s, q, lang, [this] { clearAll(); }, this);
        layout->addWidget(m_round);

        auto *pick = new QHBoxLayout;
        m_partnerLabel = new QLabel(tr("&Partner:"), this);
        m_partner = new QComboBox(this);
        m_partner->setObjectName(QStringLiteral("situationPartner"));
        m_partnerLabel->setBuddy(m_partner);
        m_enter = new QPushButton(tr("&Fill in for this partner"), this);
        m_enter->setObjectName(QStringLiteral("situationEnter"));
        pick->addWidget(m_partnerLabel);
        pick->addWidget(m_partner, 1);
        pick->addWidget(m_enter);
        layout->addLayout(pick);

        m_formBox = new QGroupBox(this);
        auto *grid = new QGridLayout(m_formBox);
        m_combos = blockForm(m_formBox, grid, s->catalog(), lang, QString());
        m_buttons = new QWidget(m_formBox);
        auto *bl = new QHBoxLayout(m_buttons);
        bl->setContentsMargins(0, 0, 0, 0);
        m_save = new QPushButton(tr("&Save and hide"), m_buttons);
        m_save->setObjectName(QStringLiteral("situationSave"));
        auto *cancel = new QPushButton(tr("Cancel"), m_buttons);
        bl->addStretch(1);
        bl->addWidget(cancel);
        bl->addWidget(m_save);
        grid->addWidget(m_buttons, int(m_combos.size()) + 1, 0, 1, 3);
        layout->addWidget(m_formBox);

        m_hiddenNote = new QLabel(this);
        m_hiddenNote->setObjectName(QStringLiteral("situationHiddenNote"));
        m_hiddenNote->setWordWrap(true);
        layout->addWidget(m_hiddenNote);

        auto *chartRow = new QHBoxLayout;
        m_chartPartner = new QComboBox(this);
        m_chartPartner->setObjectName(QStringLiteral("situationChartPartner"));
        auto *chartLabel = new QLabel(tr("&Chart:"), this);
        chartLabel->setBuddy(m_chartPartner);
        chartRow->addWidget(chartLabel);
        chartRow->addWidget(m_chartPartner, 1);
        m_chartControls = new QWidget(this);
        m_chartControls->setLayout(chartRow);
        chartRow->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_chartControls);
        m_chart = new GapChartWidget(this);
        m_chart->setObjectName(QStringLiteral("situationChart"));
        layout->addWidget(m_chart);

        for (const BlockCombos &c : m_combos)
            for (QComboBox *box : {c.now, c.desired})
                connect(box, &QComboBox::currentIndexChanged, this, [this, block = c.block] {
                    if (!hidden())
                        commit(block);
                });
        connect(m_partner, &QComboBox::currentIndexChanged, this, [this] {
            m_entering = false;
            refresh();
        });
        connect(m_chartPartner, &QComboBox::currentIndexChanged, this, [this] { refreshChart(); });
        connect(m_enter, &QPushButton::clicked, this, [this] {
            m_entering = true;
            clearForm();
            refresh();
            if (!m_combos.isEmpty())
                m_combos.first().now->setFocus();
        });
        connect(m_save, &QPushButton::clicked, this, [this] { saveHiddenEntry(); });
        connect(cancel, &QPushButton::clicked, this, [this] {
            m_entering = false;
            refresh();
        });
        refresh();
    }

    void refresh() override
    {
        const TrajectoryData &d = session()->data();
        if (d.partnerIds() != m_partnerIds)
            rebuildPartners();
        m_round->refresh();
        const bool isHidden = hidden();
        const PartnerId partner = currentPartner();
        const bool ro = session()->isReadOnly() || partner == 0;
        m_enter->setVisible(isHidden);
        m_enter->setEnabled(!ro && !m_entering);
        m_buttons->setVisible(isHidden);
        m_formBox->setVisible(!isHidden || m_entering);
        m_chartControls->setVisible(!isHidden);
        m_chart->setVisible(!isHidden);
        if (const Partner *p = d.partner(partner))
            m_formBox->setTitle(isHidden ? tr("Scores from %1 (for this partner only)").arg(p->organisation) : tr("Scores from %1").arg(p->organisation));
        if (isHidden) {
            const bool done = !partnersWithoutInput(m_question, d).contains(partner);
            m_hiddenNote->setText(m_entering ? QString()
                                  : done     ? tr("%1 has already scored; the scores stay hidden until they are revealed. Filling in again replaces them.").arg(d.partner(partner) ? d.partner(partner)->organisation : QString())
                                             : tr("Choose a partner and click Fill in. The partner fills in the scores themselves; after saving, the form is cleared again."));
            m_hiddenNote->setVisible(!m_hiddenNote->text().isEmpty());
        } else {
            m_entering = false;
            m_hiddenNote->hide();
            for (const BlockCombos &c : m_combos) {
                const SituationRating *r = d.situationOf(c.block, partner);
                const QSignalBlocker b1(c.now), b2(c.desired);
                c.now->setCurrentIndex(r ? r->now : 0);
                c.desired->setCurrentIndex(r ? r->desired : 0);
            }
        }
        for (const BlockCombos &c : m_combos) {
            c.now->setEnabled(!ro);
            c.desired->setEnabled(!ro);
        }
        refreshChart();
    }

private:
    bool hidden() const { return session()->data().isHidden(m_question.id); }
    PartnerId currentPartner() const { return m_partner->currentData().toLongLong(); }

    void rebuildPartners()
    {
        fillPartnerCombo(m_partner, session()->data());
        fillPartnerCombo(m_chartPartner, session()->data(), allPartners());
        m_partnerIds = session()->data().partnerIds();
    }

    void refreshChart()
    {
        if (hidden())
            return;
        const PartnerId p = m_chartPartner->currentData().toLongLong();
        m_chart->setData(gapChartData(session()->data(), session()->catalog(), language(), p ? std::optional<PartnerId>(p) : std::nullopt));
    }

    void commit(const QString &block)
    {
        const PartnerId partner = currentPartner();
        for (const BlockCombos &c : m_combos)
            if (c.block == block && partner)
                session()->setSituation(block, partner, c.now->currentIndex(), c.desired->currentIndex());
    }

    void clearForm()
    {
        for (const BlockCombos &c : m_combos) {
            const QSignalBlocker b1(c.now), b2(c.desired);
            c.now->setCurrentIndex(0);
            c.desired->setCurrentIndex(0);
        }
    }

    void saveHiddenEntry()
    {
        const PartnerId partner = currentPartner();
        if (!partner)
            return;
        for (const BlockCombos &c : m_combos)
            session()->setSituation(c.block, partner, c.now->currentIndex(), c.desired->currentIndex());
        clearForm();
        m_entering = false;
        // Hand over to the next partner who has not scored yet.
        const QList<PartnerId> missing = partnersWithoutInput(m_question, session()->data());
        if (!missing.isEmpty())
            m_partner->setCurrentIndex(std::max(0, m_partner->findData(qlonglong(missing.first()))));
        refresh();
    }

    void clearAll()
    {
        const QList<SituationRating> all = session()->data().situation;
        for (const SituationRating &r : all)
            session()->setSituation(r.buildingBlock, r.partnerId, 0, 0);
    }

    Question m_question;
    RoundBar *m_round;
    QLabel *m_partnerLabel;
    QComboBox *m_partner;
    QPushButton *m_enter;
    QGroupBox *m_formBox;
    QList<BlockCombos> m_combos;
    QWidget *m_buttons;
    QPushButton *m_save;
    QLabel *m_hiddenNote;
    QWidget *m_chartControls;
    QComboBox *m_chartPartner;
    GapChartWidget *m_chart;
    QList<PartnerId> m_partnerIds;
    bool m_entering = false;
};

// The gap analysis in analyseren: the chart per block (all partners or
// one), the discussion topics, and the group's conclusions as the joint
// answer.
class GapsEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::GapsEditor)

public:
    GapsEditor(TrajectorySession *s, const Question &q, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
        , m_question(q)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_empty = new QLabel(this);
        m_empty->setObjectName(QStringLiteral("gapsEmpty"));
        m_empty->setWordWrap(true);
        layout->addWidget(m_empty);
        auto *row = new QHBoxLayout;
        m_view = new QComboBox(this);
        m_view->setObjectName(QStringLiteral("gapsPartner"));
        auto *label = new QLabel(tr("&Chart:"), this);
        label->setBuddy(m_view);
        row->addWidget(label);
        row->addWidget(m_view, 1);
        layout->addLayout(row);
        m_chart = new GapChartWidget(this);
        m_chart->setObjectName(QStringLiteral("gapsChart"));
        layout->addWidget(m_chart);
        m_topics = new QLabel(this);
        m_topics->setObjectName(QStringLiteral("gapsTopics"));
        m_topics->setWordWrap(true);
        m_topics->setTextFormat(Qt::RichText);
        layout->addWidget(m_topics);
        m_text = createTextAnswerEditor(s, q, lang, this);
        layout->addWidget(m_text);
        connect(m_view, &QComboBox::currentIndexChanged, this, [this] { refreshChart(); });
        refresh();
    }

    void refresh() override
    {
        const TrajectoryData &d = session()->data();
        if (d.partnerIds() != m_partnerIds) {
            fillPartnerCombo(m_view, d, allPartners());
            m_partnerIds = d.partnerIds();
        }
        const Question *situation = session()->catalog().firstOfKind(AnswerKind::Situation);
        const bool hidden = situation && d.isHidden(situation->id);
        const GapAnalysis analysis = analyseGaps(session()->catalog(), d);
        const bool any = std::any_of(analysis.blocks.cbegin(), analysis.blocks.cend(), [](const BlockGap &b) { return !b.partners.isEmpty(); });
        const QString where = situation ? session()->catalog().phase(situation->phaseId)->title.in(language()) : QString();
        m_empty->setText(hidden ? tr("The ‘now and desired’ round in %1 is still hidden. Reveal the scores there to discuss them here.").arg(where)
                         : any  ? QString()
                                : tr("No scores for now and desired yet. Have the partners score each building block in %1; the analysis then appears here.").arg(where));
        m_empty->setVisible(!m_empty->text().isEmpty());
        m_chart->setVisible(any && !hidden);
        m_view->setVisible(any && !hidden);
        QStringList lines;
        if (any && !hidden) {
            for (const QString &id : analysis.largestGaps) {
                const BlockGap *b = analysis.block(id);
                lines << tr("<b>Largest gap</b> — %1: %2 points on average (now %3, desired %4)")
                             .arg(escaped(session()->catalog().buildingBlock(id)->title.in(language())), number(*b->meanGap), number(*b->meanNow),
                                  number(*b->meanDesired));
            }
            for (const QString &id : analysis.largestDisagreements) {
                const BlockGap *b = analysis.block(id);
                lines << tr("<b>Most disagreement</b> — %1: partners differ by %2 points on %3")
                             .arg(escaped(session()->catalog().buildingBlock(id)->title.in(language())))
                             .arg(b->disagreement())
                             .arg(b->nowSpread >= b->desiredSpread ? tr("the current situation") : tr("the desired situation"));
            }
            if (lines.isEmpty())
                lines << tr("No notable gap or disagreement: the partners see it roughly the same way.");
        }
        m_topics->setText(lines.isEmpty() ? QString() : tr("Topics for discussion:") + QStringLiteral("<ul><li>") + lines.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>"));
        m_topics->setVisible(!lines.isEmpty());
        refreshChart();
        m_text->refresh();
    }

private:
    QString number(double v) const { return doctext::decimal(v, language()); }

    void refreshChart()
    {
        const PartnerId p = m_view->currentData().toLongLong();
        m_chart->setData(gapChartData(session()->data(), session()->catalog(), language(), p ? std::optional<PartnerId>(p) : std::nullopt));
    }

    Question m_question;
    QLabel *m_empty;
    QComboBox *m_view;
    GapChartWidget *m_chart;
    QLabel *m_topics;
    SessionWidget *m_text;
    QList<PartnerId> m_partnerIds;
};

} // namespace

SessionWidget *createSituationEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent)
{
    return new SituationEditor(session, question, language, parent);
}

SessionWidget *createGapsEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent)
{
    return new GapsEditor(session, question, language, parent);
}

} // namespace akkoord::gui
