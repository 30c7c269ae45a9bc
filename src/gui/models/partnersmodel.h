#pragma once

#include "gui/models/recordrowsmodel.h"

#include <QCoreApplication>

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

// The partners of the open trajectory, one row each in the session's order:
// organisation, domain, role and signatory. Read-only; follows the session's
// changes (added, edited, moved, removed, undone). Qt::UserRole gives the
// partner's id.
class PartnersModel final : public RecordRowsModel<Partner>
{
public:
    // Its texts are the partners page's table headers and cells.
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::PartnersPage)

public:
    enum Column { Organisation, Domain, Role, Signatory, ColumnCount };

    explicit PartnersModel(TrajectorySession *session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Catches up with the session (nothing happens when it already has).
    void reload();

private:
    TrajectorySession *m_session;
};

} // namespace akkoord::gui
