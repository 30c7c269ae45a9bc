// TrajectoryFile: the covenant's own wording (schema 4): edited or
// switched-off standard articles and the accepted clauses from the dialogue.

#include "storage/sqlhelpers.h"

namespace akkoord {

using namespace detail;

namespace {

constexpr Columns kTexts{"covenant_texts", "", "key, text, enabled"};

void bindText3(SQLite::Statement &q, const CovenantText &t)
{
    bindText(q, 1, t.key);
    bindText(q, 2, t.text);
    q.bind(3, t.enabled ? 1 : 0);
}

CovenantText readText(SQLite::Statement &q) { return CovenantText{text(q.getColumn(0)), text(q.getColumn(1)), q.getColumn(2).getInt() != 0}; }

bool isStandard(const CovenantText &t) { return t.text.isEmpty() && t.enabled; }

} // namespace

void TrajectoryFile::loadCovenantTexts(TrajectoryData &d) const
{
    readAll(*m_db, kTexts.select("ORDER BY key"), d.covenantTexts, readText);
}

void TrajectoryFile::writeCovenantTexts(const TrajectoryData &d)
{
    QList<CovenantText> kept;
    for (const CovenantText &t : d.covenantTexts)
        if (!isStandard(t))
            kept.append(t);
    insertAll(*m_db, kTexts, kept, bindText3);
}

void TrajectoryFile::setCovenantText(const CovenantText &t)
{
    write([&] {
        if (isStandard(t)) {
            SQLite::Statement q(*m_db, "DELETE FROM covenant_texts WHERE key = ?");
            bindText(q, 1, t.key);
            q.exec();
            return;
        }
        SQLite::Statement q(*m_db, kTexts.upsert("key"));
        bindText3(q, t);
        q.exec();
    });
}

} // namespace akkoord
