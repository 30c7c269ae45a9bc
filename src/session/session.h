#pragma once

// The application core: one open trajectory with its own undo history and
// save queue, and the verbs every front end calls (the GUI, the command line,
// phone participation). QtCore only.

#include "domain/catalog.h"
#include "domain/trajectory.h"
#include "session/change.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace akkoord {

class TrajectoryFile;
class UndoStack;
struct Removal;

// Front ends call the verbs below and never touch storage; each verb is an
// undoable step that updates memory at once, saves through storage and
// announces what changed, record by record. A save that fails (disk full,
// file removed, no permission) keeps the change in memory, reports it, and
// is retried until it succeeds: nothing typed is lost. Adding and removing
// records is saved first and refused while earlier saves are failing, so it
// never runs ahead of them. A removal takes with it what the cascade rules
// (domain/cascade.h) say, and its undo brings all of it back.
class TrajectorySession final : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    TrajectorySession(std::unique_ptr<TrajectoryFile> file, const Catalog &catalog, QObject *parent = nullptr);
    ~TrajectorySession() override;
    Q_DISABLE_COPY_MOVE(TrajectorySession)

    const TrajectoryData &data() const { return m_data; }
    const Catalog &catalog() const { return m_catalog; }
    TrajectoryFile &file() { return *m_file; }
    QString path() const;
    bool isReadOnly() const;
    UndoStack *undoStack() const { return m_undo; }
    bool hasUnsavedChanges() const { return !m_pending.empty(); }
    QDateTime lastSaved() const { return m_lastSaved; }
    // The time for the undo history's merge window and for "saved at"; a
    // test sets its own. An empty clock is the real time.
    void setClock(Clock clock);

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

    // The covenant's wording (see CovenantText): an edited or switched-off
    // standard article ("article.<id>"), or an accepted clause from the
    // dialogue ("clause.<id>"). Empty text and enabled: the standard again.
    void setCovenantText(const QString &key, const QString &text, bool enabled = true);
    // Replaces the wording of every standard article with TEXTS ("article.*"
    // entries of a house template; an article not in it goes back to the
    // standard), as one undoable step. The dialogue clauses stay.
    void applyCovenantTemplate(const QList<CovenantText> &texts);

    // Restores an earlier version of an answer or agreement from the history
    // (itself an undoable edit).
    void restoreAnswer(const Answer &earlier);
    void restoreAgreement(const Agreement &earlier);

    // What removing a partner would affect, in words, for the confirmation.
    QStringList partnerUsage(PartnerId id) const;

    // Tries pending saves now (also done by a timer after a failure).
    void retryPendingSaves();

signals:
    // After every verb, undo and redo that changed something.
    void changed(const akkoord::Changes &changes);
    void saved(const QDateTime &when);
    void saveFailed(const QString &message);
    void saveRecovered();

private:
    using Mutation = std::function<void(TrajectoryData &)>;
    // Saves the affected record as the data now holds it, so a retried or
    // merged save writes the newest state.
    using Save = std::function<void(TrajectoryFile &, const TrajectoryData &)>;
    struct Records; // sessionrecords.cpp: the verbs' shared shape

    // Changes memory and announces what changed.
    void mutate(const Mutation &inMemory);
    // Changes memory, queues the save, saves, announces.
    void apply(const Mutation &inMemory, std::function<void(TrajectoryFile &)> save);
    void pushEdit(const QString &text, Mutation redo, Mutation undo, Save save, const QString &mergeKey = {});
    // A step that adds (REDO_ADDS) or removes the records REMOVAL names; its
    // first direction is already done and saved.
    void pushStructural(const QString &text, const Removal &removal, std::function<void(TrajectoryFile &)> removeInFile, bool redoAdds);
    void removeRecord(const QString &text, const Removal &removal, std::function<void(TrajectoryFile &)> removeInFile);
    // Throws the save failure while earlier saves are still failing.
    void requireSaved();
    void flush();

    Catalog m_catalog;
    std::unique_ptr<TrajectoryFile> m_file;
    TrajectoryData m_data;
    UndoStack *m_undo = nullptr;
    Clock m_clock;
    std::deque<std::function<void(TrajectoryFile &)>> m_pending;
    QTimer m_retry;
    QDateTime m_lastSaved;
    QString m_failure;
    bool m_failing = false;
};

} // namespace akkoord
