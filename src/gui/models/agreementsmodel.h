#pragma once

#include "gui/models/recordrowsmodel.h"

#include <QCoreApplication>

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

// The agreements of one building block, one row each in the session's
// order: what (its first line), owner, deadline and status. Read-only;
// follows the session's changes to agreements, and to partners for the
// owner's name. Qt::UserRole gives the agreement's id.
class AgreementsModel final : public RecordRowsModel<Agreement>
{
public:
    // Its texts are the agreements editor's table headers and cells.
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::AgreementsEditor)

public:
    enum Column { What, Owner, Deadline, Status, ColumnCount };

    explicit AgreementsModel(TrajectorySession *session, QObject *parent = nullptr);

    // Shows the agreements of another building block.
    void setBuildingBlock(const QString &id);
    const QString &buildingBlock() const { return m_block; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Catches up with the session (nothing happens when it already has).
    void reload();

private:
    QList<Agreement> shown() const;

    TrajectorySession *m_session;
    QString m_block;
    QList<Partner> m_partners; // for the owners' names
};

} // namespace akkoord::gui
