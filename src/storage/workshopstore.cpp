// TrajectoryFile: the workshop-mode tables (schema 3): now versus desired,
// the dilemma register and hidden rating rounds.

#include "storage/sqlhelpers.h"

namespace akkoord {

using namespace detail;

namespace {

constexpr Columns kSituation{"situation_ratings", "", "building_block, partner_id, now, desired"};
constexpr Columns kDilemmas{"dilemmas", "id, position", "catalog_id, title, description, affects_others, handling, status"};

void bindSituation(SQLite::Statement &q, const SituationRating &r)
{
    bindText(q, 1, r.buildingBlock);
    q.bind(2, r.partnerId);
    q.bind(3, r.now);
    q.bind(4, r.desired);
}

SituationRating readSituation(SQLite::Statement &q)
{
    return SituationRating{text(q.getColumn(0)), q.getColumn(1).getInt64(), q.getColumn(2).getInt(), q.getColumn(3).getInt()};
}

void bindDilemma(SQLite::Statement &q, const DilemmaEntry &e)
{
    bindText(q, 1, e.catalogId);
    bindText(q, 2, e.title);
    bindText(q, 3, e.description);
    bindText(q, 4, e.affectsOthers);
    bindText(q, 5, e.handling);
    bindText(q, 6, dilemmaStatusKey(e.status));
}

// Without the partners and agreements it links to, which are rows of their own.
DilemmaEntry readDilemma(SQLite::Statement &q)
{
    DilemmaEntry e;
    e.id = q.getColumn(0).getInt64();
    e.position = q.getColumn(1).getInt();
    e.catalogId = text(q.getColumn(2));
    e.title = text(q.getColumn(3));
    e.description = text(q.getColumn(4));
    e.affectsOthers = text(q.getColumn(5));
    e.handling = text(q.getColumn(6));
    e.status = dilemmaStatusFromKey(text(q.getColumn(7))).value_or(DilemmaStatus::Open);
    return e;
}

template<typename Ids>
void insertLinks(SQLite::Database &db, const char *sql, RecordId dilemma, const Ids &ids)
{
    SQLite::Statement q(db, sql);
    int position = 0;
    for (const auto id : ids) {
        q.bind(1, dilemma);
        q.bind(2, id);
        q.bind(3, position++);
        q.exec();
        q.reset();
    }
}

} // namespace

void TrajectoryFile::loadWorkshop(TrajectoryData &d) const
{
    readAll(*m_db, kSituation.select("ORDER BY building_block, partner_id"), d.situation, readSituation);
    {
        SQLite::Statement q(*m_db, kDilemmas.select("ORDER BY position, id"));
        SQLite::Statement partners(*m_db, "SELECT partner_id FROM dilemma_partners WHERE dilemma_id = ? ORDER BY position, partner_id");
        SQLite::Statement agreements(*m_db, "SELECT agreement_id FROM dilemma_agreements WHERE dilemma_id = ? ORDER BY position, agreement_id");
        while (q.executeStep()) {
            DilemmaEntry e = readDilemma(q);
            partners.bind(1, e.id);
            while (partners.executeStep())
                e.affects.append(partners.getColumn(0).getInt64());
            partners.reset();
            agreements.bind(1, e.id);
            while (agreements.executeStep())
                e.agreements.append(agreements.getColumn(0).getInt64());
            agreements.reset();
            d.dilemmas.append(e);
        }
    }
    {
        SQLite::Statement q(*m_db, "SELECT question_id FROM hidden_rounds ORDER BY question_id");
        while (q.executeStep())
            d.hiddenRounds.append(text(q.getColumn(0)));
    }
}

void TrajectoryFile::replaceDilemmaLinks(const DilemmaEntry &e)
{
    SQLite::Statement clearPartners(*m_db, "DELETE FROM dilemma_partners WHERE dilemma_id = ?");
    clearPartners.bind(1, e.id);
    clearPartners.exec();
    SQLite::Statement clearAgreements(*m_db, "DELETE FROM dilemma_agreements WHERE dilemma_id = ?");
    clearAgreements.bind(1, e.id);
    clearAgreements.exec();
    insertLinks(*m_db, "INSERT INTO dilemma_partners(dilemma_id, partner_id, position) VALUES (?, ?, ?)", e.id, e.affects);
    insertLinks(*m_db, "INSERT INTO dilemma_agreements(dilemma_id, agreement_id, position) VALUES (?, ?, ?)", e.id, e.agreements);
}

void TrajectoryFile::writeWorkshop(const TrajectoryData &d, Places places)
{
    insertAll(*m_db, kSituation, d.situation, bindSituation);
    SQLite::Statement dilemma(*m_db, kDilemmas.insert("id, position", "?, ?"));
    for (qsizetype i = 0; i < d.dilemmas.size(); ++i) {
        bindDilemma(dilemma, d.dilemmas[i]);
        dilemma.bind(7, d.dilemmas[i].id);
        dilemma.bind(8, places == Places::AsRecorded ? d.dilemmas[i].position : int(i));
        dilemma.exec();
        dilemma.reset();
        replaceDilemmaLinks(d.dilemmas[i]);
    }
    SQLite::Statement hidden(*m_db, "INSERT INTO hidden_rounds(question_id) VALUES (?)");
    for (const QString &q : d.hiddenRounds) {
        bindText(hidden, 1, q);
        hidden.exec();
        hidden.reset();
    }
}

void TrajectoryFile::setSituation(const SituationRating &r)
{
    if (r.now < 0 || r.now > 5 || r.desired < 0 || r.desired > 5)
        throw UserError(QCoreApplication::translate("akkoord::TrajectoryFile", "A rating must be between 1 and 5."));
    write([&] {
        if (r.now == 0 && r.desired == 0) {
            SQLite::Statement q(*m_db, "DELETE FROM situation_ratings WHERE building_block = ? AND partner_id = ?");
            bindText(q, 1, r.buildingBlock);
            q.bind(2, r.partnerId);
            q.exec();
            return;
        }
        SQLite::Statement q(*m_db, kSituation.upsert("building_block, partner_id"));
        bindSituation(q, r);
        q.exec();
    });
}

RecordId TrajectoryFile::addDilemma(const DilemmaEntry &e)
{
    return write([&] {
        SQLite::Statement q(*m_db, kDilemmas.insert("id, position", "?, (SELECT COALESCE(MAX(position) + 1, 0) FROM dilemmas)"));
        bindDilemma(q, e);
        bindId(q, 7, e.id);
        q.exec();
        DilemmaEntry stored = e;
        stored.id = m_db->getLastInsertRowid();
        replaceDilemmaLinks(stored);
        return stored.id;
    });
}

void TrajectoryFile::updateDilemma(const DilemmaEntry &e)
{
    write([&] {
        updateRecord(*m_db, kDilemmas, bindDilemma, e);
        requireChanged();
        replaceDilemmaLinks(e);
    });
}

void TrajectoryFile::removeDilemma(RecordId id)
{
    write([&] {
        removeRecord(*m_db, kDilemmas, id);
    });
}

void TrajectoryFile::setRoundHidden(const QString &questionId, bool hidden)
{
    write([&] {
        SQLite::Statement q(*m_db, hidden ? "INSERT OR IGNORE INTO hidden_rounds(question_id) VALUES (?)" : "DELETE FROM hidden_rounds WHERE question_id = ?");
        bindText(q, 1, questionId);
        q.exec();
    });
}

} // namespace akkoord
