#pragma once

#include "domain/catalog.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QScrollArea;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class SessionWidget;

// One phase of the dialogue: its introduction for the facilitator, its
// questions, and the current question with its editors.
class PhasePage final : public QWidget
{
    Q_OBJECT
public:
    PhasePage(TrajectorySession *session, const Phase &phase, QString language, QWidget *parent = nullptr);

    const Phase &phase() const { return m_phase; }
    int currentQuestion() const;
    void setCurrentQuestion(int index);
    // Moves to the next/previous question; false at either end.
    bool step(int delta);
    void refresh();
    QString currentQuestionId() const;

signals:
    void currentQuestionChanged(const QString &questionId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showQuestion(int index);
    void insertExample(const QString &questionId, const QString &example);

    TrajectorySession *m_session;
    bool m_stale = false;
    Phase m_phase;
    QString m_language;
    QListWidget *m_questions;
    QScrollArea *m_scroll;
    QList<SessionWidget *> m_editors;
    QLabel *m_status = nullptr;
};

} // namespace akkoord::gui
