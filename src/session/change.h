#pragma once

// What an edit changed, record by record: a page refreshes only for the
// records it shows. A removal names everything its cascade took, its undo
// everything it brought back.

#include "domain/records.h"

#include <QList>

#include <initializer_list>

namespace akkoord {

struct Change
{
    enum class Type { Added, Updated, Removed };

    Type type = Type::Updated;
    RecordKind kind = RecordKind::Info;
    RecordId id = 0; // as in RecordRef
    QString key;
    bool operator==(const Change &) const = default;
};

// The changes of one edit, one undo or one redo.
class Changes
{
public:
    Changes() = default;
    explicit Changes(QList<Change> list)
        : m_list(std::move(list))
    {
    }

    const QList<Change> &list() const { return m_list; }
    QList<Change>::const_iterator begin() const { return m_list.cbegin(); }
    QList<Change>::const_iterator end() const { return m_list.cend(); }
    bool isEmpty() const { return m_list.isEmpty(); }
    qsizetype size() const { return m_list.size(); }

    // Whether a record of one of these kinds was added, updated or removed.
    bool touches(RecordKind kind) const;
    bool touches(std::initializer_list<RecordKind> kinds) const;
    // Whether this record was.
    bool touches(RecordKind kind, RecordId id) const;

private:
    QList<Change> m_list;
};

// What differs between two states of a trajectory, record by record.
Changes changesBetween(const TrajectoryData &before, const TrajectoryData &after);

} // namespace akkoord
