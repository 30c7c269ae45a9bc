// TrajectoryFile: accountability (who reports what to whom) and the
// evaluations held.

#include "storage/sqlhelpers.h"

namespace akkoord {

using namespace detail;

namespace {

constexpr Columns kAccountability{"accountability", "id, position", "about, to_whom, frequency, form"};
constexpr Columns kEvaluations{"evaluations", "id", "date, description"};

void bindAccountability(SQLite::Statement &q, const AccountabilityItem &a)
{
    bindText(q, 1, a.about);
    bindText(q, 2, a.toWhom);
    bindText(q, 3, a.frequency);
    bindText(q, 4, a.form);
}

AccountabilityItem readAccountability(SQLite::Statement &q)
{
    return AccountabilityItem{q.getColumn(0).getInt64(), text(q.getColumn(2)), text(q.getColumn(3)),
                              text(q.getColumn(4)), text(q.getColumn(5)), q.getColumn(1).getInt()};
}

void bindEvaluation(SQLite::Statement &q, const Evaluation &e)
{
    bindOptionalText(q, 1, dateToText(e.date));
    bindText(q, 2, e.description);
}

Evaluation readEvaluation(SQLite::Statement &q)
{
    return Evaluation{q.getColumn(0).getInt64(), dateFromText(text(q.getColumn(1))), text(q.getColumn(2))};
}

} // namespace

void TrajectoryFile::loadAccountability(TrajectoryData &d) const
{
    readAll(*m_db, kAccountability.select("ORDER BY position, id"), d.accountability, readAccountability);
    readAll(*m_db, kEvaluations.select("ORDER BY date IS NULL, date, id"), d.evaluations, readEvaluation);
}

void TrajectoryFile::writeAccountability(const TrajectoryData &d, Places places)
{
    SQLite::Statement account(*m_db, kAccountability.insert("id, position", "?, ?"));
    for (qsizetype i = 0; i < d.accountability.size(); ++i) {
        bindAccountability(account, d.accountability[i]);
        account.bind(5, d.accountability[i].id);
        account.bind(6, places == Places::AsRecorded ? d.accountability[i].position : int(i));
        account.exec();
        account.reset();
    }
    SQLite::Statement evaluation(*m_db, kEvaluations.insert("id", "?"));
    for (const Evaluation &e : d.evaluations) {
        bindEvaluation(evaluation, e);
        evaluation.bind(3, e.id);
        evaluation.exec();
        evaluation.reset();
    }
}

RecordId TrajectoryFile::addAccountability(const AccountabilityItem &a)
{
    return write([&] {
        SQLite::Statement q(*m_db, kAccountability.insert("id, position", "?, (SELECT COALESCE(MAX(position) + 1, 0) FROM accountability)"));
        bindAccountability(q, a);
        bindId(q, 5, a.id);
        q.exec();
        return RecordId(m_db->getLastInsertRowid());
    });
}

void TrajectoryFile::updateAccountability(const AccountabilityItem &a)
{
    write([&] {
        SQLite::Statement q(*m_db, kAccountability.update());
        bindAccountability(q, a);
        q.bind(5, a.id);
        q.exec();
        requireChanged();
    });
}

void TrajectoryFile::removeAccountability(RecordId id)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM accountability WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

RecordId TrajectoryFile::addEvaluation(const Evaluation &e)
{
    return write([&] {
        SQLite::Statement q(*m_db, kEvaluations.insert("id", "?"));
        bindEvaluation(q, e);
        bindId(q, 3, e.id);
        q.exec();
        return RecordId(m_db->getLastInsertRowid());
    });
}

void TrajectoryFile::updateEvaluation(const Evaluation &e)
{
    write([&] {
        SQLite::Statement q(*m_db, kEvaluations.update());
        bindEvaluation(q, e);
        q.bind(3, e.id);
        q.exec();
        requireChanged();
    });
}

void TrajectoryFile::removeEvaluation(RecordId id)
{
    write([&] {
        SQLite::Statement q(*m_db, "DELETE FROM evaluations WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

} // namespace akkoord
