#include "session/change.h"

#include <QHash>

#include <algorithm>
#include <type_traits>

namespace akkoord {

bool Changes::touches(RecordKind kind) const
{
    return std::any_of(m_list.cbegin(), m_list.cend(), [&](const Change &c) { return c.kind == kind; });
}

bool Changes::touches(std::initializer_list<RecordKind> kinds) const
{
    return std::any_of(kinds.begin(), kinds.end(), [&](RecordKind k) { return touches(k); });
}

bool Changes::touches(RecordKind kind, RecordId id) const
{
    return std::any_of(m_list.cbegin(), m_list.cend(), [&](const Change &c) { return c.kind == kind && c.id == id; });
}

namespace {

Change changeOf(Change::Type type, const RecordRef &r) { return Change{type, r.kind, r.id, r.key}; }

template<typename T>
void diff(const QList<T> &before, const QList<T> &after, QList<Change> &out)
{
    // An edit leaves every other list shared with the copy taken before it.
    if (before.constData() == after.constData() && before.size() == after.size())
        return;
    // Most edits change records in place: compare side by side while the
    // two lists hold the same records in the same order.
    if (before.size() == after.size()) {
        bool sameRecords = true;
        QList<Change> updated;
        for (qsizetype i = 0; i < before.size() && sameRecords; ++i) {
            const RecordRef r = refOf(after[i]);
            sameRecords = refOf(before[i]) == r;
            if (sameRecords && !(before[i] == after[i]))
                updated.append(changeOf(Change::Type::Updated, r));
        }
        if (sameRecords) {
            out.append(updated);
            return;
        }
    }
    QHash<RecordRef, const T *> old;
    for (const T &x : before)
        old.insert(refOf(x), &x);
    for (const T &x : after) {
        const RecordRef r = refOf(x);
        const auto it = old.constFind(r);
        if (it == old.cend())
            out.append(changeOf(Change::Type::Added, r));
        else {
            if (!(**it == x))
                out.append(changeOf(Change::Type::Updated, r));
            old.erase(it);
        }
    }
    for (const T &x : before)
        if (old.contains(refOf(x)))
            out.append(changeOf(Change::Type::Removed, refOf(x)));
}

} // namespace

Changes changesBetween(const TrajectoryData &before, const TrajectoryData &after)
{
    QList<Change> out;
    if (!(before.info == after.info))
        out.append(Change{Change::Type::Updated, RecordKind::Info, 0, {}});
    forEachRecordList([&](int, auto list) { diff(before.*list, after.*list, out); });
    for (const QString &q : after.hiddenRounds)
        if (!before.hiddenRounds.contains(q))
            out.append(Change{Change::Type::Added, RecordKind::HiddenRound, 0, q});
    for (const QString &q : before.hiddenRounds)
        if (!after.hiddenRounds.contains(q))
            out.append(Change{Change::Type::Removed, RecordKind::HiddenRound, 0, q});
    return Changes(std::move(out));
}

} // namespace akkoord
