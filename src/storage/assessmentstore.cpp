// TrajectoryFile: self-assessment rounds (schema 2), their respondents and
// each respondent's scores and comments.

#include "storage/sqlhelpers.h"

namespace akkoord {

using namespace detail;

namespace {

constexpr Columns kRounds{"assessment_rounds", "id", "name, date"};
constexpr Columns kRespondents{"respondents", "id, position", "round_id, name, partner_id, role"};
constexpr Columns kScores{"assessment_scores", "", "respondent_id, statement_id, score"};
constexpr Columns kComments{"assessment_comments", "", "respondent_id, building_block, text"};

void bindRound(SQLite::Statement &q, const AssessmentRound &r)
{
    bindText(q, 1, r.name);
    bindOptionalText(q, 2, dateToText(r.date));
}

AssessmentRound readRound(SQLite::Statement &q)
{
    return AssessmentRound{q.getColumn(0).getInt64(), text(q.getColumn(1)), dateFromText(text(q.getColumn(2)))};
}

void bindRespondent(SQLite::Statement &q, const Respondent &r)
{
    q.bind(1, r.round);
    bindText(q, 2, r.name);
    if (r.partner)
        q.bind(3, *r.partner);
    else
        q.bind(3);
    bindText(q, 4, roleKey(r.role));
}

Respondent readRespondent(SQLite::Statement &q)
{
    Respondent r;
    r.id = q.getColumn(0).getInt64();
    r.position = q.getColumn(1).getInt();
    r.round = q.getColumn(2).getInt64();
    r.name = text(q.getColumn(3));
    if (!q.getColumn(4).isNull())
        r.partner = q.getColumn(4).getInt64();
    r.role = roleFromKey(text(q.getColumn(5))).value_or(PartnerRole::Core);
    return r;
}

void bindScore(SQLite::Statement &q, const AssessmentScore &s)
{
    q.bind(1, s.respondent);
    bindText(q, 2, s.statementId);
    q.bind(3, s.score);
}

AssessmentScore readScore(SQLite::Statement &q)
{
    return AssessmentScore{q.getColumn(0).getInt64(), text(q.getColumn(1)), q.getColumn(2).getInt()};
}

void bindComment(SQLite::Statement &q, const AssessmentComment &c)
{
    q.bind(1, c.respondent);
    bindText(q, 2, c.buildingBlock);
    bindText(q, 3, c.text);
}

AssessmentComment readComment(SQLite::Statement &q)
{
    return AssessmentComment{q.getColumn(0).getInt64(), text(q.getColumn(1)), text(q.getColumn(2))};
}

} // namespace

void TrajectoryFile::loadAssessments(TrajectoryData &d) const
{
    readAll(*m_db, kRounds.select("ORDER BY date IS NULL, date, id"), d.rounds, readRound);
    readAll(*m_db, kRespondents.select("ORDER BY round_id, position, id"), d.respondents, readRespondent);
    readAll(*m_db, kScores.select("ORDER BY respondent_id, statement_id"), d.scores, readScore);
    readAll(*m_db, kComments.select("ORDER BY respondent_id, building_block"), d.comments, readComment);
}

void TrajectoryFile::writeAssessments(const TrajectoryData &d, Places places)
{
    SQLite::Statement round(*m_db, kRounds.insert("id", "?"));
    for (const AssessmentRound &r : d.rounds) {
        bindRound(round, r);
        round.bind(3, r.id);
        round.exec();
        round.reset();
    }
    SQLite::Statement respondent(*m_db, kRespondents.insert("id, position", "?, ?"));
    for (qsizetype i = 0; i < d.respondents.size(); ++i) {
        bindRespondent(respondent, d.respondents[i]);
        respondent.bind(5, d.respondents[i].id);
        respondent.bind(6, places == Places::AsRecorded ? d.respondents[i].position : int(i));
        respondent.exec();
        respondent.reset();
    }
    insertAll(*m_db, kScores, d.scores, bindScore);
    insertAll(*m_db, kComments, d.comments, bindComment);
}

RecordId TrajectoryFile::addRound(const AssessmentRound &r)
{
    return write([&] {
        return insertRecord(*m_db, kRounds, bindRound, r, "?");
    });
}

void TrajectoryFile::updateRound(const AssessmentRound &r)
{
    write([&] {
        updateRecord(*m_db, kRounds, bindRound, r);
        requireChanged();
    });
}

void TrajectoryFile::removeRound(RecordId id)
{
    write([&] {
        removeRecord(*m_db, kRounds, id);
    });
}

RecordId TrajectoryFile::addRespondent(const Respondent &r)
{
    return write([&] {
        return insertRecord(*m_db, kRespondents, bindRespondent, r, "?, (SELECT COALESCE(MAX(position) + 1, 0) FROM respondents WHERE round_id = ?1)");
    });
}

void TrajectoryFile::updateRespondent(const Respondent &r)
{
    write([&] {
        updateRecord(*m_db, kRespondents, bindRespondent, r);
        requireChanged();
    });
}

void TrajectoryFile::removeRespondent(RecordId id)
{
    write([&] {
        removeRecord(*m_db, kRespondents, id);
    });
}

void TrajectoryFile::setScore(const AssessmentScore &s)
{
    if (s.score < kDontKnow || s.score > 5)
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "A rating must be between 1 and 5, or \"don't know\"."));
    write([&] {
        SQLite::Statement q(*m_db, kScores.upsert("respondent_id, statement_id"));
        bindScore(q, s);
        q.exec();
    });
}

void TrajectoryFile::clearScore(RecordId respondent, const QString &statementId)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM assessment_scores WHERE respondent_id = ? AND statement_id = ?");
        q.bind(1, respondent);
        bindText(q, 2, statementId);
        q.exec();
    });
}

void TrajectoryFile::setComment(const AssessmentComment &c)
{
    write([&] {
        SQLite::Statement q(*m_db, kComments.upsert("respondent_id, building_block"));
        bindComment(q, c);
        q.exec();
    });
}

} // namespace akkoord
