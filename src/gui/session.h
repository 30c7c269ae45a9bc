#pragma once

#include "domain/catalog.h"
#include "domain/trajectory.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QUndoStack;

namespace akkoord {
class TrajectoryFile;
}

namespace akkoord::gui {

// One open trajectory: the file, its data in memory, and its own undo stack.
// Widgets call the verbs below and never touch storage; each verb is an
// undoable command that updates memory at once and saves through storage.
// A save that fails (disk full, file removed, no permission) keeps the change
// in memory, reports it, and is retried until it succeeds: nothing typed is
// lost.
class TrajectorySession final : public QObject
{
    Q_OBJECT
public:
    TrajectorySession(std::unique_ptr<TrajectoryFile> file, const Catalog &catalog, QObject *parent = nullptr);
    ~TrajectorySession() override;
    Q_DISABLE_COPY_MOVE(TrajectorySession)

    const TrajectoryData &data() const { return m_data; }
    const Catalog &catalog() const { return m_catalog; }
    TrajectoryFile &file() { return *m_file; }
    QString path() const;
    bool isReadOnly() const;
    QUndoStack *undoStack() const { return m_undo; }
    bool hasUnsavedChanges() const { return !m_pending.empty(); }
    QDateTime lastSaved() const { return m_lastSaved; }

    // Verbs (each one undoable).
    void setInfo(const TrajectoryInfo &info, const QString &description);
    void setAnswerText(const QString &questionId, const QString &text);
    void setAnswerStatus(const QString &questionId, AnswerStatus status);
    void setAnswerChoices(const QString &questionId, const QStringList &choices);
    void setPerspective(const QString &questionId, PartnerId partner, const QString &text);
    void setRating(const QString &questionId, PartnerId partner, int score, const QString &reason);
    void clearRating(const QString &questionId, PartnerId partner);
    PartnerId addPartner(const Partner &partner);
    void updatePartner(const Partner &partner);
    void removePartner(PartnerId id);
    void movePartner(PartnerId id, int delta);
    RecordId addAmbition(const Ambition &ambition);
    void updateAmbition(const Ambition &ambition);
    void removeAmbition(RecordId id);
    RecordId addAgreement(const Agreement &agreement);
    void updateAgreement(const Agreement &agreement);
    void removeAgreement(RecordId id);
    RecordId addAccountability(const AccountabilityItem &item);
    void updateAccountability(const AccountabilityItem &item);
    void removeAccountability(RecordId id);
    RecordId addEvaluation(const Evaluation &evaluation);
    void updateEvaluation(const Evaluation &evaluation);
    void removeEvaluation(RecordId id);

    // Self-assessment.
    RecordId addRound(const AssessmentRound &round);
    void updateRound(const AssessmentRound &round);
    void removeRound(RecordId id);
    RecordId addRespondent(const Respondent &respondent);
    void updateRespondent(const Respondent &respondent);
    void removeRespondent(RecordId id);
    // std::nullopt clears the answer; kDontKnow records "weet niet".
    void setScore(RecordId respondent, const QString &statementId, std::optional<int> score);
    void setComment(RecordId respondent, const QString &buildingBlock, const QString &text);

    // Workshop mode. Now versus desired per building block and partner (0:
    // not given; both 0 clears the entry).
    void setSituation(const QString &buildingBlock, PartnerId partner, int now, int desired);
    RecordId addDilemma(const DilemmaEntry &dilemma);
    void updateDilemma(const DilemmaEntry &dilemma);
    void removeDilemma(RecordId id);
    // A hidden round takes ratings without showing them to the room; ending
    // it reveals them all at once.
    void setRoundHidden(const QString &questionId, bool hidden);

    // Restores an earlier version of an answer or agreement from the history
    // (itself an undoable edit).
    void restoreAnswer(const Answer &earlier);
    void restoreAgreement(const Agreement &earlier);

    // What removing a partner would affect, in words, for the confirmation.
    QStringList partnerUsage(PartnerId id) const;

    // Tries pending saves now (also done by a timer after a failure).
    void retryPendingSaves();

    // Internal: used by the undo commands.
    void apply(const std::function<void(TrajectoryData &)> &inMemory, std::function<void(TrajectoryFile &)> save, const QString &what);

signals:
    void dataChanged();
    void saved(const QDateTime &when);
    void saveFailed(const QString &message);
    void saveRecovered();

private:
    void pushEdit(const QString &text, std::function<void(TrajectoryData &)> redo, std::function<void(TrajectoryData &)> undo,
                  std::function<void(TrajectoryFile &, const TrajectoryData &)> save, int mergeId = -1, const QString &mergeKey = {});
    void flush();

    Catalog m_catalog;
    std::unique_ptr<TrajectoryFile> m_file;
    TrajectoryData m_data;
    QUndoStack *m_undo = nullptr;
    std::deque<std::function<void(TrajectoryFile &)>> m_pending;
    QTimer m_retry;
    QDateTime m_lastSaved;
    bool m_failing = false;
};

} // namespace akkoord::gui
