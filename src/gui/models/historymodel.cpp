#include "gui/models/historymodel.h"

#include <QLocale>

namespace akkoord::gui {

HistoryModel::HistoryModel(QList<HistoryVersion> versions, QObject *parent)
    : QAbstractListModel(parent)
    , m_versions(std::move(versions))
{
}

int HistoryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_versions.size()); }

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryVersion *v = index.isValid() ? version(index.row()) : nullptr;
    if (!v)
        return {};
    if (role == Qt::DisplayRole) {
        const QString who = v->entry.author.isEmpty() ? QString() : QStringLiteral(" — %1").arg(v->entry.author);
        return QString(QLocale().toString(v->entry.at.toLocalTime(), QLocale::ShortFormat) + who);
    }
    if (role == Qt::ToolTipRole && !v->readable())
        return tr("This version cannot be read; it is shown as saved.");
    return {};
}

const HistoryVersion *HistoryModel::version(int row) const { return row >= 0 && row < m_versions.size() ? &m_versions[row] : nullptr; }

} // namespace akkoord::gui
