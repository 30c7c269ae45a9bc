#include "gui/phasepage.h"

#include "domain/progress.h"
#include "gui/editors.h"
#include "gui/historydialog.h"
#include "session/session.h"
#include "gui/zoom.h"

#include <QComboBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    zoom::setRelativeFont(l, scale, bold);
    return l;
}

bool insertable(AnswerKind kind)
{
    return kind == AnswerKind::Text || kind == AnswerKind::List || kind == AnswerKind::DomainChecklist || kind == AnswerKind::PartnerChecklist || kind == AnswerKind::Gaps;
}

} // namespace

PhasePage::PhasePage(TrajectorySession *session, const Phase &phase, QString language, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_phase(phase)
    , m_language(std::move(language))
{
    setObjectName(QStringLiteral("phase_%1").arg(phase.id));
    auto *layout = new QVBoxLayout(this);
    auto *title = wrapped(phase.title.in(m_language), this, 1.6, true);
    layout->addWidget(title);
    auto *summary = wrapped(phase.summary.in(m_language), this);
    layout->addWidget(summary);
    auto *introToggle = new QToolButton(this);
    introToggle->setText(tr("Notes for the facilitator (about %1 minutes)").arg(phase.timeboxMinutes));
    introToggle->setCheckable(true);
    introToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    introToggle->setArrowType(Qt::RightArrow);
    introToggle->setAutoRaise(true);
    auto *intro = wrapped(phase.intro.in(m_language), this);
    intro->setObjectName(QStringLiteral("phaseIntro"));
    intro->setVisible(false);
    intro->setContentsMargins(16, 0, 0, 8);
    connect(introToggle, &QToolButton::toggled, this, [intro, introToggle](bool on) {
        intro->setVisible(on);
        introToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addWidget(introToggle, 0, Qt::AlignLeft);
    layout->addWidget(intro);

    auto *split = new QSplitter(this);
    m_questions = new QListWidget(split);
    m_questions->setObjectName(QStringLiteral("questionList"));
    m_questions->setWordWrap(true);
    m_questions->setMinimumWidth(200);
    m_questions->setMaximumWidth(380);
    m_questions->setTextElideMode(Qt::ElideNone);
    m_scroll = new QScrollArea(split);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Content always fits the width; only vertical scrolling.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({250, 1000});
    layout->addWidget(split, 1);

    for (const Question &q : m_phase.questions)
        new QListWidgetItem(q.text.in(m_language), m_questions);
    connect(m_questions, &QListWidget::currentRowChanged, this, &PhasePage::showQuestion);
    connect(session, &TrajectorySession::changed, this, [this](const Changes &changes) {
        // A phase page shows every kind of record but the self-assessment's.
        if (!changes.touches({RecordKind::Info, RecordKind::Partner, RecordKind::Answer, RecordKind::Perspective, RecordKind::Rating, RecordKind::Ambition,
                              RecordKind::Agreement, RecordKind::Accountability, RecordKind::Evaluation, RecordKind::WorkshopSession, RecordKind::Situation,
                              RecordKind::Dilemma, RecordKind::HiddenRound}))
            return;
        // Pages out of sight catch up when shown again.
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    m_questions->setCurrentRow(0);
    refresh();
}

int PhasePage::currentQuestion() const { return m_questions->currentRow(); }

QString PhasePage::currentQuestionId() const
{
    const int i = currentQuestion();
    return i >= 0 && i < m_phase.questions.size() ? m_phase.questions[i].id : QString();
}

void PhasePage::setCurrentQuestion(int index)
{
    if (index >= 0 && index < m_questions->count())
        m_questions->setCurrentRow(index);
}

bool PhasePage::step(int delta)
{
    const int next = currentQuestion() + delta;
    if (next < 0 || next >= m_questions->count())
        return false;
    setCurrentQuestion(next);
    return true;
}

void PhasePage::refresh()
{
    const TrajectoryData &d = m_session->data();
    for (int i = 0; i < m_phase.questions.size(); ++i) {
        const Question &q = m_phase.questions[i];
        const bool done = isAnswered(q, d);
        const Answer *a = d.answer(q.id);
        QString mark = done ? QStringLiteral("✓ ") : QStringLiteral("○ ");
        if (a && a->status == AnswerStatus::Agreed)
            mark = QStringLiteral("✔ ");
        m_questions->item(i)->setText(mark + q.text.in(m_language));
        m_questions->item(i)->setToolTip(a ? answerStatusLabel(a->status) : answerStatusLabel(AnswerStatus::Open));
    }
    for (SessionWidget *w : m_editors)
        w->refresh();
    if (m_status && currentQuestion() >= 0) {
        const Answer *a = d.answer(m_phase.questions[currentQuestion()].id);
        auto *combo = m_status->buddy() ? qobject_cast<QComboBox *>(m_status->buddy()) : nullptr;
        if (combo) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(combo->findData(int(a ? a->status : AnswerStatus::Open)));
        }
    }
}

void PhasePage::insertExample(const QString &questionId, const QString &example)
{
    const Answer *a = m_session->data().answer(questionId);
    const QString current = a ? a->text.trimmed() : QString();
    m_session->setAnswerText(questionId, current.isEmpty() ? example : current + QStringLiteral("\n\n") + example);
    if (auto *edit = findChild<QWidget *>(QStringLiteral("answerEdit")))
        edit->setFocus();
}

void PhasePage::showQuestion(int index)
{
    m_editors.clear();
    m_status = nullptr;
    if (index < 0 || index >= m_phase.questions.size())
        return;
    const Question q = m_phase.questions[index];
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("questionView"));
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(12, 4, 12, 12);
    v->setSpacing(10);
    auto *number = new QLabel(tr("Question %1 of %2").arg(index + 1).arg(m_phase.questions.size()), page);
    number->setStyleSheet(QStringLiteral("color: #6b7682;"));
    v->addWidget(number);
    auto *text = wrapped(q.text.in(m_language), page, 1.35, true);
    text->setObjectName(QStringLiteral("questionText"));
    v->addWidget(text);
    auto *help = wrapped(q.help.in(m_language), page);
    help->setObjectName(QStringLiteral("questionHelp"));
    help->setStyleSheet(QStringLiteral("color: #4a5560;"));
    v->addWidget(help);

    const bool joint = q.kind == AnswerKind::Text || q.kind == AnswerKind::List || q.kind == AnswerKind::PartnerChecklist || q.kind == AnswerKind::DomainChecklist ||
                       q.kind == AnswerKind::Gaps;
    if (joint) {
        auto *row = new QHBoxLayout;
        m_status = new QLabel(tr("S&tatus:"), page);
        auto *status = new QComboBox(page);
        status->setObjectName(QStringLiteral("answerStatus"));
        for (AnswerStatus s : {AnswerStatus::Open, AnswerStatus::Discussed, AnswerStatus::Agreed})
            status->addItem(answerStatusLabel(s), int(s));
        status->setEnabled(!m_session->isReadOnly());
        m_status->setBuddy(status);
        connect(status, &QComboBox::currentIndexChanged, this, [this, status, id = q.id] {
            m_session->setAnswerStatus(id, AnswerStatus(status->currentData().toInt()));
        });
        auto *history = new QPushButton(tr("History…"), page);
        history->setObjectName(QStringLiteral("answerHistory"));
        connect(history, &QPushButton::clicked, this, [this, id = q.id] { HistoryDialog::showForAnswer(m_session, id, this); });
        row->addWidget(m_status);
        row->addWidget(status);
        row->addStretch(1);
        row->addWidget(history);
        v->addLayout(row);
    }

    SessionWidget *editor = createAnswerEditor(m_session, q, m_language, page);
    m_editors.append(editor);
    v->addWidget(editor);

    if (!q.examples.isEmpty()) {
        auto *box = new QGroupBox(tr("Examples from practice"), page);
        auto *bv = new QVBoxLayout(box);
        int n = 0;
        for (const LocalizedText &example : q.examples) {
            auto *row = new QHBoxLayout;
            auto *label = wrapped(example.in(m_language), box);
            label->setStyleSheet(QStringLiteral("font-style: italic;"));
            row->addWidget(label, 1);
            if (insertable(q.kind) && !m_session->isReadOnly()) {
                auto *insert = new QPushButton(tr("Insert"), box);
                insert->setObjectName(QStringLiteral("insertExample_%1").arg(n));
                insert->setToolTip(tr("Put this example in the answer, to adapt it afterwards"));
                const QString value = example.in(m_language);
                connect(insert, &QPushButton::clicked, this, [this, id = q.id, value] { insertExample(id, value); });
                row->addWidget(insert, 0, Qt::AlignTop);
            }
            bv->addLayout(row);
            ++n;
        }
        v->addWidget(box);
    }

    if (q.perspectives) {
        auto *box = new QGroupBox(tr("Input per partner"), page);
        auto *bv = new QVBoxLayout(box);
        SessionWidget *perspectives = createPerspectivesEditor(m_session, q, m_language, box);
        bv->addWidget(perspectives);
        m_editors.append(perspectives);
        v->addWidget(box);
    }
    v->addStretch(1);
    m_scroll->setWidget(page);
    refresh();
    emit currentQuestionChanged(q.id);
}

void PhasePage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    QWidget::showEvent(event);
}

} // namespace akkoord::gui
