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
        return insertRecord(*m_db, kAccountability, bindAccountability, a, "?, (SELECT COALESCE(MAX(position) + 1, 0) FROM accountability)");
    });
}

void TrajectoryFile::updateAccountability(const AccountabilityItem &a)
{
    write([&] {
        updateRecord(*m_db, kAccountability, bindAccountability, a);
        requireChanged();
    });
}

void TrajectoryFile::removeAccountability(RecordId id)
{
    write([&] {
        removeRecord(*m_db, kAccountability, id);
    });
}

RecordId TrajectoryFile::addEvaluation(const Evaluation &e)
{
    return write([&] {
        return insertRecord(*m_db, kEvaluations, bindEvaluation, e, "?");
    });
}

void TrajectoryFile::updateEvaluation(const Evaluation &e)
{
    write([&] {
        updateRecord(*m_db, kEvaluations, bindEvaluation, e);
        requireChanged();
    });
}

void TrajectoryFile::removeEvaluation(RecordId id)
{
    write([&] {
        removeRecord(*m_db, kEvaluations, id);
    });
}

} // namespace akkoord
