// TrajectoryFile: answers to the questions, each partner's perspective on
// them, and ratings. Every change to an answer or a perspective is kept in
// the history.

#include "storage/jsonrecords.h"
#include "storage/sqlhelpers.h"

namespace akkoord {

using namespace detail;

namespace {

constexpr Columns kAnswers{"answers", "", "question_id, text, choices, status, updated_at"};
constexpr Columns kPerspectives{"perspectives", "", "question_id, partner_id, text, updated_at"};
constexpr Columns kRatings{"ratings", "", "question_id, partner_id, score, reason"};

void bindAnswer(SQLite::Statement &q, const Answer &a)
{
    bindText(q, 1, a.questionId);
    bindText(q, 2, a.text);
    q.bind(3, stringArray(a.choices).dump());
    bindText(q, 4, answerStatusKey(a.status));
    bindOptionalText(q, 5, timeToText(a.updatedAt));
}

Answer readAnswer(SQLite::Statement &q)
{
    Answer a;
    a.questionId = text(q.getColumn(0));
    a.text = text(q.getColumn(1));
    const auto choices = json::parse(q.getColumn(2).getString(), nullptr, false);
    if (choices.is_array())
        for (const auto &c : choices)
            if (c.is_string())
                a.choices.append(QString::fromStdString(c.get<std::string>()));
    a.status = answerStatusFromKey(text(q.getColumn(3))).value_or(AnswerStatus::Open);
    a.updatedAt = timeFromText(text(q.getColumn(4)));
    return a;
}

void bindPerspective(SQLite::Statement &q, const Perspective &p)
{
    bindText(q, 1, p.questionId);
    q.bind(2, p.partnerId);
    bindText(q, 3, p.text);
    bindOptionalText(q, 4, timeToText(p.updatedAt));
}

Perspective readPerspective(SQLite::Statement &q)
{
    return Perspective{text(q.getColumn(0)), q.getColumn(1).getInt64(), text(q.getColumn(2)), timeFromText(text(q.getColumn(3)))};
}

void bindRating(SQLite::Statement &q, const Rating &r)
{
    bindText(q, 1, r.questionId);
    q.bind(2, r.partnerId);
    q.bind(3, r.score);
    bindText(q, 4, r.reason);
}

Rating readRating(SQLite::Statement &q)
{
    return Rating{text(q.getColumn(0)), q.getColumn(1).getInt64(), q.getColumn(2).getInt(), text(q.getColumn(3))};
}

} // namespace

void TrajectoryFile::loadAnswers(TrajectoryData &d) const
{
    readAll(*m_db, kAnswers.select("ORDER BY question_id"), d.answers, readAnswer);
    readAll(*m_db, kPerspectives.select("ORDER BY question_id, partner_id"), d.perspectives, readPerspective);
    readAll(*m_db, kRatings.select("ORDER BY question_id, partner_id"), d.ratings, readRating);
}

void TrajectoryFile::writeAnswers(const TrajectoryData &d)
{
    insertAll(*m_db, kAnswers, d.answers, bindAnswer);
    insertAll(*m_db, kPerspectives, d.perspectives, bindPerspective);
    insertAll(*m_db, kRatings, d.ratings, bindRating);
}

void TrajectoryFile::saveAnswer(const Answer &answer)
{
    write([&] {
        QString oldValue;
        {
            SQLite::Statement q(*m_db, kAnswers.select("WHERE question_id = ?"));
            bindText(q, 1, answer.questionId);
            if (q.executeStep()) {
                Answer old = readAnswer(q);
                old.updatedAt = {};
                if (old.text == answer.text && old.choices == answer.choices && old.status == answer.status)
                    return; // nothing changed: no write, no history row
                oldValue = jsonText(answerToJson(old));
            }
        }
        Answer saved = answer;
        saved.updatedAt = QDateTime::currentDateTimeUtc();
        SQLite::Statement q(*m_db, kAnswers.upsert("question_id"));
        bindAnswer(q, saved);
        q.exec();
        saved.updatedAt = {};
        appendHistory(QStringLiteral("answer"), saved.questionId, oldValue, jsonText(answerToJson(saved)));
    });
}

void TrajectoryFile::savePerspective(const Perspective &perspective)
{
    write([&] {
        const QString key = perspective.questionId + QLatin1Char('/') + QString::number(perspective.partnerId);
        std::optional<Perspective> old;
        {
            SQLite::Statement q(*m_db, kPerspectives.select("WHERE question_id = ? AND partner_id = ?"));
            bindText(q, 1, perspective.questionId);
            q.bind(2, perspective.partnerId);
            if (q.executeStep())
                old = readPerspective(q);
        }
        if (old && old->text == perspective.text)
            return;
        SQLite::Statement q(*m_db, kPerspectives.upsert("question_id, partner_id"));
        bindPerspective(q, Perspective{perspective.questionId, perspective.partnerId, perspective.text, QDateTime::currentDateTimeUtc()});
        q.exec();
        const Perspective before{perspective.questionId, perspective.partnerId, old ? old->text : QString(), {}};
        const Perspective after{perspective.questionId, perspective.partnerId, perspective.text, {}};
        appendHistory(QStringLiteral("perspective"), key, old ? jsonText(perspectiveToJson(before)) : QString(), jsonText(perspectiveToJson(after)));
    });
}

void TrajectoryFile::saveRating(const Rating &rating)
{
    if (rating.score < 1 || rating.score > 5)
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "A rating must be between 1 and 5."));
    write([&] {
        SQLite::Statement q(*m_db, kRatings.upsert("question_id, partner_id"));
        bindRating(q, rating);
        q.exec();
    });
}

void TrajectoryFile::removeRating(const QString &questionId, PartnerId partner)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM ratings WHERE question_id = ? AND partner_id = ?");
        bindText(q, 1, questionId);
        q.bind(2, partner);
        q.exec();
    });
}

} // namespace akkoord
