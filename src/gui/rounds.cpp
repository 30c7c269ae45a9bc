#include "gui/rounds.h"

#include "domain/progress.h"
#include "gui/dialogs.h"
#include "session/session.h"
#include "session/undostack.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace akkoord::gui {

QStringList scoreChoices()
{
    return {QCoreApplication::translate("akkoord::gui::RoundBar", "– not yet"), QCoreApplication::translate("akkoord::gui::RoundBar", "1 – hardly"),
            QCoreApplication::translate("akkoord::gui::RoundBar", "2 – limited"), QCoreApplication::translate("akkoord::gui::RoundBar", "3 – moderate"),
            QCoreApplication::translate("akkoord::gui::RoundBar", "4 – high"), QCoreApplication::translate("akkoord::gui::RoundBar", "5 – very high")};
}

RoundBar::RoundBar(TrajectorySession *session, const Question &question, QString language, std::function<void()> clearScores, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_question(question)
    , m_language(std::move(language))
    , m_clearScores(std::move(clearScores))
{
    setObjectName(QStringLiteral("roundBar"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("roundState"));
    m_state->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("roundButton"));
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("roundMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state, 0, 0);
    layout->addWidget(m_button, 0, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_missing, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    connect(m_button, &QPushButton::clicked, this, &RoundBar::toggle);
    setAutoFillBackground(true);
    refresh();
}

void RoundBar::refresh()
{
    const TrajectoryData &d = m_session->data();
    const bool hidden = d.isHidden(m_question.id);
    const QList<PartnerId> missing = partnersWithoutInput(m_question, d);
    const qsizetype given = d.partners.size() - missing.size();
    if (hidden) {
        m_state->setText(tr("<b>Hidden round</b> — %1 of %2 partners have scored. No one sees the scores until you reveal them.").arg(given).arg(d.partners.size()));
        m_button->setText(tr("&Reveal scores"));
        setStyleSheet(QStringLiteral("#roundBar { background: #fbeed0; border-radius: 4px; }"));
    } else {
        m_state->setText(tr("Scores are visible while they are being filled in. Start a hidden round to keep partners from anchoring on the first score."));
        m_button->setText(tr("Start &hidden round"));
        setStyleSheet(QStringLiteral("#roundBar { background: #eef3f7; border-radius: 4px; }"));
    }
    QStringList names;
    for (PartnerId id : missing)
        if (const Partner *p = d.partner(id))
            names << p->organisation;
    m_missing->setText(names.isEmpty() ? tr("All partners have scored.") : tr("Not yet scored: %1").arg(names.join(QStringLiteral(", "))));
    m_missing->setStyleSheet(names.isEmpty() ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #8a5a00;"));
    m_button->setEnabled(!m_session->isReadOnly());
}

void RoundBar::toggle()
{
    const TrajectoryData &d = m_session->data();
    if (d.isHidden(m_question.id)) {
        m_session->setRoundHidden(m_question.id, false);
        return;
    }
    const bool anyScores = partnersWithoutInput(m_question, d).size() < d.partners.size();
    if (anyScores && !Dialogs::confirm(this, tr("Start hidden round"),
                                       tr("Some scores have already been filled in. A new hidden round starts empty: the current scores are cleared (you can bring them back with Undo). Continue?")))
        return;
    // Clearing the earlier scores and starting the round are one undo step.
    m_session->undoStack()->beginMacro(tr("Start hidden round"));
    if (anyScores)
        m_clearScores();
    m_session->setRoundHidden(m_question.id, true);
    m_session->undoStack()->endMacro();
}

} // namespace akkoord::gui
