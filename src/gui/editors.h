#pragma once

#include "domain/catalog.h"

#include <QWidget>

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

// A widget that shows part of the open trajectory and refreshes itself from
// the session when the data changes (after an edit, undo or redo).
class SessionWidget : public QWidget
{
    Q_OBJECT
public:
    SessionWidget(TrajectorySession *session, QString language, QWidget *parent = nullptr);
    virtual void refresh() = 0;

protected:
    TrajectorySession *session() const { return m_session; }
    const QString &language() const { return m_language; }

private:
    TrajectorySession *m_session;
    QString m_language;
};

// The answer editor for a question, chosen by its kind.
SessionWidget *createAnswerEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent);

SessionWidget *createTextAnswerEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent);
SessionWidget *createChecklistEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent);
SessionWidget *createRatingEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent);
SessionWidget *createAmbitionsEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent);
SessionWidget *createAgreementsEditor(TrajectorySession *session, const QString &language, QWidget *parent);
SessionWidget *createAccountabilityEditor(TrajectorySession *session, const QString &language, QWidget *parent);
// Workshop mode: now versus desired per building block (with hidden rounds),
// the gap analysis, and the dilemma register.
SessionWidget *createSituationEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent);
SessionWidget *createGapsEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent);
SessionWidget *createDilemmaEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent);
// The dilemmas still open, shown where agreements are made (ontwikkelen).
SessionWidget *createOpenDilemmasPanel(TrajectorySession *session, const QString &language, QWidget *parent);
SessionWidget *createPerspectivesEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent);

// Text for people: escaped so user text never becomes markup.
QString escaped(const QString &text);

} // namespace akkoord::gui
