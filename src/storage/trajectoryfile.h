#pragma once

#include "domain/trajectory.h"
#include "storage/exchange.h"

#include <QString>

#include <functional>
#include <memory>

namespace SQLite {
class Database;
}
class QTemporaryDir;

namespace akkoord {

namespace detail {
class FileLock;
}

// Akkoord's own number in the SQLite header ("AKKD"), so a file can be told
// apart from any other SQLite database.
inline constexpr int kApplicationId = 0x414B4B44;
// The schema this build writes; older files are migrated forward on open.
inline constexpr int kSchemaVersion = 4;

// One open .akkoord file. Every edit is its own durable transaction: when a
// method returns, the change survives a crash of the program and a power cut
// (WAL with synchronous=FULL while open). On close the file is checkpointed
// back into a single self-contained file. Errors a user can cause are thrown
// as UserError with one clear sentence.
class TrajectoryFile final
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new file (refuses to overwrite one), readable by the owner only.
    static std::unique_ptr<TrajectoryFile> create(const QString &path, const TrajectoryInfo &info);
    // Creates a new file holding everything in `exchange`; on any failure no
    // file is left behind.
    static std::unique_ptr<TrajectoryFile> createFrom(const QString &path, const ExchangeData &exchange);
    // Opens an existing file. ReadWrite falls back to read-only when the file
    // or its folder cannot be written; readOnlyReason() then says why.
    static std::unique_ptr<TrajectoryFile> open(const QString &path, Access access = Access::ReadWrite);

    ~TrajectoryFile();
    Q_DISABLE_COPY_MOVE(TrajectoryFile)

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;
    // e.g. "journal_mode=wal synchronous=2" (2 = FULL), for tests and diagnostics.
    QString durabilitySettings() const;
    // Where the copy made before a migration went (empty: no migration).
    QString migrationBackup() const { return m_migrationBackup; }
    // What opening did that the user should hear of, one sentence each
    // (a stray journal set aside).
    QStringList openNotes() const { return m_openNotes; }

    void setAuthor(const QString &author) { m_author = author; }
    // Called before every write; a test uses it to make writes fail the way
    // a full disk does, and to let them succeed again.
    void setWriteGate(std::function<void()> gate) { m_writeGate = std::move(gate); }

    TrajectoryData load() const;
    ExchangeData exportAll() const;
    QList<HistoryEntry> history(const QString &entity, const QString &key) const;
    QList<HistoryEntry> allHistory() const;

    void setInfo(const TrajectoryInfo &info);

    // Adds use the record's id when it is set (> 0), otherwise a new one.
    PartnerId addPartner(const Partner &partner);
    void updatePartner(const Partner &partner);
    void removePartner(PartnerId id);
    void setPartnerOrder(const QList<PartnerId> &order);

    void saveAnswer(const Answer &answer);
    void savePerspective(const Perspective &perspective);
    void saveRating(const Rating &rating);
    void removeRating(const QString &questionId, PartnerId partner);

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

    RecordId addSession(const WorkshopSession &session);
    void updateSession(const WorkshopSession &session);
    void removeSession(RecordId id);

    RecordId addRound(const AssessmentRound &round);
    void updateRound(const AssessmentRound &round);
    void removeRound(RecordId id);
    RecordId addRespondent(const Respondent &respondent);
    void updateRespondent(const Respondent &respondent);
    void removeRespondent(RecordId id);
    // Score kDontKnow records "weet niet"; clearScore removes the answer.
    void setScore(const AssessmentScore &score);
    void clearScore(RecordId respondent, const QString &statementId);
    void setComment(const AssessmentComment &comment);

    // Workshop mode. A situation rating with both values 0 is removed.
    void setSituation(const SituationRating &rating);
    RecordId addDilemma(const DilemmaEntry &dilemma);
    void updateDilemma(const DilemmaEntry &dilemma);
    void removeDilemma(RecordId id);
    void setRoundHidden(const QString &questionId, bool hidden);

