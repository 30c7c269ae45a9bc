#include "gui/models/agreementsmodel.h"

#include "session/session.h"

#include <QLocale>

namespace akkoord::gui {

AgreementsModel::AgreementsModel(TrajectorySession *session, QObject *parent)
    : RecordRowsModel<Agreement>(parent)
    , m_session(session)
{
    m_partners = session->data().partners;
    m_rows = shown();
    connect(session, &TrajectorySession::changed, this, [this](const Changes &changes) {
        if (changes.touches({RecordKind::Agreement, RecordKind::Partner}))
            reload();
    });
}

QList<Agreement> AgreementsModel::shown() const
{
    QList<Agreement> out;
    for (const Agreement &a : m_session->data().agreements)
        if (a.buildingBlock == m_block)
            out.append(a);
    return out;
}

void AgreementsModel::setBuildingBlock(const QString &id)
{
    if (id == m_block)
        return;
    m_block = id;
    m_partners = m_session->data().partners;
    resetTo(shown());
}

void AgreementsModel::reload()
{
    // A partner renamed or removed changes the owner column of every row.
    const bool partnersChanged = m_partners != m_session->data().partners;
    m_partners = m_session->data().partners;
    sync(shown(), partnersChanged);
}

int AgreementsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AgreementsModel::data(const QModelIndex &index, int role) const
{
    const Agreement *a = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == Qt::UserRole)
        return QVariant::fromValue<qlonglong>(a->id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case What:
        return a->what.isEmpty() ? tr("(not yet described)") : a->what.section(QLatin1Char('\n'), 0, 0);
    case Owner:
        if (a->owner)
            for (const Partner &p : m_partners)
                if (p.id == *a->owner)
                    return p.organisation;
        return tr("–");
    case Deadline:
        return a->deadline.isValid() ? QLocale().toString(a->deadline, QLocale::ShortFormat) : tr("–");
    case Status:
        return agreementStatusLabel(a->status);
    default:
        return {};
    }
}

QVariant AgreementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("Agreement");
    case Owner:
        return tr("Owner");
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace akkoord::gui
