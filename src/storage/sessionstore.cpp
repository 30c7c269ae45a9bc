// TrajectoryFile: the workshop sessions held and who attended them.

#include "storage/sqlhelpers.h"

namespace akkoord {

using namespace detail;

namespace {

constexpr Columns kSessions{"sessions", "id", "date, place, notes"};

void bindSession(SQLite::Statement &q, const WorkshopSession &w)
{
    bindOptionalText(q, 1, dateToText(w.date));
    bindText(q, 2, w.place);
    bindText(q, 3, w.notes);
}

// Without its attendees, which are rows of their own.
WorkshopSession readSession(SQLite::Statement &q)
{
    WorkshopSession w;
    w.id = q.getColumn(0).getInt64();
    w.date = dateFromText(text(q.getColumn(1)));
    w.place = text(q.getColumn(2));
    w.notes = text(q.getColumn(3));
    return w;
}

void replaceAttendees(SQLite::Database &db, RecordId session, const QList<PartnerId> &attendees)
{
    SQLite::Statement clear(db, "DELETE FROM session_attendees WHERE session_id = ?");
    clear.bind(1, session);
    clear.exec();
    SQLite::Statement q(db, "INSERT OR IGNORE INTO session_attendees(session_id, partner_id, position) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < attendees.size(); ++i) {
        q.bind(1, session);
        q.bind(2, attendees[i]);
        q.bind(3, int(i));
        q.exec();
        q.reset();
    }
}

} // namespace

void TrajectoryFile::loadSessions(TrajectoryData &d) const
{
    SQLite::Statement q(*m_db, kSessions.select("ORDER BY date IS NULL, date, id"));
    SQLite::Statement attendees(*m_db, "SELECT partner_id FROM session_attendees WHERE session_id = ? ORDER BY position, partner_id");
    while (q.executeStep()) {
        WorkshopSession w = readSession(q);
        attendees.bind(1, w.id);
        while (attendees.executeStep())
            w.attendees.append(attendees.getColumn(0).getInt64());
        attendees.reset();
        d.sessions.append(w);
    }
}

void TrajectoryFile::writeSessions(const TrajectoryData &d)
{
    SQLite::Statement q(*m_db, kSessions.insert("id", "?"));
    for (const WorkshopSession &w : d.sessions) {
        bindSession(q, w);
        q.bind(4, w.id);
        q.exec();
        q.reset();
        replaceAttendees(*m_db, w.id, w.attendees);
    }
}

RecordId TrajectoryFile::addSession(const WorkshopSession &w)
{
    return write([&] {
        SQLite::Statement q(*m_db, kSessions.insert());
        bindSession(q, w);
        q.exec();
        const RecordId id = m_db->getLastInsertRowid();
        replaceAttendees(*m_db, id, w.attendees);
        return id;
    });
}

void TrajectoryFile::updateSession(const WorkshopSession &w)
{
    write([&] {
        updateRecord(*m_db, kSessions, bindSession, w);
        replaceAttendees(*m_db, w.id, w.attendees);
    });
}

void TrajectoryFile::removeSession(RecordId id)
{
    write([&] {
        removeRecord(*m_db, kSessions, id);
    });
}

} // namespace akkoord