    // The covenant's own wording. A text that is empty and enabled is the
    // standard: its row is removed.
    void setCovenantText(const CovenantText &text);

    // Undoes a removal in one transaction: puts back the records in `gone`
    // exactly as they were (ids, positions, times, links) and returns the
    // records in `relinked` (agreements, dilemmas, sessions, respondents
    // that lost a link to one of them) to how they were.
    void restore(const TrajectoryData &gone, const TrajectoryData &relinked);

    // A page-by-page copy through SQLite's backup API (fast, includes what is
    // still in the WAL); used for the automatic backups.
    void backupTo(const QString &target) const;

    // A consistent, self-contained copy of the whole file, e.g. "Save a copy as".
    void saveCopyAs(const QString &target) const;

private:
    TrajectoryFile() = default;
    void openDatabase(bool readOnly);
    void openSnapshot(const QString &path);
    void configureForWriting();
    void ensureFileId();
    void migrate();
    void close() noexcept;
    template<typename F>
    auto write(F &&fn) -> decltype(fn());
    void requireChanged();
    void writeAll(const ExchangeData &exchange); // trajectorydata.cpp

    // One file per kind of record, each reading its tables into a whole
    // trajectory and writing them from one (for load(), writeAll() and
    // restore()). A new file takes its order from the lists; a restore puts
    // records back at the positions they record.
    enum class Places { FromOrder, AsRecorded };
    void loadPartners(TrajectoryData &d) const; // partnerstore.cpp
    void writePartners(const TrajectoryData &d, Places places = Places::FromOrder);
    void loadAnswers(TrajectoryData &d) const; // answerstore.cpp: answers, perspectives, ratings
    void writeAnswers(const TrajectoryData &d);
    void loadAgreements(TrajectoryData &d) const; // agreementstore.cpp: ambitions, agreements
    void writeAgreements(const TrajectoryData &d, Places places = Places::FromOrder);
    QList<Agreement> queryAgreements(std::optional<RecordId> only) const;
    std::optional<Agreement> loadAgreement(RecordId id) const;
    void replaceContributors(RecordId agreement, const Agreement &a);
    void loadAccountability(TrajectoryData &d) const; // accountabilitystore.cpp: accountability, evaluations
    void writeAccountability(const TrajectoryData &d, Places places = Places::FromOrder);
    void loadSessions(TrajectoryData &d) const; // sessionstore.cpp
    void writeSessions(const TrajectoryData &d);
    void loadAssessments(TrajectoryData &d) const; // assessmentstore.cpp
    void writeAssessments(const TrajectoryData &d, Places places = Places::FromOrder);
    void loadWorkshop(TrajectoryData &d) const; // workshopstore.cpp
    void writeWorkshop(const TrajectoryData &d, Places places = Places::FromOrder);
    void replaceDilemmaLinks(const DilemmaEntry &dilemma);
    void loadCovenantTexts(TrajectoryData &d) const; // covenantstore.cpp
    void writeCovenantTexts(const TrajectoryData &d);
    void appendHistory(const QString &entity, const QString &key, const QString &oldValue, const QString &newValue); // historystore.cpp
    void writeHistory(const QList<HistoryEntry> &history);

    QString m_path;
    QString m_author;
    QString m_migrationBackup;
    bool m_readOnly = false;
    bool m_walMode = false;
    QString m_readOnlyReason;
    std::function<void()> m_writeGate;
    QStringList m_openNotes;
    QString m_fileId;
    qint64 m_writeSerial = 0;
    int m_writeDepth = 0; // a write inside a write joins its transaction
    std::unique_ptr<detail::FileLock> m_lock;
    std::unique_ptr<QTemporaryDir> m_snapshotDir; // a read-only open with its journal applied on a private copy
    std::unique_ptr<SQLite::Database> m_db;
};

} // namespace akkoord
