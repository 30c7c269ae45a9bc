#include "gui/assessmentresults.h"

#include "domain/assessment.h"
#include "domain/document.h"
#include "gui/chartwidget.h"
#include "session/session.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

QString number(double v) { return QLocale().toString(v, 'f', 1); }

// A group's figure, or why it is not shown.
QString cell(const ScoreStats &s, int groupSize)
{
    if (groupSize < kMinGroupSize)
        return AssessmentResultsView::tr("too few respondents");
    if (!s.mean)
        return AssessmentResultsView::tr("no data");
    return AssessmentResultsView::tr("%1 (± %2)").arg(number(*s.mean), number(s.spread));
}

QString statementText(const Catalog &c, const QString &id, const QString &language)
{
    for (const BuildingBlock &b : c.buildingBlocks)
        for (const Statement &s : b.statements)
            if (s.id == id)
                return s.text.in(language);
    return id;
}

QString blockTitle(const Catalog &c, const QString &id, const QString &language)
{
    const BuildingBlock *b = c.buildingBlock(id);
    return b ? b->title.in(language) : id;
}

} // namespace

AssessmentResultsView::AssessmentResultsView(TrajectorySession *session, QString language, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_language(std::move(language))
{
    auto *v = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("assessmentNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #6b4500; padding: 8px; border-radius: 4px; font-weight: bold; }"));
    v->addWidget(m_notice);
    auto *row = new QHBoxLayout;
    m_blocks = new QTableWidget(0, 4, this);
    m_blocks->setObjectName(QStringLiteral("assessmentBlocks"));
    m_blocks->setHorizontalHeaderLabels({tr("Building block"), tr("Everyone"), tr("Core partners"), tr("Outer partners")});
    m_blocks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_blocks->verticalHeader()->hide();
    m_blocks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_blocks->setMinimumHeight(230);
    row->addWidget(m_blocks, 1);
    m_radar = new RadarChartWidget(this);
    m_radar->setObjectName(QStringLiteral("assessmentRadar"));
    row->addWidget(m_radar, 1);
    v->addLayout(row);
    auto *topics = new QHBoxLayout;
    auto *gapBox = new QGroupBox(tr("Largest differences between core and outer partners"), this);
    auto *gv = new QVBoxLayout(gapBox);
    m_gaps = new QListWidget(gapBox);
    m_gaps->setObjectName(QStringLiteral("assessmentGaps"));
    m_gaps->setWordWrap(true);
    gv->addWidget(m_gaps);
    auto *disBox = new QGroupBox(tr("Most disagreement between respondents"), this);
    auto *dv = new QVBoxLayout(disBox);
    m_disagreements = new QListWidget(disBox);
    m_disagreements->setWordWrap(true);
    dv->addWidget(m_disagreements);
    topics->addWidget(gapBox);
    topics->addWidget(disBox);
    v->addLayout(topics);
    auto *compareRow = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("&Compare with round:"), this);
    m_compareWith = new QComboBox(this);
    m_compareWith->setObjectName(QStringLiteral("compareRound"));
    compareLabel->setBuddy(m_compareWith);
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compareWith, 1);
    v->addLayout(compareRow);
    m_changes = new QTableWidget(0, 4, this);
    m_changes->setObjectName(QStringLiteral("assessmentChanges"));
    m_changes->setHorizontalHeaderLabels({tr("Building block"), tr("Before"), tr("Now"), tr("Change")});
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setMinimumHeight(200);
    v->addWidget(m_changes);
    connect(m_compareWith, &QComboBox::currentIndexChanged, this, &AssessmentResultsView::refresh);
}

void AssessmentResultsView::setRound(RecordId round)
{
    m_round = round;
    refresh();
}

QString AssessmentResultsView::noticeText() const { return m_notice->isVisibleTo(this) ? m_notice->text() : QString(); }

