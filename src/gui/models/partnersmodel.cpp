#include "gui/models/partnersmodel.h"

#include "session/session.h"

namespace akkoord::gui {

PartnersModel::PartnersModel(TrajectorySession *session, QObject *parent)
    : RecordRowsModel<Partner>(parent)
    , m_session(session)
{
    m_rows = session->data().partners;
    connect(session, &TrajectorySession::changed, this, [this](const Changes &changes) {
        if (changes.touches(RecordKind::Partner))
            reload();
    });
}

void PartnersModel::reload() { sync(m_session->data().partners); }

int PartnersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PartnersModel::data(const QModelIndex &index, int role) const
{
    const Partner *p = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == Qt::UserRole)
        return QVariant::fromValue<qlonglong>(p->id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Organisation:
        return p->organisation;
    case Domain:
        return domainLabel(p->domain);
    case Role:
        return roleLabel(p->role);
    case Signatory:
        return p->signatory.name.isEmpty() ? tr("(not yet known)") : p->signatory.name + QStringLiteral(", ") + p->signatory.function;
    default:
        return {};
    }
}

QVariant PartnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Organisation:
        return tr("Organisation");
    case Domain:
        return tr("Domain");
    case Role:
        return tr("Role");
    case Signatory:
        return tr("Signatory");
    default:
        return {};
    }
}

} // namespace akkoord::gui
