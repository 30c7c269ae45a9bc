// TrajectoryFile: the ambitions and the agreements that serve them, with
// each agreement's contributors. Every change to an agreement is kept in
// the history.

#include "storage/jsonrecords.h"
#include "storage/sqlhelpers.h"

namespace akkoord {

using namespace detail;

namespace {

constexpr Columns kAmbitions{"ambitions", "id, position", "title, intended_result"};
constexpr Columns kAgreements{"agreements", "id, position", "building_block, what, owner_id, deadline, means, indicator, target, status"};

void bindAmbition(SQLite::Statement &q, const Ambition &a)
{
    bindText(q, 1, a.title);
    bindText(q, 2, a.intendedResult);
}

Ambition readAmbition(SQLite::Statement &q)
{
    return Ambition{q.getColumn(0).getInt64(), text(q.getColumn(2)), text(q.getColumn(3)), q.getColumn(1).getInt()};
}

void bindAgreement(SQLite::Statement &q, const Agreement &a)
{
    bindText(q, 1, a.buildingBlock);
    bindText(q, 2, a.what);
    if (a.owner)
        q.bind(3, *a.owner);
    else
        q.bind(3);
    bindOptionalText(q, 4, dateToText(a.deadline));
    bindText(q, 5, a.means);
    bindText(q, 6, a.indicator);
    bindText(q, 7, a.target);
    bindText(q, 8, agreementStatusKey(a.status));
}

// Without its contributors and ambitions, which are rows of their own.
Agreement readAgreement(SQLite::Statement &q)
{
    Agreement a;
    a.id = q.getColumn(0).getInt64();
    a.position = q.getColumn(1).getInt();
    a.buildingBlock = text(q.getColumn(2));
    a.what = text(q.getColumn(3));
    if (!q.getColumn(4).isNull())
        a.owner = q.getColumn(4).getInt64();
    a.deadline = dateFromText(text(q.getColumn(5)));
    a.means = text(q.getColumn(6));
    a.indicator = text(q.getColumn(7));
    a.target = text(q.getColumn(8));
    a.status = agreementStatusFromKey(text(q.getColumn(9))).value_or(AgreementStatus::Proposed);
    return a;
}

Agreement withoutPosition(Agreement a)
{
    a.position = 0;
    return a;
}

} // namespace

void TrajectoryFile::loadAgreements(TrajectoryData &d) const
{
    readAll(*m_db, kAmbitions.select("ORDER BY position, id"), d.ambitions, readAmbition);
    d.agreements = queryAgreements(std::nullopt);
}

void TrajectoryFile::writeAgreements(const TrajectoryData &d, Places places)
{
    SQLite::Statement ambition(*m_db, kAmbitions.insert("id, position", "?, ?"));
    for (qsizetype i = 0; i < d.ambitions.size(); ++i) {
        bindAmbition(ambition, d.ambitions[i]);
        ambition.bind(3, d.ambitions[i].id);
        ambition.bind(4, places == Places::AsRecorded ? d.ambitions[i].position : int(i));
        ambition.exec();
        ambition.reset();
    }
    SQLite::Statement agreement(*m_db, kAgreements.insert("id, position", "?, ?"));
    for (qsizetype i = 0; i < d.agreements.size(); ++i) {
        const Agreement &a = d.agreements[i];
        bindAgreement(agreement, a);
        agreement.bind(9, a.id);
        agreement.bind(10, places == Places::AsRecorded ? a.position : int(i));
        agreement.exec();
        agreement.reset();
        replaceContributors(a.id, a);
    }
}

RecordId TrajectoryFile::addAmbition(const Ambition &a)
{
    return write([&] {
        return insertRecord(*m_db, kAmbitions, bindAmbition, a, "?, (SELECT COALESCE(MAX(position) + 1, 0) FROM ambitions)");
    });
}

void TrajectoryFile::updateAmbition(const Ambition &a)
{
    write([&] {
        updateRecord(*m_db, kAmbitions, bindAmbition, a);
        requireChanged();
    });
}

void TrajectoryFile::removeAmbition(RecordId id)
{
    write([&] {
        removeRecord(*m_db, kAmbitions, id);
    });
}

QList<Agreement> TrajectoryFile::queryAgreements(std::optional<RecordId> only) const
{
    QList<Agreement> out;
    SQLite::Statement q(*m_db, kAgreements.select(only ? "WHERE id = ?" : "ORDER BY position, id"));
    if (only)
        q.bind(1, *only);
    SQLite::Statement contributors(*m_db, "SELECT partner_id FROM agreement_contributors WHERE agreement_id = ? ORDER BY position, partner_id");
    SQLite::Statement ambitions(*m_db, "SELECT ambition_id FROM agreement_ambitions WHERE agreement_id = ? ORDER BY position, ambition_id");
    while (q.executeStep()) {
        Agreement a = readAgreement(q);
        contributors.bind(1, a.id);
        while (contributors.executeStep())
            a.contributors.append(contributors.getColumn(0).getInt64());
        contributors.reset();
        ambitions.bind(1, a.id);
        while (ambitions.executeStep())
            a.ambitions.append(ambitions.getColumn(0).getInt64());
        ambitions.reset();
        out.append(a);
    }
    return out;
}

std::optional<Agreement> TrajectoryFile::loadAgreement(RecordId id) const
{
    const QList<Agreement> found = queryAgreements(id);
    return found.isEmpty() ? std::nullopt : std::optional<Agreement>(found.first());
}

void TrajectoryFile::replaceContributors(RecordId agreement, const Agreement &a)
{
    SQLite::Statement clearC(*m_db, "DELETE FROM agreement_contributors WHERE agreement_id = ?");
    clearC.bind(1, agreement);
    clearC.exec();
    SQLite::Statement clearA(*m_db, "DELETE FROM agreement_ambitions WHERE agreement_id = ?");
    clearA.bind(1, agreement);
    clearA.exec();
    SQLite::Statement c(*m_db, "INSERT OR IGNORE INTO agreement_contributors(agreement_id, partner_id, position) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < a.contributors.size(); ++i) {
        c.bind(1, agreement);
        c.bind(2, a.contributors[i]);
        c.bind(3, int(i));
        c.exec();
        c.reset();
    }
    SQLite::Statement m(*m_db, "INSERT OR IGNORE INTO agreement_ambitions(agreement_id, ambition_id, position) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < a.ambitions.size(); ++i) {
        m.bind(1, agreement);
        m.bind(2, a.ambitions[i]);
        m.bind(3, int(i));
        m.exec();
        m.reset();
    }
}

RecordId TrajectoryFile::addAgreement(const Agreement &agreement)
{
    return write([&] {
        SQLite::Statement q(*m_db, kAgreements.insert("id, position", "?, (SELECT COALESCE(MAX(position) + 1, 0) FROM agreements)"));
        bindAgreement(q, agreement);
        bindId(q, 9, agreement.id);
        q.exec();
        const RecordId id = m_db->getLastInsertRowid();
        replaceContributors(id, agreement);
        Agreement saved = withoutPosition(agreement);
        saved.id = id;
        appendHistory(QStringLiteral("agreement"), QString::number(id), {}, jsonText(agreementToJson(saved)));
        return id;
    });
}

void TrajectoryFile::updateAgreement(const Agreement &agreement)
{
    write([&] {
        const std::optional<Agreement> current = loadAgreement(agreement.id);
        if (!current)
            throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "This agreement no longer exists in the file."));
        const Agreement old = withoutPosition(*current);
        const Agreement now = withoutPosition(agreement);
        if (old == now)
            return;
        updateRecord(*m_db, kAgreements, bindAgreement, agreement);
        replaceContributors(agreement.id, agreement);
        appendHistory(QStringLiteral("agreement"), QString::number(agreement.id), jsonText(agreementToJson(old)), jsonText(agreementToJson(now)));
    });
}

void TrajectoryFile::removeAgreement(RecordId id)
{
    write([&] {
        const std::optional<Agreement> current = loadAgreement(id);
        if (!current)
            return;
        removeRecord(*m_db, kAgreements, id);
        appendHistory(QStringLiteral("agreement"), QString::number(id), jsonText(agreementToJson(withoutPosition(*current))), {});
    });
}

} // namespace akkoord