void AssessmentResultsView::refresh()
{
    const TrajectoryData &d = m_session->data();
    const Catalog &c = m_session->catalog();
    const RoundResults r = scoreRound(c, d, m_round);
    if (!m_round) {
        m_summary->setText(tr("No round yet. Choose New round to start a self-assessment, or print a blank questionnaire from Documents."));
        m_notice->hide();
        m_blocks->setRowCount(0);
        m_radar->setData({});
        m_gaps->clear();
        m_disagreements->clear();
        m_changes->hide();
        return;
    }
    m_summary->setText(tr("%1 respondents: %2 from core partners, %3 from outer partners.").arg(r.respondents).arg(r.coreRespondents).arg(r.outerRespondents));
    QStringList notices;
    if (r.oneSided())
        notices << (r.coreRespondents == 0 ? tr("Only outer partners have answered: this picture is one-sided.")
                                           : tr("Only core partners have answered: this picture is one-sided. Ask the outer partners for their view as well."));
    if (r.respondents > 0 && !r.coreShown() && r.coreRespondents > 0)
        notices << tr("Fewer than %1 core partners: their results are not shown separately, so that no one can be identified.").arg(kMinGroupSize);
    if (r.respondents > 0 && !r.outerShown() && r.outerRespondents > 0)
        notices << tr("Fewer than %1 outer partners: their results are not shown separately, so that no one can be identified.").arg(kMinGroupSize);
    QStringList without;
    for (PartnerId id : r.partnersWithoutRespondent)
        if (const Partner *p = d.partner(id))
            without << p->organisation;
    if (!without.isEmpty())
        notices << tr("No respondent yet from: %1.").arg(without.join(QStringLiteral(", ")));
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());

    m_blocks->setRowCount(int(r.blocks.size()));
    for (int i = 0; i < r.blocks.size(); ++i) {
        const BlockScore &b = r.blocks[i];
        const QStringList cells{blockTitle(c, b.buildingBlock, m_language), cell(b.stats.all, r.respondents), cell(b.stats.core, r.coreRespondents),
                                cell(b.stats.outer, r.outerRespondents)};
        for (int col = 0; col < 4; ++col)
            m_blocks->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
    m_blocks->resizeColumnsToContents();
    m_blocks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_radar->setData(assessmentRadar(d, c, m_language, m_round));

    m_gaps->clear();
    for (const StatementScore &s : r.largestGaps)
        m_gaps->addItem(tr("%1 — core %2, outer %3").arg(statementText(c, s.statementId, m_language), number(*s.stats.core.mean), number(*s.stats.outer.mean)));
    if (r.largestGaps.isEmpty())
        m_gaps->addItem(tr("Too few respondents in one of the two groups to compare."));
    m_disagreements->clear();
    for (const StatementScore &s : r.largestDisagreements)
        m_disagreements->addItem(tr("%1 — spread %2").arg(statementText(c, s.statementId, m_language), number(s.stats.all.spread)));

    // Comparison with another round.
    const RecordId previous = m_compareWith->currentData().toLongLong();
    {
        const QSignalBlocker block(m_compareWith);
        m_compareWith->clear();
        m_compareWith->addItem(tr("(none)"), QVariant::fromValue<qlonglong>(0));
        for (const AssessmentRound &round : d.rounds)
            if (round.id != m_round)
                m_compareWith->addItem(QStringLiteral("%1 (%2)").arg(round.name, QLocale().toString(round.date, QLocale::ShortFormat)), QVariant::fromValue<qlonglong>(round.id));
        m_compareWith->setCurrentIndex(std::max(0, m_compareWith->findData(QVariant::fromValue<qlonglong>(previous))));
    }
    const RecordId other = m_compareWith->currentData().toLongLong();
    m_changes->setVisible(other != 0);
    if (other) {
        const QList<BlockChange> changes = compareRounds(scoreRound(c, d, other), r);
        m_changes->setRowCount(int(changes.size()));
        for (int i = 0; i < changes.size(); ++i) {
            const BlockChange &ch = changes[i];
            const auto show = [](const std::optional<double> &x) { return x ? number(*x) : tr("no data"); };
            const QString delta = ch.change() ? (*ch.change() >= 0 ? QStringLiteral("+") : QString()) + number(*ch.change()) : tr("–");
            const QStringList cells{blockTitle(c, ch.buildingBlock, m_language), show(ch.before), show(ch.after), delta};
            for (int col = 0; col < 4; ++col)
                m_changes->setItem(i, col, new QTableWidgetItem(cells[col]));
        }
        // Both rounds on one radar: the earlier one dashed.
        RadarChartData radar = assessmentRadar(d, c, m_language, m_round);
        const RadarChartData before = assessmentRadar(d, c, m_language, other);
        for (RadarSeries s : before.series) {
            s.dashed = true;
            s.label = tr("%1 (before)").arg(s.label);
            radar.series.append(s);
        }
        m_radar->setData(radar);
    }
}

} // namespace akkoord::gui
