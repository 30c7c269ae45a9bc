#pragma once

#include "domain/trajectory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace akkoord::gui {

// A table whose rows are records with ids (partners, agreements, ...), kept
// in step with a list from the session: sync() removes, moves and inserts
// rows one range at a time (beginRemoveRows, beginMoveRows, beginInsertRows)
// and announces the cells of changed records (dataChanged), so a view keeps
// its selection and scroll position through edits, undo and redo. Each row
// holds a copy of its record, so the model never shows a record the session
// no longer has before it is told.
template<typename T>
class RecordRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const T *recordAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }
    RecordId idAt(int row) const
    {
        const T *r = recordAt(row);
        return r ? r->id : 0;
    }
    // The row of the record, or -1.
    int rowOf(RecordId id) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return i;
        return -1;
    }

protected:
    // Brings the rows to `next`. With allCells, every cell is announced as
    // changed, also where the record itself is the same (when a column shows
    // something of another record, e.g. the owner's name).
    void sync(const QList<T> &next, bool allCells = false)
    {
        QSet<RecordId> nextIds;
        for (const T &r : next)
            nextIds.insert(r.id);

        // Removed records, from the bottom up, a range at a time.
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (nextIds.contains(m_rows[last].id)) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !nextIds.contains(m_rows[first - 1].id))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }

        // Moved records: what is left, in the new order.
        QSet<RecordId> kept;
        for (const T &r : m_rows)
            kept.insert(r.id);
        QList<RecordId> order;
        for (const T &r : next)
            if (kept.contains(r.id))
                order.append(r.id);
        for (int i = 0; i < order.size(); ++i) {
            if (m_rows[i].id == order[i])
                continue;
            int from = i + 1;
            while (m_rows[from].id != order[i])
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
        }

        // Added records, a range at a time.
        for (int i = 0; i < next.size();) {
            if (i < m_rows.size() && m_rows[i].id == next[i].id) {
                ++i;
                continue;
            }
            int end = i;
            while (end < next.size() && !kept.contains(next[end].id))
                ++end;
            beginInsertRows({}, i, end - 1);
            for (int k = i; k < end; ++k)
                m_rows.insert(k, next[k]);
            endInsertRows();
            i = end;
        }

        // Changed records.
        const int columns = columnCount();
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!allCells && m_rows[i] == next[i])
                continue;
            m_rows[i] = next[i];
            if (columns > 0)
                emit dataChanged(index(i, 0), index(i, columns - 1));
        }
    }

    // Replaces every row (a different list, such as another building block).
    void resetTo(const QList<T> &next)
    {
        beginResetModel();
        m_rows = next;
        endResetModel();
    }

    QList<T> m_rows;
};

} // namespace akkoord::gui
