#pragma once

#include "domain/catalog.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

// The state of a rating round above a rating editor: open (scores visible
// as they are entered) or hidden (each partner scores without seeing the
// others; the room sees only who has scored), with the button that starts
// a hidden round or reveals it, and who has not yet scored.
class RoundBar final : public QWidget
{
    Q_OBJECT
public:
    // `clearScores` removes the question's scores when a new hidden round
    // starts over earlier ones (after the user agrees).
    RoundBar(TrajectorySession *session, const Question &question, QString language, std::function<void()> clearScores, QWidget *parent = nullptr);
    void refresh();

private:
    void toggle();

    TrajectorySession *m_session;
    Question m_question;
    QString m_language;
    std::function<void()> m_clearScores;
    QLabel *m_state;
    QLabel *m_missing;
    QPushButton *m_button;
};

// Score choices 1–5 with "not yet" first, as shown in every rating combo.
QStringList scoreChoices();

} // namespace akkoord::gui
