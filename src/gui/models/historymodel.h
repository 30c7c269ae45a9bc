#pragma once

#include "storage/historyversion.h"

#include <QAbstractListModel>

namespace akkoord::gui {

// The saved versions of one answer or agreement, newest first: when and by
// whom. Read-only; the history does not change while it is shown.
class HistoryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit HistoryModel(QList<HistoryVersion> versions, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const HistoryVersion *version(int row) const;

private:
    QList<HistoryVersion> m_versions;
};

} // namespace akkoord::gui
